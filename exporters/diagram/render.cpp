// Lays a Diagram out with Graphviz (cgraph + gvc, in process) and writes it as SVG, PNG, PDF or
// DOT: attributes, nodes, edges, stacks, the legend, and a layout made for a page.
#include "exporters/diagram/render.hpp"

#include "exporters/diagram/legend.hpp"
#include "exporters/diagram/style.hpp"
#include "exporters/diagram/text.hpp"
#include "exporters/diagram/detail/graphviz_owners.hpp"
#include "exporters/diagram/detail/page_fit.hpp"
#include "model/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <cstdio>
#include <map>

namespace vidensgraf {

namespace {

using detail::gv_chars;

constexpr std::size_t label_width = 24; // characters per line of a node label
constexpr std::size_t label_lines = 3;  // lines of a node label
constexpr std::size_t edge_lines = 2;   // lines of an edge label
constexpr std::size_t field_chars = 40; // characters of one line in a class box
constexpr std::size_t title_chars = 60; // characters of a cluster's title
// Graphviz names a face by family and style; the SVG gets family, generic fallback and
// font-weight instead (fix_svg_fonts).
const std::string font{font_family};
const std::string bold_font = font + " Bold";

void set(void* object, const char* name, const std::string& value) {
  agset(object, gv_chars(name), gv_chars(value.c_str()));
}

void set_html(Agraph_t* g, void* object, const char* name, const std::string& html) {
  char* text = agstrdup_html(g, gv_chars(html.c_str()));
  agset(object, gv_chars(name), text);
  agstrfree(g, text);
}

// Every attribute is declared once with its default (nodes whose label was never set would
// otherwise render blank); names and defaults are constants, never data.
void declare_attributes(Agraph_t* g, const Diagram& diagram, std::string_view engine) {
  auto graph_attr = [g](const char* name, const char* value) { agattr(g, AGRAPH, gv_chars(name), gv_chars(value)); };
  auto node_attr = [g](const char* name, const char* value) { agattr(g, AGNODE, gv_chars(name), gv_chars(value)); };
  auto edge_attr = [g](const char* name, const char* value) { agattr(g, AGEDGE, gv_chars(name), gv_chars(value)); };
  graph_attr("layout", std::string(engine).c_str());
  graph_attr("rankdir", diagram.left_to_right ? "LR" : "TB");
  graph_attr("fontname", font.c_str());
  graph_attr("fontsize", "12");
  graph_attr("pad", "0.2");
  graph_attr("nodesep", "0.2");
  graph_attr("ranksep", fmt::format("{}", diagram.rank_gap).c_str());
  graph_attr("outputorder", "edgesfirst");
  graph_attr("label", "");
  graph_attr("labelloc", "t"); // the root's label is the diagram's title, above the drawing
  graph_attr("style", "");
  graph_attr("color", std::string(ink).c_str());
  graph_attr("fontcolor", "black");
  graph_attr("rank", "");
  if (engine != "dot") {
    graph_attr("overlap", "prism");
    graph_attr("start", "1"); // fixed seed: the same layout on every run
  }

  node_attr("label", "\\N");
  node_attr("shape", "box");
  node_attr("style", "filled");
  node_attr("fillcolor", "white");
  node_attr("color", std::string(ink).c_str());
  node_attr("fontcolor", "black");
  node_attr("penwidth", "1");
  node_attr("fontname", font.c_str());
  node_attr("fontsize", "10");
  node_attr("margin", "0.08,0.04");
  node_attr("tooltip", "");
  node_attr("URL", "");
  node_attr("target", "");
  edge_attr("label", "");
  edge_attr("xlabel", "");
  edge_attr("color", std::string(ink).c_str());
  edge_attr("fontcolor", std::string(ink).c_str());
  edge_attr("style", "solid");
  edge_attr("penwidth", "1");
  edge_attr("fontname", font.c_str());
  edge_attr("fontsize", "9");
  edge_attr("arrowsize", "0.7");
  edge_attr("tooltip", "");
}

// An ontology class box: the class name on a coloured header, its attributes below.
std::string class_box(const DiagramNode& node) {
  const NodeStyle& style = node_style(node.style);
  std::string html =
      fmt::format(R"(<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="4" COLOR="{}">)"
                  R"(<TR><TD BGCOLOR="{}"><FONT COLOR="{}"><B>{}</B></FONT></TD></TR>)",
                  ink, style.fill, style.font_colour, detail::html_escape(detail::shorten(node.label, field_chars)));
  if (!node.fields.empty()) {
    html += R"(<TR><TD BGCOLOR="white" ALIGN="LEFT" BALIGN="LEFT">)";
    for (const auto& field : node.fields)
      html += detail::html_escape(detail::shorten(field, field_chars)) + R"(<BR ALIGN="LEFT"/>)";
    html += "</TD></TR>";
  }
  return html + "</TABLE>";
}

void add_node(Agraph_t* root, Agraph_t* parent, const DiagramNode& node) {
  Agnode_t* n = agnode(parent, gv_chars(node.name.c_str()), 1);
  if (!n) throw InternalError("Graphviz could not create node " + node.name);
  const NodeStyle& style = node_style(node.style);
  if (!node.html_label.empty()) {
    set_html(root, n, "label", node.html_label);
    set(n, "shape", "plain");
  } else if (!node.class_box) {
    const std::size_t width = node.label_width == 0
                                  ? label_width
                                  : std::clamp(detail::longest_word(node.label), node.label_width, label_width);
    set(n, "label", detail::esc_lines(detail::wrap_lines(node.label, width, label_lines)));
    set(n, "shape", std::string(style.shape));
    set(n, "fillcolor", std::string(style.fill));
    set(n, "fontcolor", std::string(style.font_colour));
    if (node.group) set(n, "style", "filled,dashed");
  } else {
    set_html(root, n, "label", class_box(node));
    set(n, "shape", "plain");
  }
  if (node.focus) {
    set(n, "penwidth", "3");
    set(n, "fontname", bold_font);
    set(n, "fontsize", "12");
  }
  const std::string tooltip =
      detail::shorten(node.tooltip.empty() ? node.label : node.tooltip, detail::max_tooltip_chars);
  set(n, "tooltip", detail::esc_tooltip(tooltip));
  if (detail::is_safe_link(node.link)) {
    set(n, "URL", detail::esc_string(node.link));
    set(n, "target", "_top");
  }
}

// Graphviz 2.43's dot frees a reallocated list twice (gvFreeLayout after flat_edges) when edges
// between nodes of one rank carry labels, which the stacked clusters of the overview and the
// columns of a graph of kinds produce: there the labels are external (xlabel), placed after
// layout without label nodes.
void add_edge(Agraph_t* g, const DiagramEdge& edge, bool external_label, std::size_t label_width) {
  Agnode_t* tail = agnode(g, gv_chars(edge.from.c_str()), 0);
  Agnode_t* head = agnode(g, gv_chars(edge.to.c_str()), 0);
  if (!tail || !head) throw InternalError("diagram edge between unknown nodes " + edge.from + " -> " + edge.to);
  Agedge_t* e = edge.laid_out_backwards ? agedge(g, head, tail, nullptr, 1) : agedge(g, tail, head, nullptr, 1);
  if (!e) throw InternalError("Graphviz could not create edge " + edge.from + " -> " + edge.to);
  // Declared only where used, so that the DOT of every other diagram stays as it was.
  if (edge.laid_out_backwards) agsafeset(e, gv_chars("dir"), gv_chars("back"), gv_chars("forward"));
  if (!edge.label.empty())
    set(e, external_label ? "xlabel" : "label",
        detail::esc_lines(
            detail::wrap_lines(edge.label, std::max(label_width, detail::longest_word(edge.label)), edge_lines)));
  const BasisMark& mark = basis_mark(edge.basis);
  set(e, "style", std::string(mark.line_style));
  set(e, "penwidth", std::string(mark.pen_width));
  set(e, "color", std::string(mark.colour));
  const std::string tooltip =
      detail::shorten(edge.tooltip.empty() ? edge.label : edge.tooltip, detail::max_tooltip_chars);
  set(e, "tooltip", detail::esc_tooltip(tooltip));
}

// dot puts the unconnected members of a cluster side by side in one rank, so an overview of a few
// dozen organisations became 16000 pixels wide. Invisible edges from each member to the one a row
// further on stack them into rows of `per_row` (as `unflatten -c` does). fdp keeps clusters
// compact by itself, but its layout changed from run to run.
void stack_in_rows(Agraph_t* g, const std::vector<Agnode_t*>& nodes, std::size_t per_row) {
  for (std::size_t i = 0; i + per_row < nodes.size(); ++i) {
    Agedge_t* e = agedge(g, nodes[i], nodes[i + per_row], nullptr, 1);
    set(e, "style", "invis");
  }
}

std::size_t rows_of(std::size_t count, double factor) {
  return static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(count) * factor)));
}

void stack_cluster_members(Agraph_t* g, const Diagram& d) {
  std::map<std::string, std::vector<Agnode_t*>, std::less<>> members;
  for (const auto& node : d.nodes)
    if (!node.cluster.empty()) members[node.cluster].push_back(agnode(g, gv_chars(node.name.c_str()), 0));
  for (const auto& cluster : d.clusters) {
    const auto& nodes = members[cluster.key];
    stack_in_rows(g, nodes, rows_of(nodes.size(), 2.0));
  }
}

// Invisible edges from every node to the legend's first member: dot then ranks the legend after
// the whole drawing (below it, or right of it) instead of beside it, where it would cost width.
void place_after_every_node(Agraph_t* g, const Diagram& d, Agnode_t* first) {
  for (const auto& node : d.nodes) {
    Agedge_t* e = agedge(g, agnode(g, gv_chars(node.name.c_str()), 0), first, nullptr, 1);
    set(e, "style", "invis");
  }
}

void stack_nodes(Agraph_t* g, const Diagram& d) {
  for (const auto& stack : d.stacks) {
    std::vector<Agnode_t*> nodes;
    for (const auto& name : stack.nodes) {
      Agnode_t* n = agnode(g, gv_chars(name.c_str()), 0);
      if (!n) throw InternalError("diagram stack names an unknown node " + name);
      nodes.push_back(n);
    }
    stack_in_rows(g, nodes, std::max<std::size_t>(1, stack.per_row));
  }
}

Agraph_t* add_cluster(Agraph_t* g, const std::string& key, const std::string& label, std::string_view colour) {
  Agraph_t* sub = agsubg(g, gv_chars(("cluster_" + key).c_str()), 1);
  set(sub, "label", detail::esc_string(detail::shorten(label, title_chars)));
  set(sub, "style", "rounded");
  set(sub, "color", std::string(colour));
  set(sub, "fontname", font);
  return sub;
}

// The legend: a cluster titled with the diagram's title, holding a swatch node per kind (drawn as
// the kind's nodes are) and a table of the basis marks, stacked into rows.
void add_legend(Agraph_t* g, const Diagram& d) {
  Agraph_t* legend =
      add_cluster(g, std::string(legend_prefix), std::string(diagram_word("legend", d.language)), "#999999");
  set(legend, "fontname", bold_font);
  std::vector<Agnode_t*> members;
  for (const auto& swatch : legend_swatches(d)) {
    add_node(g, legend, swatch);
    members.push_back(agnode(g, gv_chars(swatch.name.c_str()), 0));
  }
  const std::string bases = basis_legend_table(d.legend_bases, d.language);
  if (!bases.empty()) {
    Agnode_t* table = agnode(legend, gv_chars((std::string(legend_prefix) + "/lines").c_str()), 1);
    set_html(g, table, "label", bases);
    set(table, "shape", "plain");
    members.push_back(table);
  }
  if (members.empty()) {
    Agnode_t* only = agnode(legend, gv_chars((std::string(legend_prefix) + "/title").c_str()), 1);
    set(only, "shape", "plain");
    set(only, "label", "");
    return;
  }
  std::size_t per_rank = rows_of(members.size(), 1.0);
  if (d.legend_ranks > 0) per_rank = std::max(per_rank, (members.size() + d.legend_ranks - 1) / d.legend_ranks);
  stack_in_rows(g, members, per_rank);
  if (d.legend_last) place_after_every_node(g, d, members.front());
}

detail::AgraphPtr build_graph(const Diagram& d, std::string_view engine) {
  detail::AgraphPtr graph = detail::open_graph("vidensgraf");
  Agraph_t* g = graph.get();
  declare_attributes(g, d, engine);
  if (d.legend_node && !d.title.empty()) {
    set(g, "label", detail::esc_string(detail::shorten(d.title, title_chars)));
    set(g, "fontname", bold_font);
  }
  std::map<std::string, Agraph_t*, std::less<>> clusters;
  for (const auto& cluster : d.clusters)
    clusters.emplace(cluster.key, add_cluster(g, cluster.key, cluster.label, ink));
  std::map<int, Agraph_t*> ranks;
  for (const auto& node : d.nodes) {
    const auto found = clusters.find(node.cluster);
    add_node(g, found == clusters.end() ? g : found->second, node);
    if (node.rank_group >= 0) {
      auto& sub = ranks[node.rank_group];
      if (!sub) {
        sub = agsubg(g, gv_chars(fmt::format("rank_{}", node.rank_group).c_str()), 1);
        set(sub, "rank", "same");
      }
      agsubnode(sub, agnode(g, gv_chars(node.name.c_str()), 0), 1);
    }
  }
  std::map<std::string, int, std::less<>> rank_of;
  for (const auto& node : d.nodes)
    if (node.rank_group >= 0) rank_of.emplace(node.name, node.rank_group);
  // An edge inside one rank group is flat: its label goes outside (see add_edge).
  const auto flat = [&](const DiagramEdge& edge) {
    const auto from = rank_of.find(edge.from);
    const auto to = rank_of.find(edge.to);
    return from != rank_of.end() && to != rank_of.end() && from->second == to->second;
  };
  for (const auto& edge : d.edges)
    add_edge(g, edge, d.clustered || flat(edge), d.edge_label_width);
  if (engine == "dot" && d.clustered) stack_cluster_members(g, d);
  if (engine == "dot") stack_nodes(g, d);
  if (d.legend_node) add_legend(g, d);
  return graph;
}

/// The C library's own buffer behind an open_memstream stream, which the caller frees.
void free_stream_buffer(char* buffer) noexcept {
  std::free(buffer); // open_memstream allocated it with malloc
}
using StreamBuffer = detail::COwner<char, free_stream_buffer>;

std::string write_dot(Agraph_t* g) {
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (!stream) throw InternalError("cannot open a memory stream for the DOT text");
  const int written = agwrite(g, stream);
  const int closed = std::fclose(stream); // sets buffer and size to the text written
  const StreamBuffer owner(buffer);
  if (written != 0 || closed != 0) throw InternalError("Graphviz could not write the DOT text");
  return {buffer ? buffer : "", size};
}

void check_size(const Diagram& d) {
  if (d.nodes.size() > max_diagram_nodes || d.edges.size() > max_diagram_edges)
    throw UsageError(fmt::format(
        "the diagram would have {} entities and {} relations, too many to read (the limit is {} entities and {} "
        "relations); draw the neighbourhood of one entity with 'vidensgraf diagram focus ENTITY', or choose kinds "
        "and relations with --kinds and --relations",
        d.nodes.size(), d.edges.size(), max_diagram_nodes, max_diagram_edges));
}

// Graphviz 2.43 writes the font name it was given as the family (font-family="DejaVu Sans Bold"):
// no generic fallback, and the weight inside a family name no browser knows (Chromium drew such
// text in a serif face). Each <text> tag's font-family is rewritten to the family, the generic
// family and a font-weight. Only the inside of <text ...> tags is touched: Graphviz writes data
// only as escaped attribute values and element content, so no data is changed.
/// The PDF with its /CreationDate set to the start of 1970 (UTC), or to $SOURCE_DATE_EPOCH when
/// set, as reproducible builds do: cairo 1.16 stamps the time of rendering, so the same diagram
/// came out as different bytes each run. Written over in place with a date of the same length,
/// so the cross-reference offsets stay right.
std::string fix_pdf_date(std::string pdf) {
  static constexpr std::string_view key = "/CreationDate (D:";
  const auto at = pdf.find(key);
  if (at == std::string::npos) return pdf;
  const auto start = at + key.size();
  const auto end = pdf.find(')', start);
  std::time_t when = 0;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch)
    when = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  std::tm utc{};
  gmtime_r(&when, &utc);
  char date[32];
  const std::size_t length = std::strftime(date, sizeof date, "%Y%m%d%H%M%SZ", &utc);
  if (end != std::string::npos && end - start == length) pdf.replace(start, length, date, length);
  return pdf;
}

std::string fix_svg_fonts(const std::string& svg) {
  const std::string plain = fmt::format(R"( font-family="{}")", font);
  const std::string bold = fmt::format(R"( font-family="{}")", bold_font);
  const std::string fixed = fmt::format(R"( font-family="{},{}")", font, generic_family);
  std::string out;
  out.reserve(svg.size() + svg.size() / 20);
  std::size_t at = 0;
  for (std::size_t tag = svg.find("<text ", at); tag != std::string::npos; tag = svg.find("<text ", at)) {
    const std::size_t end = svg.find('>', tag);
    if (end == std::string::npos) break;
    out.append(svg, at, tag - at);
    std::string head = svg.substr(tag, end - tag);
    if (const auto b = head.find(bold); b != std::string::npos) {
      const bool weighted = head.find(" font-weight=") != std::string::npos;
      head.replace(b, bold.size(), fixed + (weighted ? "" : R"( font-weight="bold")"));
    } else if (const auto p = head.find(plain); p != std::string::npos) {
      head.replace(p, plain.size(), fixed);
    }
    out += head;
    at = end;
  }
  out.append(svg, at, std::string::npos);
  return out;
}

/// The drawing's size in pt after gvLayout: its bounding box ("bb", set by gvLayout) and the pad
/// around it on each side.
std::optional<std::pair<double, double>> laid_out_size(Agraph_t* g) {
  const char* bb = agget(g, gv_chars("bb"));
  if (!bb) return std::nullopt;
  std::string box(bb);
  std::replace(box.begin(), box.end(), ',', ' '); // gvLayout separates the numbers by spaces, DOT by commas
  double llx = 0, lly = 0, urx = 0, ury = 0;
  if (std::sscanf(box.c_str(), "%lf %lf %lf %lf", &llx, &lly, &urx, &ury) != 4) return std::nullopt;
  const double pad = 2 * std::atof(agget(g, gv_chars("pad"))) * 72.0;
  return std::pair{urx - llx + pad, ury - lly + pad};
}

void lay_out(GVC_t* context, Agraph_t* g, std::string_view engine) {
  if (gvLayout(context, g, std::string(engine).c_str()) != 0)
    throw InternalError(fmt::format("Graphviz could not lay out the diagram with {}", engine));
}

/// Lays the graph out so that, scaled to the page's width (never enlarged), it is no taller than
/// the page: a drawing taller than that is laid out again with Graphviz's `ratio`, which spreads
/// the nodes apart sideways (the text keeps its size) until the shape is the page's. A drawing
/// narrower than the page is not scaled, so only its height counts; it is left as it is when the
/// stretch could not help.
void lay_out_for_page(GVC_t* context, Agraph_t* g, std::string_view engine) {
  lay_out(context, g, engine);
  // The shape asked of Graphviz, corrected from what it gave: its ratio applies to the layout
  // before the title, the pad and the rounding, so the first try may fall a little short.
  double ratio = 0;
  for (int attempt = 0; attempt < 3; ++attempt) {
    const auto size = laid_out_size(g);
    if (!size) return;
    const auto [width, height] = *size;
    if (height * std::min(1.0, page_width_pt / width) <= page_height_pt) return;
    // The width at which the height fits, at the page's shape less 2%.
    const double wanted = std::max(width, height * page_width_pt / page_height_pt / 0.98);
    if (wanted <= width * 1.001) return; // narrower than the page: no stretch makes it shorter
    ratio = (ratio == 0 ? height / width : ratio) * width / wanted;
    gvFreeLayout(context, g);
    agsafeset(g, gv_chars("ratio"), gv_chars(fmt::format("{:.4f}", ratio).c_str()), gv_chars(""));
    lay_out(context, g, engine);
  }
}

} // namespace

std::optional<DiagramFormat> parse_diagram_format(std::string_view name) noexcept {
  for (const auto& f : diagram_formats)
    if (f.name == name) return f.format;
  return std::nullopt;
}

std::string_view layout_engine_for(std::size_t nodes, std::size_t edges) noexcept {
  if (nodes > max_dot_layout_nodes || edges > max_dot_layout_edges) return "sfdp";
  return "dot";
}

PageFit fit_on_page(const Diagram& diagram) {
  check_size(diagram);
  const std::string_view engine = layout_engine_for(diagram.nodes.size(), diagram.edges.size());
  const std::lock_guard lock(detail::graphviz_mutex());
  GVC_t* const context = detail::graphviz_context();
  const detail::AgraphPtr graph = build_graph(diagram, engine);
  lay_out_for_page(context, graph.get(), engine);
  const detail::GvLayout layout(context, graph.get());
  return detail::measure_on_page(graph.get());
}

std::string render_diagram(const Diagram& diagram, DiagramFormat format) {
  check_size(diagram);
  const std::string_view engine = layout_engine_for(diagram.nodes.size(), diagram.edges.size());
  const std::lock_guard lock(detail::graphviz_mutex());
  GVC_t* const context = detail::graphviz_context();
  const detail::AgraphPtr graph = build_graph(diagram, engine);
  if (format == DiagramFormat::dot) return write_dot(graph.get());
  lay_out_for_page(context, graph.get(), engine);
  const detail::GvLayout layout(context, graph.get());
  const std::string name(info(format).name); // Graphviz's renderer of the same name
  char* data = nullptr;
  unsigned int length = 0;
  const int failed = gvRenderData(context, graph.get(), name.c_str(), &data, &length);
  const detail::GvRenderData owned(data);
  if (failed != 0 || !owned) throw InternalError(fmt::format("Graphviz could not render the diagram as {}", name));
  std::string out(owned.get(), length);
  if (format == DiagramFormat::pdf) return fix_pdf_date(std::move(out));
  return format == DiagramFormat::svg ? fix_svg_fonts(out) : out;
}

} // namespace vidensgraf
