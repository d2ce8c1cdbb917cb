// The legend of a diagram: a swatch per kind drawn as the kind's nodes are (shape and colour),
// and the basis marks. The basis part is one HTML-like table that every view showing stated,
// curated and indirect links shares (the challenges view, and any table of projects and areas).
#pragma once

#include "exporters/diagram/diagram.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace vidensgraf {

/// The name of the legend's cluster key and the prefix of every legend node's name ("legend/…").
inline constexpr std::string_view legend_prefix = "legend";

/// The swatch nodes of the legend: one per entry of diagram.legend_kinds, styled as the kind,
/// labelled with its name in the diagram's language, named "legend/kind/NAME".
std::vector<DiagramNode> legend_swatches(const Diagram& diagram);

/// An HTML-like table (Graphviz) with a row per basis: a sample of its mark and its words in the
/// language. With `symbols` the sample is the basis's symbol (for a table's cells), else a line
/// of the basis's style and colour. Empty for no bases.
std::string basis_legend_table(const std::vector<LinkBasis>& bases, std::string_view language, bool symbols = false);

} // namespace vidensgraf
