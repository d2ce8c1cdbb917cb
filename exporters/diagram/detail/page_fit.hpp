// Measuring a laid-out Graphviz graph against the page it is made for (render.hpp's PageFit):
// its size, its smallest text, and the boxes of its texts, read from the layout Graphviz keeps.
// Private to the library: Graphviz never appears in a public header.
#pragma once

#include "exporters/diagram/render.hpp"

#include <graphviz/cgraph.h>

namespace vidensgraf::detail {

/// How a graph, laid out by gvLayout (and not yet freed), fits the page: its size with the pad,
/// its smallest text scaled to the page's width, and the texts that overlap each other or lie on
/// a node they do not belong to (each text line a box as wide as Graphviz measured it).
PageFit measure_on_page(Agraph_t* laid_out);

} // namespace vidensgraf::detail
