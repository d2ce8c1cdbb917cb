// Every entity's relations seen from both ends, kept in the order the graph queries answer in:
// (relation name, direction, neighbour id). Built once per model, in O(V log V + E log d)
// integer comparisons (d: an entity's degree), beside the Boost.Graph model: a compressed
// (CSR-like) array of 12-byte arcs, one per relation end, with the relation's kind and basis
// inline, so that a search neither sorts a hub's neighbours each time it reaches the hub nor
// follows a pointer to a relation's properties for every arc it looks at.
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
  /// One relation seen from one of its ends.
  struct Arc {
    std::uint32_t neighbour = 0; ///< the entity at the other end
    std::uint32_t slot = 0;      ///< top bit set: an in-edge of this end (the step goes backward); rest: its index
    RelationId relation = 0;     ///< the relation's kind
    bool curated = false;        ///< the relation was derived by an editor

    Direction direction() const noexcept { return (slot >> 31) != 0 ? Direction::backward : Direction::forward; }
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
  /// The place of a relation kind's name among the relation names.
  std::uint32_t relation_rank(RelationId relation) const noexcept { return relation_rank_[relation]; }
  /// Bytes held (arcs, offsets, ranks and kinds).
  std::size_t bytes() const noexcept;

private:
  const Graph* graph_;
  std::vector<std::uint32_t> relation_rank_; ///< by relation id
  std::vector<std::size_t> offsets_;         ///< arcs of v: [offsets_[v], offsets_[v + 1])
  std::vector<Arc> arcs_;
  std::vector<std::uint32_t> id_rank_;
  std::vector<KindId> kinds_;
};

} // namespace vidensgraf
