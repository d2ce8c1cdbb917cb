// query path: every shortest connection between two entities, ignoring direction.
#include "model/query/bfs.hpp"
#include "model/query/path_text.hpp"
#include "model/query/query_words.hpp"
#include "model/query/queries.hpp"

#include <limits>

namespace vidensgraf {

namespace {

/// The shortest paths found, in path_less order, and how many shortest paths there are in all.
struct ShortestPaths {
  std::vector<ConnectionPath> paths;
  std::size_t total = 0; ///< saturates at max()
};

std::size_t saturating_add(std::size_t a, std::size_t b) {
  return a > std::numeric_limits<std::size_t>::max() - b ? std::numeric_limits<std::size_t>::max() : a + b;
}

/// Walks the layers of a breadth-first search from `from` that reached `to`. Backwards from `to`
/// it keeps the entities on some shortest path (each one layer nearer `from`) and counts the paths
/// through them; forwards from `from` it follows those in sorted_steps order, so the paths come out
/// in path_less order, and stops after `wanted` paths that pass the basis filter (0: all).
ShortestPaths enumerate(const Model& model, const detail::BfsResult& found, Vertex from, Vertex to, bool stated_only,
                        BasisFilter filter, std::size_t wanted) {
  const std::size_t length = found.distance[to];
  const auto rank = detail::relation_rank(model.schema());
  std::vector<PathStep> steps;
  auto next_steps = [&](Vertex v, std::size_t layer, const std::vector<std::size_t>& paths_to_end) {
    detail::sorted_steps(model, v, std::nullopt, rank, steps);
    std::vector<PathStep> kept;
    for (const auto& s : steps)
      if (s.entity != v && !(stated_only && s.curated) && found.distance[s.entity] == layer &&
          paths_to_end[s.entity] > 0)
        kept.push_back(s);
    return kept;
  };
  // paths_to_end[v]: shortest paths from v to `to` (0 when v is on none).
  std::vector<std::size_t> paths_to_end(found.distance.size(), 0);
  paths_to_end[to] = 1;
  std::vector<Vertex> layer{to};
  for (std::size_t k = length; k > 0; --k) {
    std::vector<Vertex> previous;
    for (Vertex v : layer) {
      detail::sorted_steps(model, v, std::nullopt, rank, steps);
      for (const auto& s : steps) {
        if (s.entity == v || (stated_only && s.curated) || found.distance[s.entity] != k - 1) continue;
        if (paths_to_end[s.entity] == 0) previous.push_back(s.entity);
        paths_to_end[s.entity] = saturating_add(paths_to_end[s.entity], paths_to_end[v]);
      }
    }
    layer = std::move(previous);
  }
  ShortestPaths out;
  out.total = paths_to_end[from];
  // Depth-first, one frame per layer: the steps still to try there.
  ConnectionPath current{from, {}};
  std::vector<std::vector<PathStep>> frames{next_steps(from, 1, paths_to_end)};
  std::vector<std::size_t> at{0};
  while (!frames.empty()) {
    const std::size_t depth = frames.size() - 1;
    if (at[depth] == frames[depth].size()) {
      frames.pop_back();
      at.pop_back();
      if (!current.steps.empty()) current.steps.pop_back();
      continue;
    }
    current.steps.push_back(frames[depth][at[depth]++]);
    if (current.steps.size() == length) {
      if (path_passes(current, filter)) out.paths.push_back(current);
      current.steps.pop_back();
      if (wanted != 0 && out.paths.size() == wanted) break;
      continue;
    }
    frames.push_back(next_steps(current.end(), current.steps.size() + 1, paths_to_end));
    at.push_back(0);
  }
  return out;
}

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
  const auto found = detail::bfs(model, from, detail::unreached, to, std::nullopt, stated_only);
  const std::string ends = query_text(QueryWord::path_ends, lang, model.entity(from).id, model.entity(to).id);
  if (found.distance[to] == detail::unreached) {
    result.notes.push_back(
        query_text(stated_only ? QueryWord::not_connected_stated : QueryWord::not_connected, lang, ends));
    return result;
  }
  const auto shortest = enumerate(model, found, from, to, stated_only, settings.basis, settings.limit);
  for (std::size_t i = 0; i < shortest.paths.size(); ++i)
    add_rows(model, shortest.paths[i], i + 1, lang, result);
  const std::string total = shortest.total == std::numeric_limits<std::size_t>::max()
                                ? query_text(QueryWord::more_than, lang, std::numeric_limits<std::size_t>::max())
                                : std::to_string(shortest.total);
  const std::size_t length = found.distance[to];
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
