#include "model/query/bfs.hpp"

#include "model/ordered_adjacency.hpp"

namespace vidensgraf::detail {

// Written out rather than with boost::breadth_first_search, which needs a graph to walk: here
// the model's ordered adjacency is walked as it is. The visiting order is the same as Boost's
// on the undirected view (FIFO queue, neighbours in view order).
BfsResult bfs(const Model& model, Vertex start, std::size_t max_depth, std::optional<Vertex> target,
              std::optional<RelationId> only, bool stated_only) {
  const std::size_t n = boost::num_vertices(model.graph());
  BfsResult r{std::vector<std::size_t>(n, unreached), std::vector<std::optional<Edge>>(n), {start}};
  r.distance[start] = 0;
  if (target && *target == start) return r;
  const auto& adjacency = model.ordered_adjacency();
  // r.order is the queue: vertices in the order of discovery, hence of distance.
  for (std::size_t head = 0; head < r.order.size(); ++head) {
    const Vertex v = r.order[head];
    if (r.distance[v] + 1 > max_depth) break;
    for (const auto& arc : adjacency.arcs(v)) {
      const Vertex w = arc.neighbour;
      if ((only && arc.relation != *only) || r.distance[w] != unreached || (stated_only && arc.curated())) continue;
      r.distance[w] = r.distance[v] + 1;
      r.predecessor[w] = adjacency.edge(v, arc);
      r.order.push_back(w);
      if (target && w == *target) return r;
    }
  }
  return r;
}

} // namespace vidensgraf::detail
