#include "model/query/bfs.hpp"

namespace vidensgraf::detail {

// Written out rather than with boost::breadth_first_search, which needs a graph to walk: here
// each entity's neighbours are sorted only when the search reaches it. The visiting order is
// the same as Boost's on the view (FIFO queue, neighbours in view order).
BfsResult bfs(const Model& model, Vertex start, std::size_t max_depth, std::optional<Vertex> target,
              std::optional<RelationId> only, bool stated_only) {
  const std::size_t n = boost::num_vertices(model.graph());
  BfsResult r{std::vector<std::size_t>(n, unreached), std::vector<std::optional<Edge>>(n), {start}};
  r.distance[start] = 0;
  if (target && *target == start) return r;
  const auto rank = relation_rank(model.schema());
  std::vector<PathStep> steps;
  // r.order is the queue: vertices in the order of discovery, hence of distance.
  for (std::size_t head = 0; head < r.order.size(); ++head) {
    const Vertex v = r.order[head];
    if (r.distance[v] + 1 > max_depth) break;
    sorted_steps(model, v, only, rank, steps);
    for (const auto& s : steps) {
      if (s.entity == v || r.distance[s.entity] != unreached || (stated_only && s.curated)) continue;
      r.distance[s.entity] = r.distance[v] + 1;
      r.predecessor[s.entity] = s.edge;
      r.order.push_back(s.entity);
      if (target && s.entity == *target) return r;
    }
  }
  return r;
}

} // namespace vidensgraf::detail
