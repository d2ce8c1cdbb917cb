// The knowledge model: a Boost.Graph adjacency_list whose vertices are entities and whose edges
// are typed relations, plus an index by id and, from the first query on, the relations in query
// order (ordered_adjacency.hpp). Built once by the loader, then read by every exporter and query.
#pragma once

#include "model/id_index.hpp"
#include "model/metadata.hpp"
#include "model/schema.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vidensgraf {

class ChallengeSummary;
class OrderedAdjacency;

using ProvenanceId = std::uint32_t; ///< index into Model::provenance()
using LanguageId = std::uint8_t;    ///< index into Model::languages(); 0 is "no language"

/// Where a fact comes from: a source entity and the section heading in it.
struct Citation {
  std::uint32_t source = 0; ///< vertex of the source entity (kind Source)
  std::string section;      ///< section heading in the source, empty when not given
  friend bool operator==(const Citation&, const Citation&) = default;
};

/// The sources of a fact, and the editor's note on it (why a curated link was derived).
struct Provenance {
  std::vector<Citation> citations; ///< at least one
  std::string note;                ///< editor's note, may be empty
  friend bool operator==(const Provenance&, const Provenance&) = default;
};

/// One value of an attribute on an entity, with its own provenance.
struct AttributeValue {
  AttributeId attribute = 0;
  LanguageId language = 0; ///< 0 unless the attribute is lang_text
  bool curated = false;    ///< derived by an editor rather than stated by the source
  ProvenanceId provenance = 0;
  std::string value;
};

/// A vertex: an entity of some kind.
struct Entity {
  std::string id; ///< unique in the dataset
  KindId kind = 0;
  ProvenanceId provenance = 0;        ///< where the entity itself is described
  std::vector<AttributeValue> values; ///< labels, descriptions and other attributes
};

/// An edge: a typed relation from subject to object.
struct Relation {
  RelationId kind = 0;
  bool curated = false; ///< derived by an editor rather than stated by the source
  ProvenanceId provenance = 0;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Entity, Relation>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

/// The knowledge model of one dataset.
class Model {
public:
  explicit Model(const Schema& schema = Schema::builtin());
  Model(Model&&) noexcept;
  Model& operator=(Model&&) noexcept;
  Model(const Model&) = delete;
  Model& operator=(const Model&) = delete;
  ~Model();

  const Schema& schema() const noexcept { return *schema_; }
  const Graph& graph() const noexcept { return *graph_; }
  const DatasetMetadata& metadata() const noexcept { return metadata_; }
  void set_metadata(DatasetMetadata metadata);

  // -- reading -------------------------------------------------------------------------------
  /// Number of entities.
  std::size_t entity_count() const noexcept { return boost::num_vertices(*graph_); }
  /// Number of relations.
  std::size_t relation_count() const noexcept { return boost::num_edges(*graph_); }
  /// The entity at a vertex.
  const Entity& entity(Vertex v) const { return (*graph_)[v]; }
  /// The relation on an edge.
  const Relation& relation(Edge e) const { return (*graph_)[e]; }
  /// The entity with this id, or with "segment/id" (e.g. "project/kol"); nothing when unknown.
  std::optional<Vertex> find(std::string_view id_or_path) const;
  /// The entity with exactly this id; nothing when unknown.
  std::optional<Vertex> find_id(std::string_view id) const;
  /// The entity's label in `lang`, else in the dataset's other languages, else its id.
  std::string_view label(Vertex v, std::string_view lang) const;
  /// The value of a (lang_text) attribute in `lang`, falling back to the other languages; empty if none.
  std::string_view text(Vertex v, AttributeId attribute, std::string_view lang) const;
  /// The entity's IRI: {base}{segment}/{id}; `base` overrides the dataset's base IRI when not empty.
  std::string iri(Vertex v, std::string_view base = {}) const;
  /// The language tag of a LanguageId ("" for 0).
  const std::string& language(LanguageId id) const { return languages_.at(id); }
  /// Every language tag used, index = LanguageId.
  const std::vector<std::string>& languages() const noexcept { return languages_; }
  /// A provenance record.
  const Provenance& provenance(ProvenanceId id) const { return provenance_.at(id); }
  /// Number of distinct provenance records.
  std::size_t provenance_count() const noexcept { return provenance_.size(); }
  /// All entities of one kind, ordered by id.
  std::vector<Vertex> entities_of_kind(KindId kind) const;
  /// All entities ordered by kind (ontology order) then id: the order every output uses.
  std::vector<Vertex> sorted_entities() const;
  /// Whether `a` comes before `b` in that order.
  bool entity_before(Vertex a, Vertex b) const;
  /// Every entity's relations in the order the graph queries use (ordered_adjacency.hpp): built
  /// on the first call (once, also when threads call at the same time) and kept until the model
  /// changes. About 16 bytes per relation end and 14 per entity (180 MB at a million entities).
  const OrderedAdjacency& ordered_adjacency() const;
  /// Which challenge areas each project reaches, and how (challenge_summary.hpp): built on the
  /// first call, like the ordered adjacency, and dropped with it. A byte per entity and area.
  const ChallengeSummary& challenge_summary() const;

  // -- building (used by loaders and generators) --------------------------------------------
  /// Adds an entity. Its id should be new: find() keeps answering with the first entity of an id.
  Vertex add_entity(Entity entity);
  /// Makes room for `count` entities (a hint for loaders; nothing changes otherwise).
  void reserve_entities(std::size_t count);
  /// Adds a relation.
  Edge add_relation(Vertex subject, Vertex object, Relation relation);
  /// Mutable access to an entity (to add attribute values while loading).
  Entity& mutable_entity(Vertex v) {
    changed();
    return (*graph_)[v];
  }
  /// Mutable access to a relation (to merge provenance while loading).
  Relation& mutable_relation(Edge e) {
    changed();
    return (*graph_)[e];
  }
  /// The id of an equal provenance record, adding it when new.
  ProvenanceId intern_provenance(Provenance provenance);
  /// The id of a language tag, adding it when new; throws InputError past 255 languages.
  LanguageId intern_language(std::string_view tag);

private:
  struct ProvenanceHash {
    std::size_t operator()(const Provenance& p) const noexcept;
  };
  struct AdjacencyCache; // the ordered adjacency and the challenge summary once built, and their once_flags
  /// Drops the ordered adjacency and the challenge summary, if built: the graph is about to change.
  void changed();

  const Schema* schema_;
  DatasetMetadata metadata_;
  // Held through a pointer: Boost 1.74's adjacency_list has no move constructor, so a Graph
  // member would be copied on every move of a Model (seconds and twice the memory at 1M entities).
  // The pointer also keeps the entities in place, so the id index stays valid across moves.
  std::unique_ptr<Graph> graph_ = std::make_unique<Graph>();
  std::vector<Provenance> provenance_;
  std::unordered_map<Provenance, ProvenanceId, ProvenanceHash> provenance_index_;
  std::vector<std::string> languages_{""};
  AttributeId label_attribute_;
  std::unique_ptr<AdjacencyCache> adjacency_;
  IdIndex index_{[graph = graph_.get()](std::uint32_t v) { return std::string_view{(*graph)[v].id}; }};
};

} // namespace vidensgraf
