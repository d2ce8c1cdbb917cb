// The one style table of every diagram: colour and shape per kind, colour per relation kind,
// line style per basis. Every view and the legend read it; unknown keys get a fallback style.
#pragma once

#include "exporters/diagram.hpp"

#include <string_view>

namespace vidensgraf {

/// How nodes of one kind are drawn (Graphviz colour names or #rrggbb, shape names).
struct NodeStyle {
  std::string_view fill;   ///< fill colour
  std::string_view border; ///< border colour
  std::string_view shape;  ///< Graphviz shape
};

/// The style of a kind by its local name ("Project"); a grey box for any other name.
const NodeStyle& node_style(std::string_view kind_name) noexcept;

/// The colour of edges of a relation kind by its local name; dark grey for any other name.
std::string_view edge_colour(std::string_view relation_name) noexcept;

/// The Graphviz `style` of a line: "solid", "dashed" or "dotted".
std::string_view line_style(LinkBasis basis) noexcept;

/// A word for the basis in the legend ("stated"/"angivet", ...), Danish for "da", else English.
std::string_view basis_label(LinkBasis basis, std::string_view language) noexcept;

/// Words the renderer itself shows ("Legend"/"Signatur"), by key, Danish for "da", else English.
std::string_view diagram_word(std::string_view key, std::string_view language) noexcept;

} // namespace vidensgraf
