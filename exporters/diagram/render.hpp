// Laying out and writing a diagram through Graphviz (cgraph + gvc, in process): SVG, PNG, PDF,
// or the DOT text before layout for people who post-process it.
#pragma once

#include "exporters/diagram/diagram.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vidensgraf {

/// The output formats of a diagram.
enum class DiagramFormat : std::uint8_t { svg, png, pdf, dot };

/// Facts about one diagram format: the one table of their names, extensions and media types.
struct DiagramFormatInfo {
  DiagramFormat format;
  std::string_view name;       ///< the --format name, also Graphviz's renderer name
  std::string_view extension;  ///< file extension without dot
  std::string_view media_type; ///< IANA media type
};

/// Every format, in the order the CLI lists them.
inline constexpr std::array<DiagramFormatInfo, 4> diagram_formats{{
    {DiagramFormat::svg, "svg", "svg", "image/svg+xml"},
    {DiagramFormat::png, "png", "png", "image/png"},
    {DiagramFormat::pdf, "pdf", "pdf", "application/pdf"},
    {DiagramFormat::dot, "dot", "dot", "text/vnd.graphviz"},
}};

/// Facts about a format.
constexpr const DiagramFormatInfo& info(DiagramFormat format) {
  return diagram_formats[static_cast<std::size_t>(format)];
}

/// The format with this name ("svg", "png", "pdf", "dot"); nothing for any other.
std::optional<DiagramFormat> parse_diagram_format(std::string_view name) noexcept;

/// Above this many nodes a diagram cannot be read and is refused (render_diagram throws).
inline constexpr std::size_t max_diagram_nodes = 1500;
/// Above this many edges a diagram is refused as well.
inline constexpr std::size_t max_diagram_edges = 6000;
/// Up to this many nodes (and max_dot_layout_edges edges) the hierarchical `dot` layout is used;
/// above, `sfdp` with overlap removal.
inline constexpr std::size_t max_dot_layout_nodes = 300;
/// Up to this many edges `dot` is used (it took 4.5 s for 284 nodes and 1637 edges).
inline constexpr std::size_t max_dot_layout_edges = 1200;

/// The Graphviz layout engine a diagram of this size is drawn with: "dot" or "sfdp".
std::string_view layout_engine_for(std::size_t nodes, std::size_t edges) noexcept;

/// The page a diagram is made for: the text block of an A4 page, 17 cm wide and 25 cm tall (in pt),
/// and the smallest text readable on it. A drawing is scaled to the page's width, never enlarged.
inline constexpr double page_width_pt = 17.0 / 2.54 * 72.0;
inline constexpr double page_height_pt = 25.0 / 2.54 * 72.0;
inline constexpr double smallest_page_text_pt = 6.0;

/// How a diagram, laid out as render_diagram lays it out, fits the page.
struct PageFit {
  double width_pt = 0;                                            ///< the drawing's size as laid out, with its pad
  double height_pt = 0;                                           ///<
  double pad_pt = 0;                                              ///< of that, the pad around the drawing (both sides)
  double scale = 1;                                               ///< to the page's width, at most 1
  double smallest_text_pt = 0;                                    ///< the smallest text's size, scaled
  std::vector<std::pair<std::string, std::string>> overlapping;   ///< two texts whose boxes overlap
  std::vector<std::pair<std::string, std::string>> on_other_node; ///< a text and the node it lies on, not its own
  /// Text at least smallest_page_text_pt, at most the page's height, no text over another or on a
  /// node it does not belong to.
  bool fits() const;
};

/// Lays the diagram out as render_diagram does and measures it against the page (a view that
/// collapses more when it does not fit). Throws as render_diagram does.
PageFit fit_on_page(const Diagram& diagram);

/// Lays out the diagram (dot or sfdp: layout_engine_for) and returns the file's bytes; for `dot` the graph
/// description without layout. Every text is shortened and escaped for its Graphviz context.
/// Throws UsageError when the diagram is too large to read (the message suggests `focus` or a
/// filter), InternalError when Graphviz fails. Safe to call from several threads (one lock).
std::string render_diagram(const Diagram& diagram, DiagramFormat format);

} // namespace vidensgraf
