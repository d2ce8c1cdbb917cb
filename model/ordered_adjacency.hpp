// Every entity's relations seen from both ends, kept in the order the graph queries answer in:
// (relation name, direction, neighbour id). Built once per model, in O(V log V + E log d)
// integer comparisons (d: an entity's degree), beside the Boost.Graph model: a compressed
// (CSR-like) array of 16-byte arcs, one per relation end, with the relation's kind and basis
// and the neighbour's id rank and kind inline, so that a search neither sorts a hub's neighbours each time it reaches
// the hub nor follows a pointer to a relation's properties for every arc it looks at.
#pragma once

#include "model/connection_path.hpp"
#include "model/model.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace vidensgraf {

/// The model's relations from each entity's side, ordered. Self-relations (an entity related to
/// itself) are left out: no search or ranking steps along them. Read-only once built; the model
/// builds it on first use (Model::ordered_adjacency()) and drops it when it changes.
class OrderedAdjacency {
public:
  /// One relation seen from one of its ends: 16 bytes, with what a ranking over a hub's quarter
  /// of a million neighbours compares (the neighbour's id rank and kind) inline, so that it reads
  /// the arcs in a row instead of one entity's record per neighbour.
  struct Arc {
    std::uint32_t neighbour = 0;      ///< the entity at the other end
    std::uint32_t neighbour_rank = 0; ///< its id_rank()
    /// Bit 31: an in-edge of this end (the step goes backward); bit 30: curated; the rest: the
    /// relation's index among this end's out- or in-edges.
    std::uint32_t slot = 0;
    RelationId relation = 0; ///< the relation's kind
    KindId neighbour_kind = 0;

    Direction direction() const noexcept { return (slot >> 31) != 0 ? Direction::backward : Direction::forward; }
    /// The relation was derived by an editor.
    bool curated() const noexcept { return ((slot >> 30) & 1u) != 0; }
    /// The relation's index among this end's out- or in-edges: its load order there.
    std::uint32_t index() const noexcept { return slot & ((1u << 30) - 1); }
  };

  explicit OrderedAdjacency(const Model& model);

  /// The arcs of `v`, ordered by (relation name, direction, neighbour id), then by load order.
  std::span<const Arc> arcs(Vertex v) const noexcept {
    return {arcs_.data() + offsets_[v], arcs_.data() + offsets_[v + 1]};
  }
  /// The arcs of `v` of one relation kind and direction: a contiguous part of arcs(v).
  std::span<const Arc> arcs(Vertex v, RelationId relation, Direction direction) const noexcept;
  /// The model edge an arc of `v` stands for.
  Edge edge(Vertex v, const Arc& arc) const;
  /// The step from `v` along an arc (as make_step would build it from the edge).
  PathStep step(Vertex v, const Arc& arc) const;
  /// The place of the entity's id among all ids in byte order: comparing ranks compares ids.
  std::uint32_t id_rank(Vertex v) const noexcept { return id_rank_[v]; }
  /// The entity's kind, from a compact array (no visit to the entity itself).
  KindId kind(Vertex v) const noexcept { return kinds_[v]; }
  /// The entities of one kind in id order (Model::entities_of_kind without sorting strings).
  std::span<const std::uint32_t> entities_of_kind(KindId kind) const noexcept {
    return kind < by_kind_.size() ? std::span<const std::uint32_t>{by_kind_[kind]} : std::span<const std::uint32_t>{};
  }
  /// The place of a relation kind's name among the relation names.
  std::uint32_t relation_rank(RelationId relation) const noexcept { return relation_rank_[relation]; }
  /// Bytes held (arcs, offsets, ranks, kinds and the entities by kind).
  std::size_t bytes() const noexcept;

private:
  const Graph* graph_;
  std::vector<std::uint32_t> relation_rank_; ///< by relation id
  std::vector<std::size_t> offsets_;         ///< arcs of v: [offsets_[v], offsets_[v + 1])
  std::vector<Arc> arcs_;
  std::vector<std::uint32_t> id_rank_;
  std::vector<KindId> kinds_;
  std::vector<std::vector<std::uint32_t>> by_kind_; ///< by kind id: its entities in id order
};

} // namespace vidensgraf
