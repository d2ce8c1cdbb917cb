// The project × challenge area matrix as an accessible HTML table for the site (home page), and
// one column of it for a challenge area's page: the same cells as `vidensgraf query matrix` and
// `diagram matrix` (model/challenge_matrix.hpp). Marks are hidden from screen readers, which read
// the basis in words instead; headers carry scope; the caption says what the table is.
#include "exporters/site/html_escape.hpp"
#include "exporters/site/detail.hpp"
#include "exporters/site/page.hpp"
#include "model/challenge_matrix.hpp"
#include "model/query/path_text.hpp"

#include <fmt/format.h>

namespace vidensgraf::detail {

std::string basis_cell_html(std::string_view basis, std::string_view ui) {
  return fmt::format(R"(<span class="mark basis-{0}" aria-hidden="true">{1}</span><span class="sr-only">{2}</span>)",
                     basis, basis_mark_of(basis), html_escape(basis_words(basis, ui)));
}

std::string legend_html(std::string_view ui) {
  std::string out = "<p class=\"legend\">";
  bool first = true;
  for (std::string_view b : {"stated", "curated", "indirect", "none"}) {
    if (!first) out += " · ";
    first = false;
    out += fmt::format(R"(<span class="mark basis-{}" aria-hidden="true">{}</span> {})", b, basis_mark_of(b),
                       html_escape(basis_words(b, ui)));
  }
  return out + "</p>\n";
}

std::string matrix_html(const SiteContext& site, std::string_view root) {
  const Model& model = site.model;
  const auto matrix = challenge_matrix(model, BasisFilter::any, MatrixGrouping::sector, site.ui);
  const std::string_view ui = site.ui;
  std::string html = std::string("<h2 id=\"matrix\">") +
                     ui_text(ui, "Projects and challenge areas", "Projekter og udfordringsområder") + "</h2>\n";
  html += std::string("<p>") +
          ui_text(ui,
                  "Which project meets which challenge area, and how the sources say so: each cell gives the "
                  "strongest link. A challenge area's page gives the path and sources behind each.",
                  "Hvilket projekt møder hvilket udfordringsområde, og hvordan kilderne siger det: hver celle viser "
                  "den stærkeste forbindelse. Et udfordringsområdes side viser vejen og kilderne bag hver.") +
          "</p>\n";
  html += legend_html(ui);
  html +=
      "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"matrix\">\n<table class=\"matrix\">\n";
  html += std::string("<caption>") +
          ui_text(ui, "Projects (rows) by challenge areas (columns)",
                  "Projekter (rækker) og udfordringsområder (kolonner)") +
          "</caption>\n<thead><tr><th scope=\"col\">" + ui_text(ui, "Project", "Projekt") + "</th>";
  for (Vertex area : matrix.challenges)
    html += "<th scope=\"col\"><a href=\"" + html_escape(std::string(root) + entity_path(model, area, "html")) + "\">" +
            html_escape(model.label(area, ui)) + "</a></th>";
  html += "</tr></thead>\n";
  std::string group;
  for (const auto& row : matrix.rows) {
    if (row.group != group) {
      if (!group.empty()) html += "</tbody>\n";
      group = row.group;
      html += fmt::format("<tbody>\n<tr><th scope=\"rowgroup\" colspan=\"{}\">{}</th></tr>\n",
                          matrix.challenges.size() + 1, html_escape(group));
    }
    html += "<tr><th scope=\"row\">" + entity_link(model, row.project, root, ui) + "</th>";
    for (const auto& cell : row.cells)
      html += "<td>" + basis_cell_html(cell_basis_name(cell), ui) + "</td>";
    html += "</tr>\n";
  }
  if (!group.empty()) html += "</tbody>\n";
  return html + "</table>\n</div>\n";
}

std::string matrix_column_html(const SiteContext& site, Vertex area, std::string_view root) {
  const Model& model = site.model;
  const std::string_view ui = site.ui;
  const auto matrix = challenge_matrix(model, BasisFilter::any, MatrixGrouping::sector, ui);
  std::size_t column = 0;
  while (column < matrix.challenges.size() && matrix.challenges[column] != area)
    ++column;
  if (column == matrix.challenges.size()) return {};
  std::string rows;
  std::size_t linked = 0;
  for (const auto& row : matrix.rows) {
    const auto& cell = row.cells[column];
    std::string how;
    if (cell.best) {
      ++linked;
      how = html_escape(readable_path(model, cell.best->path, ui));
    }
    rows += "<tr><th scope=\"row\">" + entity_link(model, row.project, root, ui) + "</th><td>" +
            basis_cell_html(cell_basis_name(cell), ui) + "</td><td>" + how + "</td></tr>\n";
  }
  std::string html = std::string("<h2 id=\"projects\">") + ui_text(ui, "Projects", "Projekter") + "</h2>\n<p>";
  html += linked == 0 ? ui_text(ui, "No source links a project to this challenge area.",
                                "Ingen kilde forbinder et projekt med dette udfordringsområde.")
                      : fmt::format(fmt::runtime(ui_text(ui,
                                                         "{} of {} projects are linked to this area; the path "
                                                         "gives each step's relation, basis and sources.",
                                                         "{} af {} projekter er forbundet med området; vejen viser "
                                                         "hvert trins relation, grundlag og kilder.")),
                                    linked, matrix.rows.size());
  html += "</p>\n" + legend_html(ui);
  html += std::string("<table>\n<thead><tr><th scope=\"col\">") + ui_text(ui, "Project", "Projekt") +
          "</th><th scope=\"col\">" + ui_text(ui, "How we know", "Hvordan vi ved det") + "</th><th scope=\"col\">" +
          ui_text(ui, "Path", "Vej") + "</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n";
  return html;
}

} // namespace vidensgraf::detail
