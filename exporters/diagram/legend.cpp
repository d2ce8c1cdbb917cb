#include "exporters/diagram/legend.hpp"

#include "exporters/diagram/style.hpp"
#include "exporters/diagram/text.hpp"

#include <fmt/format.h>

namespace vidensgraf {

namespace {

constexpr std::size_t legend_chars = 40; // characters of one legend line

} // namespace

std::vector<DiagramNode> legend_swatches(const Diagram& diagram) {
  std::vector<DiagramNode> out;
  for (const auto& entry : diagram.legend_kinds) {
    DiagramNode node;
    node.name = fmt::format("{}/kind/{}", legend_prefix, entry.style);
    node.style = entry.style;
    node.label = entry.label;
    node.tooltip = entry.label;
    node.cluster = std::string(legend_prefix);
    out.push_back(std::move(node));
  }
  return out;
}

std::string basis_legend_table(const std::vector<LinkBasis>& bases, std::string_view language, bool symbols) {
  if (bases.empty()) return {};
  std::string html = R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="1">)";
  for (const auto basis : bases) {
    const BasisMark& mark = basis_mark(basis);
    const std::string sample =
        symbols ? fmt::format(R"(<TD><FONT COLOR="{}">{}</FONT></TD>)", mark.colour, mark.symbol)
                : fmt::format(R"(<TD WIDTH="40" HEIGHT="8" BORDER="2" SIDES="B"{} COLOR="{}"></TD>)",
                              mark.line_style == "solid" ? "" : fmt::format(R"( STYLE="{}")", mark.line_style),
                              mark.colour);
    html += fmt::format(R"(<TR>{}<TD ALIGN="LEFT">{}</TD></TR>)", sample,
                        detail::html_escape(detail::shorten(basis_label(basis, language), legend_chars)));
  }
  return html + "</TABLE>";
}

} // namespace vidensgraf
