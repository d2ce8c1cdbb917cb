// Breadth-first search on the undirected view (boost::breadth_first_search), recording for every
// entity reached its distance and the relation that discovered it; optionally stopping once the
// search goes past a depth or reaches a target.
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

/// Searches from `start`, discovering no vertex farther than `max_depth`, stopping early at `target`.
BfsResult bfs(const UndirectedView& view, Vertex start, std::size_t max_depth, std::optional<Vertex> target = {});

} // namespace vidensgraf::detail
