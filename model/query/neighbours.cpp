// query neighbours: entities within N steps, ignoring direction, optionally along one relation kind.
#include "model/error.hpp"
#include "model/query/bfs.hpp"
#include "model/query/path_text.hpp"
#include "model/query/queries.hpp"
#include "model/query/query_words.hpp"

#include <algorithm>

namespace vidensgraf {

QueryResult query_neighbours(const Model& model, Vertex entity, std::size_t depth, std::string_view relation,
                             const QuerySettings& settings) {
  std::optional<RelationId> only;
  if (!relation.empty()) {
    only = model.schema().find_relation(relation);
    if (!only) {
      std::string names;
      for (const auto& r : model.schema().relations())
        names += (names.empty() ? "" : ", ") + r.name;
      throw UsageError("unknown relation kind '" + std::string(relation) + "'; the relation kinds are " + names);
    }
  }
  const std::string_view lang = settings.language_of(model);
  const auto found = detail::bfs(model, entity, depth, std::nullopt, only, settings.basis == BasisFilter::stated);
  std::vector<Vertex> reached(found.order.begin() + 1, found.order.end());
  std::sort(reached.begin(), reached.end(), [&](Vertex a, Vertex b) {
    const auto& ea = model.entity(a);
    const auto& eb = model.entity(b);
    return std::tie(found.distance[a], ea.kind, ea.id) < std::tie(found.distance[b], eb.kind, eb.id);
  });
  QueryResult result;
  result.language = std::string(lang);
  result.columns = {{"depth", true}, {"kind", false, false}, {"kind_label"}, {"id", false, false},
                    {"label"},       {"via", false, false},  {"path"}};
  for (Vertex v : reached) {
    auto path = detail::path_from_predecessors(model, found.predecessor, entity, v);
    if (!path_passes(path, settings.basis)) continue;
    result.rows.push_back({std::to_string(found.distance[v]), model.schema().kind(model.entity(v).kind).name,
                           kind_label(model, v, lang), model.entity(v).id, std::string(model.label(v, lang)),
                           path_to_string(model, path), readable_path(model, path, lang)});
    result.paths.emplace_back(std::move(path));
  }
  if (settings.basis == BasisFilter::curated)
    result.notes.emplace_back(query_word(QueryWord::neighbours_curated, lang));
  apply_limit(result, settings.limit);
  return result;
}

} // namespace vidensgraf
