// Breadth-first search on the model seen without direction, recording for every entity reached
// its distance and the relation that discovered it; optionally stopping once the search goes past
// a depth or reaches a target.
#pragma once

#include "model/query/undirected_view.hpp"

#include <cstddef>
#include <limits>
#include <optional>
#include <vector>

namespace vidensgraf::detail {

/// What a search found: per vertex the distance (max() when not reached) and predecessor edge.
struct BfsResult {
  std::vector<std::size_t> distance;
  std::vector<std::optional<Edge>> predecessor;
  std::vector<Vertex> order; ///< vertices in the order they were discovered
};

inline constexpr std::size_t unreached = std::numeric_limits<std::size_t>::max();

/// Searches from `start`, discovering no vertex farther than `max_depth`, stopping early at
/// `target`, along relations of kind `only` when given, and only along stated relations when
/// `stated_only`. Each entity's neighbours are visited in the undirected view's order
/// (relation name, direction, neighbour id), which the model's ordered adjacency keeps
/// (Model::ordered_adjacency()): nothing is sorted per search.
BfsResult bfs(const Model& model, Vertex start, std::size_t max_depth, std::optional<Vertex> target = {},
              std::optional<RelationId> only = {}, bool stated_only = false);

} // namespace vidensgraf::detail
