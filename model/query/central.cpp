// query central: betweenness centrality on the undirected graph, exact (Brandes, through Boost)
// up to CentralOptions::exact_up_to entities, approximate above it (sampled sources, Brandes and
// Pich; sampled_betweenness.hpp) with each value's error beside it.
#include "model/error.hpp"
#include "model/query/path_text.hpp"
#include "model/query/queries.hpp"
#include "model/query/query_words.hpp"
#include "model/query/sampled_betweenness.hpp"
#include "model/query/undirected_view.hpp"

#include <boost/graph/betweenness_centrality.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace vidensgraf {

namespace {

/// The error column is this many standard errors: sqrt(20), so that by Chebyshev's inequality a
/// value is within it with probability at least 95% whatever the distribution of the per-source
/// values (which is skewed: a hub's dependency is large from few sources). The normal
/// approximation's 2.576 for 99% was exceeded by 1 in 10 of the top rows in tests.
constexpr double interval_z = 4.472;

std::vector<double> exact_betweenness(const Model& model, bool stated_only) {
  const std::size_t n = model.entity_count();
  // Each relation is two arcs in the view, so every undirected shortest path is counted twice.
  const auto view = detail::make_undirected_view(model, std::nullopt, true, stated_only);
  std::vector<double> centrality(n, 0.0);
  boost::brandes_betweenness_centrality(view, boost::centrality_map(boost::make_iterator_property_map(
                                                  centrality.begin(), boost::get(boost::vertex_index, view))));
  const double pairs = n > 2 ? static_cast<double>(n - 1) * static_cast<double>(n - 2) : 1.0;
  for (auto& c : centrality)
    c /= pairs;
  return centrality;
}

/// Every entity's centrality, exact or sampled as `options` say, on the whole graph or on its
/// stated relations only.
detail::SampledBetweenness betweenness(const Model& model, const CentralOptions& options, bool exact,
                                       bool stated_only) {
  if (!exact) return detail::sampled_betweenness(model, options.samples, options.seed, stated_only);
  detail::SampledBetweenness result;
  result.value = exact_betweenness(model, stated_only);
  result.standard_error.assign(result.value.size(), 0.0);
  result.samples = result.value.size();
  return result;
}

/// The `top` vertices by value among those `keep` accepts, ties by (kind, id), without sorting
/// all of them.
template <class Keep>
std::vector<Vertex> top_vertices(const Model& model, const std::vector<double>& value, std::size_t top, Keep keep) {
  std::vector<Vertex> order;
  order.reserve(value.size());
  for (Vertex v = 0; v < value.size(); ++v)
    if (keep(v)) order.push_back(v);
  auto before = [&](Vertex a, Vertex b) {
    if (value[a] != value[b]) return value[a] > value[b];
    const auto& ea = model.entity(a);
    const auto& eb = model.entity(b);
    return std::tie(ea.kind, ea.id) < std::tie(eb.kind, eb.id);
  };
  const std::size_t count = std::min(top, order.size());
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(count), order.end(), before);
  order.resize(count);
  return order;
}

std::string fixed(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6f", x); // fixed digits: stable output
  return text;
}

} // namespace

QueryResult query_central(const Model& model, std::size_t top, std::size_t max_entities, const CentralOptions& options,
                          const QuerySettings& settings) {
  const std::size_t n = model.entity_count();
  if (n > max_entities)
    throw UsageError("the model has " + std::to_string(n) + " entities, above the limit of " +
                     std::to_string(max_entities) + " for betweenness centrality; raise it with --max-entities");
  const bool exact = n <= options.exact_up_to;
  const bool compare = settings.basis == BasisFilter::curated;
  const auto found = betweenness(model, options, exact, settings.basis == BasisFilter::stated);
  // For --basis curated: the same computation without the curated relations (the same sources
  // when sampled), to find whose standing rests on them.
  detail::SampledBetweenness stated;
  if (compare) stated = betweenness(model, options, exact, true);
  // Differences below this are rounding, not a relation.
  auto rests_on_curated = [&](Vertex v) {
    return std::abs(found.value[v] - stated.value[v]) > 1e-9 * std::max(1.0, found.value[v]);
  };
  const std::string_view lang = settings.language_of(model);
  QueryResult result;
  result.language = std::string(lang);
  result.columns = {{"rank", true}, {"centrality", true}, {"kind", false, false},
                    {"kind_label"}, {"id", false, false}, {"label"}};
  if (compare) result.columns.push_back({"stated_centrality", true});
  if (!exact) result.columns.push_back({"error", true});
  const auto rows = compare ? top_vertices(model, found.value, top, rests_on_curated)
                            : top_vertices(model, found.value, top, [](Vertex) { return true; });
  for (const Vertex v : rows) {
    result.rows.push_back({std::to_string(result.rows.size() + 1), fixed(found.value[v]),
                           model.schema().kind(model.entity(v).kind).name, kind_label(model, v, lang),
                           model.entity(v).id, std::string(model.label(v, lang))});
    if (compare) result.rows.back().push_back(fixed(stated.value[v]));
    if (!exact) result.rows.back().push_back(fixed(interval_z * found.standard_error[v]));
  }
  result.notes.emplace_back(query_word(QueryWord::central_about, lang));
  if (settings.basis == BasisFilter::stated) result.notes.emplace_back(query_word(QueryWord::central_stated, lang));
  if (compare) {
    result.notes.emplace_back(query_word(QueryWord::central_curated, lang));
    if (rows.empty()) result.notes.emplace_back(query_word(QueryWord::central_none_curated, lang));
  }
  if (!exact)
    result.notes.push_back(
        query_text(QueryWord::central_approximate, lang, n, options.exact_up_to, found.samples, options.seed));
  return result;
}

} // namespace vidensgraf
