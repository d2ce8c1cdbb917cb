// The challenges view: which projects meet which challenge areas, from model/connections.hpp.
#include "exporters/diagram/style.hpp"
#include "exporters/diagram/view_support.hpp"
#include "exporters/diagram/views.hpp"
#include "model/connections.hpp"

#include <fmt/format.h>

#include <set>

namespace vidensgraf {

namespace {

// "KOL → ledes af → Region Nordjylland ← ejer ← Casen → handler om udfordring → Data" in the language.
std::string readable_path(const Model& model, const ConnectionPath& path, std::string_view lang) {
  const std::string_view other = detail::other_language(lang);
  std::string out{model.label(path.start, lang)};
  for (const auto& step : path.steps) {
    const std::string_view relation = model.schema().relation(step.relation).labels.get(lang, other);
    const char* arrow = step.direction == Direction::forward ? "\xE2\x86\x92" : "\xE2\x86\x90";
    const bool marked = path.steps.size() > 1 && step.curated; // a curated step inside an indirect path
    const std::string marker = marked ? fmt::format(" ({})", diagram_word("derived", lang)) : std::string();
    out += fmt::format(" {} {}{} {} {}", arrow, relation, marker, arrow, model.label(step.entity, lang));
  }
  return out;
}

bool path_allowed(const ConnectionPath& path, const detail::ViewFilter& filter) {
  for (const auto& step : path.steps)
    if (!filter.allows_relation(step.relation) || (!filter.curated() && step.curated)) return false;
  return true;
}

LinkBasis basis_of(const ChallengeConnection& c) {
  if (c.path.steps.size() > 1) return LinkBasis::indirect;
  return c.path.any_curated() ? LinkBasis::curated : LinkBasis::stated;
}

} // namespace

Diagram challenges_diagram(const Model& model, const DiagramOptions& options) {
  const detail::ViewFilter filter(model.schema(), options);
  const Schema& schema = model.schema();
  const std::string_view lang = options.language;
  const RelationDef& faces = schema.relation(schema.require_relation("facesChallenge"));
  Diagram diagram;
  diagram.language = options.language;
  diagram.left_to_right = true;
  diagram.legend_last = true; // right of the columns: below them it made the drawing taller than a page
  diagram.title = lang == "da" ? "Projekter og udfordringsområder" : "Projects and challenge areas";
  const auto projects = model.entities_of_kind(schema.require_kind("Project"));
  const auto challenges = model.entities_of_kind(schema.require_kind("ChallengeArea"));
  // More projects than a page's height holds in one column are drawn in two, one each side of the
  // areas: the first half left, the rest right (their edges laid out backwards, arrows still at
  // the areas). Fifteen projects fit one column (the bundled dataset); thirty did not (40 cm).
  constexpr std::size_t one_column = 16;
  const std::size_t left = projects.size() > one_column ? (projects.size() + 1) / 2 : projects.size();
  // With two columns the legend is not placed after every node: the invisible edges that do it
  // would cross the columns and hold space in each (a drawing twice as tall, half of it empty).
  if (left < projects.size()) diagram.legend_last = false;
  std::set<std::string> right_side;
  for (std::size_t i = 0; i < projects.size(); ++i) {
    diagram.nodes.push_back(detail::entity_node(model, projects[i], lang));
    diagram.nodes.back().rank_group = i < left ? 0 : 2;
    if (i >= left) right_side.insert(diagram.nodes.back().name);
  }
  for (Vertex v : challenges) {
    diagram.nodes.push_back(detail::entity_node(model, v, lang));
    diagram.nodes.back().rank_group = 1;
  }
  for (Vertex project : projects) {
    std::vector<ChallengeConnection> kept;
    for (auto& c : challenges_of_project(model, project))
      if (path_allowed(c.path, filter)) kept.push_back(std::move(c));
    // Ordered by challenge, then basis, then path: the first of each challenge is the strongest.
    for (std::size_t i = 0; i < kept.size();) {
      std::size_t j = i;
      while (j < kept.size() && kept[j].challenge == kept[i].challenge)
        ++j;
      const ChallengeConnection& best = kept[i];
      DiagramEdge edge;
      edge.from = detail::node_name(model, project);
      edge.to = detail::node_name(model, best.challenge);
      edge.relation = faces.name;
      edge.basis = basis_of(best);
      edge.laid_out_backwards = right_side.contains(edge.from);
      edge.tooltip =
          fmt::format("{} \xE2\x80\x94 {}", readable_path(model, best.path, lang), basis_label(edge.basis, lang));
      if (j - i > 1) edge.tooltip += fmt::format("; {}: {}", diagram_word("paths", lang), j - i);
      diagram.edges.push_back(std::move(edge));
      i = j;
    }
  }
  detail::fill_legend(schema, diagram);
  return diagram;
}

} // namespace vidensgraf
