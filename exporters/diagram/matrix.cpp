// The matrix view: projects (rows, grouped) against challenge areas (columns), each cell the
// strongest basis of the link from model/challenge_matrix.hpp, drawn as one Graphviz HTML-like
// table: a mark that reads in black and white and a fill that deepens with the basis, the path and
// its sources in the cell's tooltip, the cell linking to the source of the path's last step.
#include "exporters/diagram/render.hpp"
#include "exporters/diagram/style.hpp"
#include "exporters/diagram/text.hpp"
#include "exporters/diagram/view_support.hpp"
#include "exporters/diagram/views.hpp"
#include "model/query/path_text.hpp"

#include <fmt/format.h>

#include <cmath>

namespace vidensgraf {

namespace {

// A project's label in its row: two lines of 36 characters at most, so that the table keeps to
// a page (17 cm wide, text of at least 6 pt) in both languages.
constexpr std::size_t project_line_chars = 36;
constexpr std::size_t project_lines = 2;
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

// A nested table as large as its content, at the top left of its cell. Graphviz stretches a
// nested table to its cell (spreading its rows and columns apart) unless the table is FIXEDSIZE
// with a WIDTH and HEIGHT, so its natural size is measured first by laying it out alone (a
// `plain` node is as large as its label; the drawing adds its pad on each side).
std::string fixed_table(std::string_view attributes, const std::string& rows, std::string_view lang) {
  Diagram alone;
  alone.language = std::string(lang);
  alone.legend_node = false;
  DiagramNode node;
  node.name = "alone";
  node.html_label = fmt::format("<TABLE {}>{}</TABLE>", attributes, rows);
  alone.nodes.push_back(std::move(node));
  const PageFit fit = fit_on_page(alone);
  return fmt::format(R"(<TABLE {} FIXEDSIZE="TRUE" WIDTH="{}" HEIGHT="{}" ALIGN="LEFT" VALIGN="TOP">{}</TABLE>)",
                     attributes, std::lround(fit.width_pt - fit.pad_pt), std::lround(fit.height_pt - fit.pad_pt), rows);
}

// The legend as a table nested in the matrix's last row, so that it stays with the matrix.
std::string legend_row(std::size_t columns, std::string_view lang) {
  std::string rows = fmt::format(R"(<TR><TD BORDER="0" COLSPAN="2" ALIGN="LEFT"><I>{}</I></TD></TR>)",
                                 lang == "da" ? "Hvordan vi ved det" : "How we know");
  for (std::string_view b : {"stated", "curated", "indirect", "none"}) {
    const CellStyle style = cell_style(b);
    rows += fmt::format(
        R"(<TR><TD BGCOLOR="{}" FIXEDSIZE="TRUE" WIDTH="32" HEIGHT="26"><FONT COLOR="{}" POINT-SIZE="12">{}</FONT></TD>)"
        R"(<TD BORDER="0" ALIGN="LEFT">{}</TD></TR>)",
        style.fill, style.ink, basis_mark_of(b), detail::html_escape(basis_words(b, lang)));
  }
  return fmt::format(
      R"(<TR><TD COLSPAN="{}" BORDER="0" ALIGN="LEFT" CELLPADDING="6">{}</TD></TR>)", columns,
      fixed_table(R"(BORDER="0" CELLBORDER="1" CELLSPACING="2" CELLPADDING="3" COLOR="#666666")", rows, lang));
}

// The key of numbered columns: each number with its challenge area, one a line.
std::string key_row(const Model& model, const ChallengeMatrix& matrix, std::size_t columns) {
  const std::string_view lang = matrix.language;
  std::string html =
      fmt::format(R"(<TR><TD COLSPAN="{}" BORDER="0" ALIGN="LEFT" BALIGN="LEFT" CELLPADDING="6"><I>{}</I>)", columns,
                  lang == "da" ? "Kolonnerne" : "The columns");
  for (std::size_t i = 0; i < matrix.challenges.size(); ++i)
    html += fmt::format("<BR/><B>{}</B>  {}", i + 1,
                        detail::html_escape(detail::shorten(model.label(matrix.challenges[i], lang), tooltip_chars)));
  return html + "</TD></TR>";
}

// The key and the legend as one table for beside the matrix, at its top.
std::string side_table(const Model& model, const ChallengeMatrix& matrix) {
  return fixed_table(R"(BORDER="0" CELLSPACING="0")", key_row(model, matrix, 1) + legend_row(1, matrix.language),
                     matrix.language);
}

} // namespace

std::string matrix_table(const Model& model, const ChallengeMatrix& matrix, std::string_view title,
                         MatrixLayout layout) {
  const std::string_view lang = matrix.language;
  const bool numbered = layout != MatrixLayout::labels;
  const bool beside = layout == MatrixLayout::numbered_legend_beside;
  const std::size_t columns = matrix.challenges.size() + 1;
  // A long table (its legend beside it) is set a little tighter.
  const std::string table = fmt::format(
      R"(<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="{}" COLOR="#666666">)", beside ? 3 : 4);
  std::string html = beside ? std::string(R"(<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0">)") : table;
  if (!title.empty())
    html +=
        fmt::format(R"(<TR><TD COLSPAN="{}" BORDER="0" ALIGN="LEFT"><FONT POINT-SIZE="13"><B>{}</B></FONT></TD></TR>)",
                    beside ? 2 : columns, detail::html_escape(title));
  if (beside) html += R"(<TR><TD VALIGN="TOP">)" + table;
  html += fmt::format(R"(<TR><TD ALIGN="LEFT" BGCOLOR="#eeeeee"><B>{}</B></TD>)", lang == "da" ? "Projekt" : "Project");
  for (std::size_t i = 0; i < matrix.challenges.size(); ++i) {
    const Vertex area = matrix.challenges[i];
    html += fmt::format(R"(<TD BGCOLOR="#eeeeee" TOOLTIP="{}")",
                        detail::html_escape(detail::shorten(model.label(area, lang), tooltip_chars)));
    const std::string iri = model.iri(area);
    if (detail::is_safe_link(iri)) html += fmt::format(R"( HREF="{}" TARGET="_top")", detail::html_escape(iri));
    const std::string head = numbered ? std::to_string(i + 1) : detail::shorten(model.label(area, lang), 20);
    html += fmt::format("><B>{}</B></TD>", detail::html_escape(head));
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
    html += ">";
    const auto lines = detail::wrap_lines(label, project_line_chars, project_lines);
    for (std::size_t i = 0; i < lines.size(); ++i)
      html += (i > 0 ? R"(<BR ALIGN="LEFT"/>)" : "") + detail::html_escape(lines[i]);
    html += lines.size() > 1 ? R"(<BR ALIGN="LEFT"/></TD>)" : "</TD>";
    for (std::size_t i = 0; i < row.cells.size(); ++i)
      html += cell_td(model, row.cells[i], row.project, matrix.challenges[i], lang);
    html += "</TR>";
  }
  if (!beside) {
    if (numbered) html += key_row(model, matrix, columns);
    return html + legend_row(columns, lang) + "</TABLE>";
  }
  // The key and the legend right of the matrix, at its top: a long table keeps to a page's height.
  return html + "</TABLE></TD><TD VALIGN=\"TOP\">" + side_table(model, matrix) + "</TD></TR></TABLE>";
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
  // Columns headed by long labels (a generated model's "Udfordringsområde 5") make the table too
  // wide to keep 6 pt text at a page's width: then they are numbered, with a key below; a table of
  // many projects is then too tall, and the key and the legend go beside it. The first layout that
  // fits the page is kept, else the last.
  for (const MatrixLayout layout : {MatrixLayout::numbered, MatrixLayout::numbered_legend_beside}) {
    if (fit_on_page(diagram).fits()) break;
    diagram.nodes.front().html_label = matrix_table(model, matrix, diagram.title, layout);
  }
  return diagram;
}

} // namespace vidensgraf
