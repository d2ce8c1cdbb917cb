// The one style table of every diagram: colour and shape per kind, the marks (line style, colour,
// symbol) per basis, the fonts, and the words the diagrams themselves show in each language.
// Every view and the legend read it; unknown keys get a fallback style.
#pragma once

#include "exporters/diagram/diagram.hpp"

#include <string_view>

namespace vidensgraf {

/// How nodes of one kind are drawn (#rrggbb colours, Graphviz shape names). The fills are the
/// Okabe–Ito palette (made to stay apart for colour-blind readers) plus grey and white; two kinds
/// share a fill only when their shapes differ.
struct NodeStyle {
  std::string_view fill;        ///< fill colour
  std::string_view shape;       ///< Graphviz shape
  std::string_view font_colour; ///< text colour readable on the fill
};

/// The style of a kind by its local name ("Project"); a white box for any other name.
const NodeStyle& node_style(std::string_view kind_name) noexcept;

/// Border and line colour of nodes and relation edges (the relation is said by its label).
inline constexpr std::string_view ink = "#333333";

/// How a link of one basis is marked: as a line (diagrams) or a symbol (a table's cell).
struct BasisMark {
  std::string_view line_style; ///< Graphviz `style`: "solid", "dashed" or "dotted"
  std::string_view colour;     ///< line colour (Okabe–Ito black, blue, vermillion)
  std::string_view pen_width;  ///< Graphviz `penwidth`
  std::string_view symbol;     ///< a one-character mark for a table cell: ●, ◐, ○
};

/// The mark of a basis: stated solid black, curated dashed blue, indirect dotted vermillion.
const BasisMark& basis_mark(LinkBasis basis) noexcept;

/// A word for the basis in the legend ("stated by the source"/"angivet i kilden", ...), Danish for "da", else English.
std::string_view basis_label(LinkBasis basis, std::string_view language) noexcept;

/// Words the renderer itself shows ("Legend"/"Signaturforklaring"), by key, Danish for "da", else English.
std::string_view diagram_word(std::string_view key, std::string_view language) noexcept;

/// The font family every text is set in (a DejaVu face, fontconfig's name for it).
inline constexpr std::string_view font_family = "DejaVu Sans";
/// The generic family an SVG viewer falls back to where DejaVu Sans is missing.
inline constexpr std::string_view generic_family = "sans-serif";

} // namespace vidensgraf
