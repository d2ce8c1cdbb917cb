#include "model/query/undirected_view.hpp"

#include <algorithm>
#include <numeric>
#include <ranges>
#include <tuple>

namespace vidensgraf::detail {

std::vector<std::size_t> relation_rank(const Schema& schema) {
  std::vector<std::size_t> rank(schema.relations().size());
  std::vector<RelationId> order(rank.size());
  std::iota(order.begin(), order.end(), RelationId{0});
  std::sort(order.begin(), order.end(),
            [&](RelationId a, RelationId b) { return schema.relation(a).name < schema.relation(b).name; });
  for (std::size_t i = 0; i < order.size(); ++i)
    rank[order[i]] = i;
  return rank;
}

void sorted_steps(const Model& model, Vertex v, std::optional<RelationId> only, const std::vector<std::size_t>& rank,
                  std::vector<PathStep>& steps) {
  const auto& g = model.graph();
  steps.clear();
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
    if (!only || g[e].kind == *only) steps.push_back(make_step(model, v, e));
  for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
    if (!only || g[e].kind == *only) steps.push_back(make_step(model, v, e));
  std::sort(steps.begin(), steps.end(), [&](const PathStep& a, const PathStep& b) {
    return std::tie(rank[a.relation], a.direction, g[a.entity].id) <
           std::tie(rank[b.relation], b.direction, g[b.entity].id);
  });
}

UndirectedView make_undirected_view(const Model& model, std::optional<RelationId> only, bool simple, bool stated_only) {
  const auto rank = relation_rank(model.schema());
  const std::size_t n = boost::num_vertices(model.graph());
  UndirectedView view(n);
  std::vector<PathStep> steps;
  for (Vertex v = 0; v < n; ++v) {
    sorted_steps(model, v, only, rank, steps);
    if (stated_only)
      steps.erase(std::remove_if(steps.begin(), steps.end(), [](const PathStep& s) { return s.curated; }), steps.end());
    if (simple) {
      std::stable_sort(steps.begin(), steps.end(),
                       [](const PathStep& a, const PathStep& b) { return a.entity < b.entity; });
      steps.erase(std::unique(steps.begin(), steps.end(),
                              [](const PathStep& a, const PathStep& b) { return a.entity == b.entity; }),
                  steps.end());
    }
    for (const auto& s : steps)
      if (s.entity != v) boost::add_edge(v, s.entity, ViewArc{s.edge}, view);
  }
  return view;
}

ConnectionPath path_from_predecessors(const Model& model, const std::vector<std::optional<Edge>>& predecessor,
                                      Vertex from, Vertex to) {
  const auto& g = model.graph();
  std::vector<Edge> edges;
  for (Vertex v = to; v != from;) {
    const Edge e = *predecessor[v];
    edges.push_back(e);
    v = boost::source(e, g) == v ? boost::target(e, g) : boost::source(e, g);
  }
  ConnectionPath path{from, {}};
  Vertex at = from;
  for (const auto& edge : std::ranges::reverse_view(edges)) {
    path.steps.push_back(make_step(model, at, edge));
    at = path.steps.back().entity;
  }
  return path;
}

} // namespace vidensgraf::detail
