// How a laid-out drawing fits the page: read from the positions and sizes Graphviz keeps in its
// layout (types.h). The same rules as the test's SVG checker (tests/exporters/diagram/
// svg_geometry.py), on Graphviz's own numbers before any SVG is written, so that a view can
// collapse more and lay out again when a rule fails.
#include "exporters/diagram/detail/page_fit.hpp"

#include "exporters/diagram/detail/graphviz_owners.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>

namespace vidensgraf {

namespace detail {

namespace {

// Every line of text is a box from its baseline: the font's ascent above and descent below (in em,
// DejaVu Sans), as wide as Graphviz measured the line.
constexpr double ascent = 0.76;
constexpr double descent = 0.24;
constexpr double slack = 0.5; // pt two boxes may touch by (rounding of the coordinates)
constexpr double points_per_inch = 72.0;

struct Box {
  double x0, y0, x1, y1;
};

bool overlap(const Box& a, const Box& b) {
  return std::min(a.x1, b.x1) - std::max(a.x0, b.x0) > slack && std::min(a.y1, b.y1) - std::max(a.y0, b.y0) > slack;
}

struct TextLine {
  Box box;
  std::string text;
  const Agnode_t* owner; ///< the node whose label it is; none for edge labels, titles
  int label;             ///< which label it is a line of (lines of one label are not compared)
};

struct NodeShape {
  Box box;
  bool ellipse;
  std::string name;
  const Agnode_t* node;
};

// The lines of a plain text label as Graphviz draws them (emit_label in lib/common/labels.c):
// the first baseline a font size below the top of the label, each further one a line lower.
// HTML-like labels (the legend's table of lines) are measured as their node's box instead.
void add_lines(const textlabel_t* label, const Agnode_t* owner, int index, std::vector<TextLine>& out) {
  if (!label || !label->set || label->html || !label->text || !*label->text) return;
  double baseline = label->pos.y + label->dimen.y / 2.0 - label->fontsize;
  for (short i = 0; i < label->u.txt.nspans; ++i) {
    const textspan_t& span = label->u.txt.span[i];
    double x = label->pos.x - span.size.x / 2.0;
    if (span.just == 'l') x = label->pos.x - label->space.x / 2.0;
    if (span.just == 'r') x = label->pos.x + label->space.x / 2.0 - span.size.x;
    out.push_back({{x, baseline - descent * label->fontsize, x + span.size.x, baseline + ascent * label->fontsize},
                   span.str ? span.str : "",
                   owner,
                   index});
    baseline -= span.size.y;
  }
}

void add_cluster_titles(Agraph_t* g, int& index, std::vector<TextLine>& out) {
  for (int i = 1; i <= GD_n_cluster(g); ++i) {
    Agraph_t* cluster = GD_clust(g)[i];
    add_lines(GD_label(cluster), nullptr, index++, out);
    add_cluster_titles(cluster, index, out);
  }
}

// The smallest font of a drawn text: a label's size (the legend's table is set in its node's).
void smallest_font(const textlabel_t* label, double& smallest) {
  if (label && label->set && label->text && *label->text) smallest = std::min(smallest, label->fontsize);
}

// The same for an HTML-like label, whose text Graphviz keeps elsewhere: its node's font size, which
// its texts are set in unless a FONT says otherwise (the matrix's only grows them).
void smallest_html_font(const textlabel_t* label, double& smallest) {
  if (label && label->html) smallest = std::min(smallest, label->fontsize);
}

bool on_shape(const Box& text, const NodeShape& shape) {
  if (!overlap(text, shape.box)) return false;
  if (!shape.ellipse) return true;
  // The point of the (slack-shrunk) text box nearest the centre lies inside the ellipse.
  const double cx = (shape.box.x0 + shape.box.x1) / 2, cy = (shape.box.y0 + shape.box.y1) / 2;
  const double rx = (shape.box.x1 - shape.box.x0) / 2, ry = (shape.box.y1 - shape.box.y0) / 2;
  const double px = std::clamp(cx, text.x0 + slack, text.x1 - slack);
  const double py = std::clamp(cy, text.y0 + slack, text.y1 - slack);
  return ((px - cx) / rx) * ((px - cx) / rx) + ((py - cy) / ry) * ((py - cy) / ry) < 1;
}

} // namespace

PageFit measure_on_page(Agraph_t* laid_out) {
  Agraph_t* const g = laid_out;
  PageFit fit;
  const boxf bb = GD_bb(g);
  const double pad = 2 * std::atof(agget(g, gv_chars("pad"))) * points_per_inch;
  // The SVG states its size in whole points, rounded up.
  fit.pad_pt = pad;
  fit.width_pt = std::ceil(bb.UR.x - bb.LL.x + pad);
  fit.height_pt = std::ceil(bb.UR.y - bb.LL.y + pad);
  fit.scale = std::min(1.0, page_width_pt / fit.width_pt);

  std::vector<TextLine> lines;
  std::vector<NodeShape> shapes;
  double smallest = 1e9, smallest_html = 1e9;
  int index = 0;
  add_lines(GD_label(g), nullptr, index++, lines);
  smallest_font(GD_label(g), smallest);
  add_cluster_titles(g, index, lines);
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n)) {
    add_lines(ND_label(n), n, index++, lines);
    smallest_font(ND_label(n), smallest);
    smallest_html_font(ND_label(n), smallest_html);
    const std::string_view shape = ND_shape(n) && ND_shape(n)->name ? ND_shape(n)->name : "";
    // A folder's and a tab's tab stands 4 pt above the node's box, a component's studs 4 pt beside it.
    const double tab = shape == "folder" || shape == "tab" || shape == "component" ? 4.0 : 0.0;
    const double w = ND_width(n) * points_per_inch / 2 + tab, h = ND_height(n) * points_per_inch / 2 + tab;
    const pointf c = ND_coord(n);
    if (shape != "plain" || ND_label(n)->html)
      shapes.push_back({{c.x - w, c.y - h, c.x + w, c.y + h}, shape == "ellipse", agnameof(n), n});
    for (Agedge_t* e = agfstout(g, n); e; e = agnxtout(g, e))
      for (const textlabel_t* label : {ED_label(e), ED_xlabel(e), ED_head_label(e), ED_tail_label(e)}) {
        add_lines(label, nullptr, index++, lines);
        smallest_font(label, smallest);
      }
  }
  // A drawing of HTML-like labels only (the matrix) is measured by them; any other by its plain
  // labels, as before the matrix was measured.
  if (smallest == 1e9) smallest = smallest_html;
  fit.smallest_text_pt = (smallest == 1e9 ? 0 : smallest) * fit.scale;
  for (std::size_t i = 0; i < lines.size(); ++i)
    for (std::size_t j = i + 1; j < lines.size(); ++j)
      if (lines[i].label != lines[j].label && overlap(lines[i].box, lines[j].box))
        fit.overlapping.emplace_back(lines[i].text, lines[j].text);
  for (const auto& line : lines)
    for (const auto& shape : shapes)
      if (shape.node != line.owner && on_shape(line.box, shape)) {
        fit.on_other_node.emplace_back(line.text, shape.name);
        break;
      }
  return fit;
}

} // namespace detail

bool PageFit::fits() const {
  return smallest_text_pt >= smallest_page_text_pt && height_pt * scale <= page_height_pt && overlapping.empty() &&
         on_other_node.empty();
}

} // namespace vidensgraf
