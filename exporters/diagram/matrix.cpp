// The matrix view: projects (rows, grouped) against challenge areas (columns), each cell the
// strongest basis of the link from model/challenge_matrix.hpp, drawn as one Graphviz HTML-like
// table: a mark that reads in black and white and a fill that deepens with the basis, the path and
// its sources in the cell's tooltip, the cell linking to the source of the path's last step.
#include "exporters/diagram/style.hpp"
#include "exporters/diagram/text.hpp"
#include "exporters/diagram/view_support.hpp"
#include "exporters/diagram/views.hpp"
#include "model/query/path_text.hpp"

#include <fmt/format.h>

namespace vidensgraf {

namespace {

constexpr std::size_t project_chars = 60; // characters of a project's label in its row
constexpr std::size_t tooltip_chars = 600;

/// Fill and mark colour of a cell per basis: dark, middle, light and no fill, so that the order
/// survives a grey-scale print (ColorBrewer's sequential blues).
struct CellStyle {
  const char* fill;
  const char* ink;
};

CellStyle cell_style(std::string_view basis) {
  if (basis == "stated") return {"#08519c", "#ffffff"};
  if (basis == "curated") return {"#6baed6", "#000000"};
  if (basis == "indirect") return {"#deebf7", "#000000"};
  return {"#ffffff", "#555555"};
}

std::string cell_td(const Model& model, const MatrixCell& cell, Vertex project, Vertex area, std::string_view lang) {
  const std::string_view basis = cell_basis_name(cell);
  const CellStyle style = cell_style(basis);
  std::string tooltip = std::string(model.label(project, lang)) + " \xE2\x80\x94 " +
                        std::string(model.label(area, lang)) + ": " + std::string(basis_words(basis, lang));
  std::string link;
  if (cell.best) {
    tooltip += ". " + readable_path(model, cell.best->path, lang);
    if (cell.paths > 1)
      tooltip += fmt::format(fmt::runtime(lang == "da" ? " (veje i alt: {})" : " (paths in all: {})"), cell.paths);
    const auto& last = cell.best->path.steps.back();
    const auto& citations = model.provenance(model.relation(last.edge).provenance).citations;
    if (!citations.empty()) link = model.iri(citations.front().source);
  }
  std::string td = fmt::format(R"(<TD BGCOLOR="{}" TOOLTIP="{}")", style.fill,
                               detail::html_escape(detail::shorten(tooltip, tooltip_chars)));
  if (detail::is_safe_link(link)) td += fmt::format(R"( HREF="{}" TARGET="_top")", detail::html_escape(link));
  return td + fmt::format(R"(><FONT COLOR="{}" POINT-SIZE="12">{}</FONT></TD>)", style.ink, basis_mark(cell));
}

// The legend as a table nested in the matrix's last row, so that it stays with the matrix.
std::string legend_row(std::size_t columns, std::string_view lang) {
  std::string html = fmt::format(R"(<TR><TD COLSPAN="{}" BORDER="0" ALIGN="LEFT" CELLPADDING="6">)"
                                 R"(<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="2" CELLPADDING="3" COLOR="#666666">)"
                                 R"(<TR><TD BORDER="0" COLSPAN="2" ALIGN="LEFT"><I>{}</I></TD></TR>)",
                                 columns, lang == "da" ? "Hvordan vi ved det" : "How we know");
  for (std::string_view b : {"stated", "curated", "indirect", "none"}) {
    const CellStyle style = cell_style(b);
    html += fmt::format(
        R"(<TR><TD BGCOLOR="{}" FIXEDSIZE="TRUE" WIDTH="32" HEIGHT="26"><FONT COLOR="{}" POINT-SIZE="12">{}</FONT></TD>)"
        R"(<TD BORDER="0" ALIGN="LEFT">{}</TD></TR>)",
        style.fill, style.ink, basis_mark_of(b), detail::html_escape(basis_words(b, lang)));
  }
  return html + "</TABLE></TD></TR>";
}

} // namespace

std::string matrix_table(const Model& model, const ChallengeMatrix& matrix, std::string_view title) {
  const std::string_view lang = matrix.language;
  const std::size_t columns = matrix.challenges.size() + 1;
  std::string html = R"(<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="4" COLOR="#666666">)";
  if (!title.empty())
    html +=
        fmt::format(R"(<TR><TD COLSPAN="{}" BORDER="0" ALIGN="LEFT"><FONT POINT-SIZE="13"><B>{}</B></FONT></TD></TR>)",
                    columns, detail::html_escape(title));
  html += fmt::format(R"(<TR><TD ALIGN="LEFT" BGCOLOR="#eeeeee"><B>{}</B></TD>)", lang == "da" ? "Projekt" : "Project");
  for (Vertex area : matrix.challenges) {
    html += fmt::format(R"(<TD BGCOLOR="#eeeeee" TOOLTIP="{}")",
                        detail::html_escape(detail::shorten(model.label(area, lang), tooltip_chars)));
    const std::string iri = model.iri(area);
    if (detail::is_safe_link(iri)) html += fmt::format(R"( HREF="{}" TARGET="_top")", detail::html_escape(iri));
    html += fmt::format("><B>{}</B></TD>", detail::html_escape(detail::shorten(model.label(area, lang), 20)));
  }
  html += "</TR>";
  std::string group;
  for (const auto& row : matrix.rows) {
    if (row.group != group) {
      group = row.group;
      html += fmt::format(R"(<TR><TD COLSPAN="{}" ALIGN="LEFT" BGCOLOR="#f7f7f7"><I>{}</I></TD></TR>)", columns,
                          detail::html_escape(group));
    }
    const std::string label{model.label(row.project, lang)};
    html +=
        fmt::format(R"(<TR><TD ALIGN="LEFT" TOOLTIP="{}")", detail::html_escape(detail::shorten(label, tooltip_chars)));
    const std::string iri = model.iri(row.project);
    if (detail::is_safe_link(iri)) html += fmt::format(R"( HREF="{}" TARGET="_top")", detail::html_escape(iri));
    html += fmt::format(">{}</TD>", detail::html_escape(detail::shorten(label, project_chars)));
    for (std::size_t i = 0; i < row.cells.size(); ++i)
      html += cell_td(model, row.cells[i], row.project, matrix.challenges[i], lang);
    html += "</TR>";
  }
  return html + legend_row(columns, lang) + "</TABLE>";
}

Diagram matrix_diagram(const Model& model, const DiagramOptions& options, MatrixGrouping grouping) {
  const auto matrix =
      challenge_matrix(model, options.curated ? BasisFilter::any : BasisFilter::stated, grouping, options.language);
  Diagram diagram;
  diagram.language = options.language;
  diagram.title = options.language == "da" ? "Projekter og udfordringsområder: hvad kilderne siger"
                                           : "Projects and challenge areas: what the sources say";
  DiagramNode node;
  node.name = "matrix";
  node.label = diagram.title;
  node.html_label = matrix_table(model, matrix, diagram.title);
  diagram.nodes.push_back(std::move(node));
  diagram.legend_node = false; // the table has its title and legend inside
  return diagram;
}

} // namespace vidensgraf
