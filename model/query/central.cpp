// query central: betweenness centrality (Brandes) on the undirected graph.
#include "model/error.hpp"
#include "model/query/queries.hpp"
#include "model/query/undirected_view.hpp"

#include <boost/graph/betweenness_centrality.hpp>

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace vidensgraf {

QueryResult query_central(const Model& model, std::size_t top, std::size_t max_entities) {
  const std::size_t n = model.entity_count();
  if (n > max_entities)
    throw UsageError("betweenness centrality takes time O(entities x relations); the model has " + std::to_string(n) +
                     " entities, above the limit of " + std::to_string(max_entities) +
                     "; raise it with --max-entities if you can wait");
  // Each relation is two arcs in the view, so every undirected shortest path is counted twice.
  const auto view = detail::make_undirected_view(model, std::nullopt, true);
  std::vector<double> centrality(n, 0.0);
  boost::brandes_betweenness_centrality(view, boost::centrality_map(boost::make_iterator_property_map(
                                                  centrality.begin(), boost::get(boost::vertex_index, view))));
  const double pairs = n > 2 ? static_cast<double>(n - 1) * static_cast<double>(n - 2) : 1.0;
  std::vector<Vertex> order(n);
  std::iota(order.begin(), order.end(), Vertex{0});
  std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
    if (centrality[a] != centrality[b]) return centrality[a] > centrality[b];
    const auto& ea = model.entity(a);
    const auto& eb = model.entity(b);
    return std::tie(ea.kind, ea.id) < std::tie(eb.kind, eb.id);
  });
  QueryResult result;
  result.columns = {{"rank", true}, {"centrality", true}, {"kind"}, {"id"}, {"label"}};
  for (std::size_t i = 0; i < order.size() && i < top; ++i) {
    const Vertex v = order[i];
    char value[32];
    std::snprintf(value, sizeof value, "%.6f", centrality[v] / pairs); // fixed digits: stable output
    result.rows.push_back({std::to_string(i + 1), value, model.schema().kind(model.entity(v).kind).name,
                           model.entity(v).id, std::string(model.label(v, ""))});
  }
  result.notes.push_back("betweenness centrality on the undirected graph, normalised by (n-1)(n-2)/2 unordered pairs");
  return result;
}

} // namespace vidensgraf
