// query path: every shortest connection between two entities, ignoring direction.
#include "model/query/path_text.hpp"
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
  const std::string ends = "'" + model.entity(from).id + "' and '" + model.entity(to).id + "'";
  if (shortest.length == detail::ShortestPaths::unreached) {
    result.notes.push_back(ends + " are not connected" + (stated_only ? " by stated relations" : ""));
    return result;
  }
  for (std::size_t i = 0; i < shortest.paths.size(); ++i)
    add_rows(model, shortest.paths[i], i + 1, lang, result);
  const std::string total = shortest.total == std::numeric_limits<std::size_t>::max()
                                ? "more than " + std::to_string(std::numeric_limits<std::size_t>::max())
                                : std::to_string(shortest.total);
  const std::string length = std::to_string(shortest.length);
  if (settings.basis == BasisFilter::curated && shortest.paths.empty())
    result.notes.push_back("none of the " + total + " shortest paths (length " + length + ") between " + ends +
                           " rests on a curated relation");
  else if (settings.basis == BasisFilter::curated)
    result.notes.push_back(std::to_string(shortest.paths.size()) + " of the " + total + " shortest paths (length " +
                           length + ") rest on a curated relation");
  else if (shortest.paths.size() < shortest.total)
    result.notes.push_back("the first " + std::to_string(shortest.paths.size()) + " of " + total +
                           " shortest paths (length " + length + "); --limit 0 shows all");
  else
    result.notes.push_back(total + (shortest.total == 1 ? " shortest path" : " shortest paths") + " of length " +
                           length);
  for (std::size_t i = 0; i < shortest.paths.size(); ++i)
    result.notes.push_back("path " + std::to_string(i + 1) + ": " + path_to_string(model, shortest.paths[i]));
  return result;
}

} // namespace vidensgraf
