// query neighbours: entities within N steps, ignoring direction, optionally along one relation kind.
#include "model/error.hpp"
#include "model/ordered_adjacency.hpp"
#include "model/query/bfs.hpp"
#include "model/query/path_text.hpp"
#include "model/query/queries.hpp"
#include "model/query/query_words.hpp"

#include <algorithm>
#include <cstdint>
#include <utility>

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
  // Ordered by (depth, kind, id) as integers from the ordered adjacency; only the rows shown are
  // put in order and written out (at a million entities, depth 2 from a project reaches hubs and
  // hundreds of thousands of entities).
  const auto& adjacency = model.ordered_adjacency();
  std::vector<std::pair<std::uint64_t, Vertex>> reached;
  for (auto it = found.order.begin() + 1; it != found.order.end(); ++it)
    reached.emplace_back(std::uint64_t{found.distance[*it]} << 48 | std::uint64_t{adjacency.kind(*it)} << 32 |
                             adjacency.id_rank(*it),
                         *it);
  const bool every_path_passes = settings.basis != BasisFilter::curated; // stated searched stated relations only
  if (every_path_passes && settings.limit != 0 && reached.size() > settings.limit) {
    std::nth_element(reached.begin(), reached.begin() + static_cast<std::ptrdiff_t>(settings.limit), reached.end());
    reached.resize(settings.limit);
  }
  std::sort(reached.begin(), reached.end());
  const std::size_t total = every_path_passes ? found.order.size() - 1 : 0;
  QueryResult result;
  result.language = std::string(lang);
  result.columns = {{"depth", true}, {"kind", false, false}, {"kind_label"}, {"id", false, false},
                    {"label"},       {"via", false, false},  {"path"}};
  std::size_t passed = 0;
  for (const auto& [key, v] : reached) {
    auto path = detail::path_from_predecessors(model, found.predecessor, entity, v);
    if (!path_passes(path, settings.basis)) continue;
    if (settings.limit != 0 && ++passed > settings.limit) continue; // counted, not shown
    result.rows.push_back({std::to_string(found.distance[v]), model.schema().kind(model.entity(v).kind).name,
                           kind_label(model, v, lang), model.entity(v).id, std::string(model.label(v, lang)),
                           path_to_string(model, path), readable_path(model, path, lang)});
    result.paths.emplace_back(std::move(path));
  }
  if (settings.basis == BasisFilter::curated)
    result.notes.emplace_back(query_word(QueryWord::neighbours_curated, lang));
  note_limit(result, settings.limit, every_path_passes ? total : std::max(passed, result.rows.size()));
  return result;
}

} // namespace vidensgraf
