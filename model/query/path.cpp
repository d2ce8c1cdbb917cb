// query path: every shortest connection between two entities, ignoring direction.
#include "model/query/path_text.hpp"
#include "model/query/query_words.hpp"
#include "model/query/queries.hpp"
#include "model/query/shortest_paths.hpp"

#include <limits>

namespace vidensgraf {

namespace {

void add_rows(const Model& model, const ConnectionPath& path, std::size_t number, std::string_view lang,
              QueryResult& result) {
  Vertex at = path.start;
  for (std::size_t i = 0; i < path.steps.size(); ++i) {
    const auto& s = path.steps[i];
    result.rows.push_back(
        {std::to_string(number), std::to_string(i + 1), model.entity(at).id, std::string(model.label(at, lang)),
         model.schema().relation(s.relation).name, std::string(relation_label(model, s.relation, lang)),
         std::string(direction_name(s.direction)),
         std::string(s.direction == Direction::forward ? "\xE2\x86\x92" : "\xE2\x86\x90"), std::string(step_basis(s)),
         step_sources(model, s), model.entity(s.entity).id, model.schema().kind(model.entity(s.entity).kind).name,
         std::string(model.label(s.entity, lang))});
    at = s.entity;
  }
}

} // namespace

QueryResult query_path(const Model& model, Vertex from, Vertex to, const QuerySettings& settings) {
  const std::string_view lang = settings.language_of(model);
  const bool stated_only = settings.basis == BasisFilter::stated;
  QueryResult result;
  result.language = std::string(lang);
  result.columns = {{"path", true},
                    {"step", true},
                    {"from", false, false},
                    {"from_label"},
                    {"relation", false, false},
                    {"relation_label"},
                    {"direction", false, false},
                    {"dir"},
                    {"basis"},
                    {"sources"},
                    {"to", false, false},
                    {"to_kind", false, false},
                    {"to_label"}};
  const auto shortest = detail::shortest_paths(model, from, to, stated_only, settings.basis, settings.limit);
  const std::string ends = query_text(QueryWord::path_ends, lang, model.entity(from).id, model.entity(to).id);
  if (shortest.length == detail::ShortestPaths::unreached) {
    result.notes.push_back(
        query_text(stated_only ? QueryWord::not_connected_stated : QueryWord::not_connected, lang, ends));
    return result;
  }
  for (std::size_t i = 0; i < shortest.paths.size(); ++i)
    add_rows(model, shortest.paths[i], i + 1, lang, result);
  const std::string total = shortest.total == std::numeric_limits<std::size_t>::max()
                                ? query_text(QueryWord::more_than, lang, std::numeric_limits<std::size_t>::max())
                                : std::to_string(shortest.total);
  const std::size_t length = shortest.length;
  const std::size_t shown = shortest.paths.size();
  if (settings.basis == BasisFilter::curated && shortest.paths.empty())
    result.notes.push_back(query_text(QueryWord::no_curated_path, lang, total, length, ends));
  else if (settings.basis == BasisFilter::curated)
    result.notes.push_back(query_text(QueryWord::curated_paths, lang, shown, total, length));
  else if (shown < shortest.total)
    result.notes.push_back(query_text(QueryWord::first_paths, lang, shown, total, length));
  else
    result.notes.push_back(query_text(shortest.total == 1 ? QueryWord::one_shortest_path : QueryWord::shortest_paths,
                                      lang, total, length));
  for (std::size_t i = 0; i < shown; ++i)
    result.notes.push_back(query_text(QueryWord::path_number, lang, i + 1, path_to_string(model, shortest.paths[i])));
  return result;
}

} // namespace vidensgraf
