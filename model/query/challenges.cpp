// query challenges / query projects: connections.hpp's answers as rows, grouped by how they are
// known (stated, curated, indirect) and explained in the settings' language.
#include "model/connections.hpp"
#include "model/ordered_adjacency.hpp"
#include "model/query/path_text.hpp"
#include "model/query/query_words.hpp"
#include "model/query/queries.hpp"

#include <algorithm>

namespace vidensgraf {

namespace {

/// "organisation Københavns Kommune (ledes af), case Kodeks for kunstig intelligens": the entities
/// an indirect path goes through, with the relation that reaches the first. Empty for a direct link.
std::string through(const Model& model, const ConnectionPath& path, std::string_view lang) {
  std::string out;
  for (std::size_t i = 0; i + 1 < path.steps.size(); ++i) {
    const auto& s = path.steps[i];
    out +=
        (out.empty() ? "" : ", ") + kind_label(model, s.entity, lang) + " " + std::string(model.label(s.entity, lang));
    if (i == 0) out += " (" + std::string(relation_label(model, s.relation, lang)) + ")";
  }
  return out;
}

/// The programmes `project` is part of that emphasise challenge areas, as a note, or nothing.
/// With `only_area`, just the programmes that emphasise that area.
std::vector<std::string> programme_notes(const Model& model, const std::vector<Vertex>& programmes,
                                         std::optional<Vertex> only_area, std::string_view lang) {
  const RelationId emphasises = model.schema().require_relation("emphasises");
  std::vector<std::string> notes;
  for (Vertex programme : programmes) {
    std::string areas;
    std::string sources;
    for (auto e : boost::make_iterator_range(boost::out_edges(programme, model.graph()))) {
      if (model.relation(e).kind != emphasises) continue;
      const Vertex area = boost::target(e, model.graph());
      if (only_area && area != *only_area) continue;
      areas += (areas.empty() ? "" : ", ") + std::string(model.label(area, lang));
      if (sources.empty()) sources = step_sources(model, make_step(model, programme, e));
    }
    if (areas.empty()) continue;
    notes.push_back(query_text(QueryWord::programme_emphasis, lang, model.label(programme, lang), areas, sources));
  }
  return notes;
}

std::vector<Vertex> programmes_of(const Model& model, Vertex project) {
  const RelationId part_of = model.schema().require_relation("partOf");
  std::vector<Vertex> out;
  for (auto e : boost::make_iterator_range(boost::out_edges(project, model.graph())))
    if (model.relation(e).kind == part_of) out.push_back(boost::target(e, model.graph()));
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) { return model.entity(a).id < model.entity(b).id; });
  return out;
}

/// Rows for the first `limit` connections (0: all) of an answer of `total`, filtered and in the
/// order shown; only the rows shown are written (a hub's answer has thousands).
QueryResult connection_rows(const Model& model, const std::vector<ChallengeConnection>& connections, std::size_t total,
                            bool by_challenge, const QuerySettings& settings) {
  const std::string_view lang = settings.language_of(model);
  QueryResult result;
  result.language = std::string(lang);
  result.columns = {{by_challenge ? "challenge" : "project", false, false},
                    {"label"},
                    {"basis"},
                    {"through"},
                    {"via", false, false},
                    {"path"}};
  for (const auto& c : connections) {
    if (settings.limit != 0 && result.rows.size() == settings.limit) break;
    const Vertex v = by_challenge ? c.challenge : c.project;
    result.rows.push_back({model.entity(v).id, std::string(model.label(v, lang)), std::string(basis_name(c.basis)),
                           through(model, c.path, lang), path_to_string(model, c.path),
                           readable_path(model, c.path, lang)});
    result.paths.emplace_back(c.path);
  }
  note_limit(result, settings.limit, total);
  return result;
}

std::string_view basis_clause(const Model& model, const QuerySettings& settings) {
  switch (settings.basis) {
  case BasisFilter::stated:
    return query_word(QueryWord::basis_stated_only, settings.language_of(model));
  case BasisFilter::curated:
    return query_word(QueryWord::basis_through_curated, settings.language_of(model));
  case BasisFilter::any:
    break;
  }
  return "";
}

} // namespace

QueryResult query_challenges(const Model& model, Vertex project, const QuerySettings& settings) {
  auto connections = challenges_of_project(model, project);
  connections.erase(std::remove_if(connections.begin(), connections.end(),
                                   [&](const ChallengeConnection& c) { return !path_passes(c.path, settings.basis); }),
                    connections.end());
  // Grouped by how the link is known; inside a group the order connections.hpp gives.
  std::stable_sort(connections.begin(), connections.end(),
                   [](const ChallengeConnection& a, const ChallengeConnection& b) { return a.basis < b.basis; });
  auto result = connection_rows(model, connections, connections.size(), true, settings);
  if (result.rows.empty())
    result.notes.push_back(
        query_text(QueryWord::no_challenge_for_project, settings.language_of(model), basis_clause(model, settings)));
  for (auto& note : programme_notes(model, programmes_of(model, project), std::nullopt, settings.language_of(model)))
    result.notes.push_back(std::move(note));
  return result;
}

QueryResult query_projects(const Model& model, Vertex challenge, const QuerySettings& settings) {
  const auto page = first_projects_of_challenge(model, challenge, settings.basis, settings.limit);
  auto result = connection_rows(model, page.connections, page.total, false, settings);
  if (result.rows.empty())
    result.notes.push_back(
        query_text(QueryWord::no_project_for_challenge, settings.language_of(model), basis_clause(model, settings)));
  // From the ordered adjacency's lists by kind: Model::entities_of_kind would read every entity.
  const auto of_kind = model.ordered_adjacency().entities_of_kind(model.schema().require_kind("Programme"));
  const std::vector<Vertex> programmes(of_kind.begin(), of_kind.end());
  for (auto& note : programme_notes(model, programmes, challenge, settings.language_of(model)))
    result.notes.push_back(std::move(note));
  return result;
}

} // namespace vidensgraf
