// Every shortest path between two entities, ignoring direction: how long they are, how many there
// are, and the first of them in path_less order (connection_path.hpp). `query path` answers with it.
#pragma once

#include "model/connection_path.hpp"
#include "model/model.hpp"
#include "model/query/query_settings.hpp"

#include <cstddef>
#include <limits>
#include <vector>

namespace vidensgraf::detail {

/// What shortest_paths found.
struct ShortestPaths {
  static constexpr std::size_t unreached = std::numeric_limits<std::size_t>::max();
  std::size_t length = unreached;    ///< steps of a shortest path; unreached when not connected
  std::size_t total = 0;             ///< shortest paths in all, whatever the filter; saturates at max()
  std::vector<ConnectionPath> paths; ///< those that pass the filter, in path_less order, at most `wanted`
};

/// The shortest paths from `from` to `to`, along stated relations only when `stated_only`; of
/// them, the first `wanted` (0: all) that pass `filter`, in path_less order. When `from` is
/// `to`: length 0, one path in total and none listed.
///
/// A breadth-first search from both ends at once, each round expanding the whole layer of the
/// side whose layer has fewer relations, until the two meet: at a million entities it touches
/// the neighbourhoods of the two ends instead of most of the graph. The paths are counted from
/// the two searches (paths to each meeting entity from one end times from the other) and listed
/// depth-first along the model's ordered adjacency (Model::ordered_adjacency()), which is in
/// path_less order already, so no entity's neighbours are sorted per query.
ShortestPaths shortest_paths(const Model& model, Vertex from, Vertex to, bool stated_only, BasisFilter filter,
                             std::size_t wanted);

} // namespace vidensgraf::detail
