// Approximate betweenness centrality from sampled sources (Brandes and Pich, "Centrality
// estimation in large networks", 2007): Brandes' single-source dependency accumulation run from
// k sources drawn uniformly without replacement, the sum scaled by n/k. The estimate is unbiased;
// each vertex's error is estimated from the spread of its k per-source values. Used by
// `query central` above the size where exact Brandes takes seconds (central.cpp).
#pragma once

#include "model/model.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace vidensgraf::detail {

/// The estimate for every vertex, on the same scale as the exact answer central.cpp prints: the
/// sum over ordered pairs (s, t) of the share of shortest s-t paths through v, over (n-1)(n-2).
struct SampledBetweenness {
  std::vector<double> value;          ///< per vertex
  std::vector<double> standard_error; ///< per vertex: the estimate's standard error (0 when k = n)
  std::size_t samples = 0;            ///< k, the sources used
};

/// Betweenness on the model's undirected simple graph (each pair of related entities joined
/// once, direction and relation kind ignored, no self-loops) from min(samples, n) sources drawn
/// with `seed`. The same seed gives the same sources, and the same answer, on every platform.
/// With samples >= n every vertex is a source and the answer is exact. With `stated_only`, the
/// relations an editor derived are left out of the graph.
SampledBetweenness sampled_betweenness(const Model& model, std::size_t samples, std::uint64_t seed,
                                       bool stated_only = false);

} // namespace vidensgraf::detail
