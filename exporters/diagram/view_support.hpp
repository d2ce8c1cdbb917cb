// Pieces the diagram views share: the filter from the options, nodes and edges for entities and
// relations, a fixed edge order, and the legend of what a diagram shows.
#pragma once

#include "exporters/diagram/diagram.hpp"
#include "exporters/diagram/views.hpp"
#include "model/model.hpp"

#include <string_view>
#include <vector>

namespace vidensgraf::detail {

/// The kinds, relation kinds and bases the options let through.
class ViewFilter {
public:
  /// Throws UsageError for an unknown kind or relation name, listing the known ones.
  ViewFilter(const Schema& schema, const DiagramOptions& options);
  /// True when entities of this kind are shown.
  bool allows(KindId kind) const { return kinds_.at(kind); }
  /// True when relations of this kind are shown.
  bool allows_relation(RelationId relation) const { return relations_.at(relation); }
  /// True when this relation is shown (its kind, and its basis when curated links are hidden).
  bool allows(const Relation& relation) const {
    return allows_relation(relation.kind) && (curated_ || !relation.curated);
  }
  /// True when curated links are shown.
  bool curated() const noexcept { return curated_; }

private:
  std::vector<bool> kinds_;
  std::vector<bool> relations_;
  bool curated_ = true;
};

/// "en" for "da", else "da": the language a missing text falls back to.
std::string_view other_language(std::string_view language) noexcept;

/// The dataset's title in the language (its id when it has none).
std::string dataset_title(const Model& model, std::string_view language);

/// The node of an entity: name segment/id, styled by kind, label and description in the
/// language, linked to its IRI.
DiagramNode entity_node(const Model& model, Vertex v, std::string_view language);

/// The name of an entity's node: segment/id.
std::string node_name(const Model& model, Vertex v);

/// The edge of a relation, labelled with the relation kind's label in the language; the tooltip
/// says subject, relation, object and, for a curated link, the editor's note.
DiagramEdge relation_edge(const Model& model, Edge e, std::string_view language);

/// Sorts edges by subject (kind, id), relation kind, object (kind, id), then stated before curated.
void sort_edges(const Model& model, std::vector<Edge>& edges);

/// Adds every relation whose ends are both shown and that passes the filter, in sort_edges' order
/// (the focus view and the full overview).
void add_relations_between(const Model& model, const ViewFilter& filter, const std::vector<Vertex>& shown,
                           std::string_view language, Diagram& diagram);

/// Lays a graph of kinds out in three columns, left to right: the kind with the most relations
/// (the dataset's subject), then the kinds that mostly point elsewhere, then those that mostly are
/// pointed to (organisations, challenge areas). A page is then as wide as three columns and the
/// labels between them, however many kinds there are.
void place_kinds_in_columns(Diagram& diagram);

/// Fills the legend with the kinds and line styles (bases) the diagram uses, in ontology order.
/// Relations are said by the edges' labels, not by colour.
void fill_legend(const Schema& schema, Diagram& diagram);

} // namespace vidensgraf::detail
