#include "exporters/diagram_render.hpp"

#include "exporters/diagram_style.hpp"
#include "exporters/diagram_text.hpp"
#include "exporters/graphviz_handles.hpp"
#include "model/error.hpp"

#include <fmt/format.h>

#include <cmath>
#include <cstdio>
#include <map>

namespace vidensgraf {

namespace {

using detail::gv_chars;

constexpr std::size_t label_width = 24;  // characters per line of a node label
constexpr std::size_t label_lines = 3;   // lines of a node label
constexpr std::size_t edge_width = 22;   // characters per line of an edge label
constexpr std::size_t edge_lines = 2;    // lines of an edge label
constexpr std::size_t field_chars = 40;  // characters of one line in a class box
constexpr std::size_t legend_chars = 60; // characters of one legend line
constexpr const char* font = "DejaVu Sans";
constexpr const char* bold_font = "DejaVu Sans Bold";

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
  graph_attr("fontname", font);
  graph_attr("fontsize", "11");
  graph_attr("pad", "0.2");
  graph_attr("nodesep", "0.3");
  graph_attr("ranksep", "0.6");
  graph_attr("outputorder", "edgesfirst");
  graph_attr("label", "");
  graph_attr("style", "");
  graph_attr("color", "black");
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
  node_attr("color", "black");
  node_attr("penwidth", "1");
  node_attr("fontname", font);
  node_attr("fontsize", "10");
  node_attr("margin", "0.08,0.04");
  node_attr("tooltip", "");
  node_attr("URL", "");
  node_attr("target", "");
  edge_attr("label", "");
  edge_attr("xlabel", "");
  edge_attr("color", "black");
  edge_attr("fontcolor", "black");
  edge_attr("style", "solid");
  edge_attr("penwidth", "1");
  edge_attr("fontname", font);
  edge_attr("fontsize", "8");
  edge_attr("arrowsize", "0.7");
  edge_attr("tooltip", "");
}

// An ontology class box: the class name on a coloured header, its attributes below.
std::string class_box(const DiagramNode& node) {
  const NodeStyle& style = node_style(node.style);
  std::string html =
      fmt::format(R"(<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="4" COLOR="{}">)"
                  R"(<TR><TD BGCOLOR="{}"><B>{}</B></TD></TR>)",
                  style.border, style.fill, detail::html_escape(detail::shorten(node.label, field_chars)));
  if (!node.fields.empty()) {
    html += R"(<TR><TD BGCOLOR="white" ALIGN="LEFT" BALIGN="LEFT">)";
    for (const auto& field : node.fields)
      html += detail::html_escape(detail::shorten(field, field_chars)) + R"(<BR ALIGN="LEFT"/>)";
    html += "</TD></TR>";
  }
  return html + "</TABLE>";
}

std::string_view line_sample(LinkBasis basis) noexcept {
  switch (basis) {
  case LinkBasis::stated:
    return "\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94"; // three em dashes
  case LinkBasis::curated:
    return "- - - -";
  case LinkBasis::indirect:
    return "\xC2\xB7 \xC2\xB7 \xC2\xB7 \xC2\xB7"; // middle dots
  }
  return "";
}

// The legend: one HTML-like table (so it stays together in every layout engine) with the kinds,
// relation kinds and line styles present in the diagram.
std::string legend_table(const Diagram& d) {
  const auto text = [](std::string_view s) { return detail::html_escape(detail::shorten(s, legend_chars)); };
  std::string html =
      R"(<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="1" CELLPADDING="2" COLOR="#999999" BGCOLOR="white">)";
  html += fmt::format(R"(<TR><TD COLSPAN="2"><B>{}</B></TD></TR>)",
                      text(d.title.empty() ? diagram_word("legend", d.language) : std::string_view{d.title}));
  if (!d.legend_kinds.empty())
    html +=
        fmt::format(R"(<TR><TD COLSPAN="2" ALIGN="LEFT"><I>{}</I></TD></TR>)", text(diagram_word("kinds", d.language)));
  for (const auto& entry : d.legend_kinds) {
    const NodeStyle& style = node_style(entry.style);
    html += fmt::format(
        R"(<TR><TD BORDER="1" COLOR="{}" BGCOLOR="{}" WIDTH="30" HEIGHT="14"></TD><TD ALIGN="LEFT">{}</TD></TR>)",
        style.border, style.fill, text(entry.label));
  }
  if (!d.legend_relations.empty())
    html += fmt::format(R"(<TR><TD COLSPAN="2" ALIGN="LEFT"><I>{}</I></TD></TR>)",
                        text(diagram_word("relations", d.language)));
  for (const auto& entry : d.legend_relations)
    html += fmt::format(R"(<TR><TD><FONT COLOR="{}">{}</FONT></TD><TD ALIGN="LEFT">{}</TD></TR>)",
                        edge_colour(entry.style), line_sample(LinkBasis::stated), text(entry.label));
  if (!d.legend_bases.empty())
    html +=
        fmt::format(R"(<TR><TD COLSPAN="2" ALIGN="LEFT"><I>{}</I></TD></TR>)", text(diagram_word("lines", d.language)));
  for (const auto basis : d.legend_bases)
    html += fmt::format(R"(<TR><TD>{}</TD><TD ALIGN="LEFT">{}</TD></TR>)", text(line_sample(basis)),
                        text(basis_label(basis, d.language)));
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
    set(n, "label", detail::esc_lines(detail::wrap_lines(node.label, label_width, label_lines)));
    set(n, "shape", std::string(style.shape));
    set(n, "fillcolor", std::string(style.fill));
    set(n, "color", std::string(style.border));
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
// between nodes of one rank carry labels, which the stacked clusters of the overview produce:
// there the labels are external (xlabel), placed after layout without label nodes.
void add_edge(Agraph_t* g, const DiagramEdge& edge, bool external_label) {
  Agnode_t* tail = agnode(g, gv_chars(edge.from.c_str()), 0);
  Agnode_t* head = agnode(g, gv_chars(edge.to.c_str()), 0);
  if (!tail || !head) throw InternalError("diagram edge between unknown nodes " + edge.from + " -> " + edge.to);
  Agedge_t* e = agedge(g, tail, head, nullptr, 1);
  if (!e) throw InternalError("Graphviz could not create edge " + edge.from + " -> " + edge.to);
  const std::string colour{edge_colour(edge.relation)};
  set(e, external_label ? "xlabel" : "label",
      detail::esc_lines(detail::wrap_lines(edge.label, edge_width, edge_lines)));
  set(e, "color", colour);
  set(e, "fontcolor", colour);
  set(e, "style", std::string(line_style(edge.basis)));
  if (edge.basis == LinkBasis::stated) set(e, "penwidth", "1.4");
  const std::string tooltip =
      detail::shorten(edge.tooltip.empty() ? edge.label : edge.tooltip, detail::max_tooltip_chars);
  set(e, "tooltip", detail::esc_tooltip(tooltip));
}

// dot puts the unconnected members of a cluster side by side in one rank, so an overview of a few
// dozen organisations became 16000 pixels wide. Invisible edges from each member to the one a row
// further on stack them into rows of about the square root of their number (as `unflatten -c`
// does). fdp keeps clusters compact by itself, but its layout changed from run to run.
void stack_cluster_members(Agraph_t* g, const Diagram& d) {
  std::map<std::string, std::vector<Agnode_t*>, std::less<>> members;
  for (const auto& node : d.nodes)
    if (!node.cluster.empty()) members[node.cluster].push_back(agnode(g, gv_chars(node.name.c_str()), 0));
  for (const auto& cluster : d.clusters) {
    const auto& nodes = members[cluster.key];
    const auto per_row = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodes.size()) * 2.0)));
    for (std::size_t i = 0; i + per_row < nodes.size(); ++i) {
      Agedge_t* e = agedge(g, nodes[i], nodes[i + per_row], nullptr, 1);
      set(e, "style", "invis");
    }
  }
}

detail::AgraphPtr build_graph(const Diagram& d, std::string_view engine) {
  detail::AgraphPtr graph = detail::open_graph("vidensgraf");
  Agraph_t* g = graph.get();
  declare_attributes(g, d, engine);
  std::map<std::string, Agraph_t*, std::less<>> clusters;
  for (const auto& cluster : d.clusters) {
    Agraph_t* sub = agsubg(g, gv_chars(("cluster_" + cluster.key).c_str()), 1);
    const NodeStyle& style = node_style(cluster.style);
    set(sub, "label", detail::esc_string(detail::shorten(cluster.label, legend_chars)));
    set(sub, "style", "rounded");
    set(sub, "color", std::string(style.border));
    set(sub, "fontcolor", std::string(style.border));
    clusters.emplace(cluster.key, sub);
  }
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
  for (const auto& edge : d.edges)
    add_edge(g, edge, d.clustered);
  if (engine == "dot" && d.clustered) stack_cluster_members(g, d);
  if (d.legend_node) {
    Agnode_t* legend = agnode(g, gv_chars("legend"), 1);
    set_html(g, legend, "label", legend_table(d));
    set(legend, "shape", "plain");
  }
  return graph;
}

std::string write_dot(Agraph_t* g) {
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (!stream) throw InternalError("cannot open a memory stream for the DOT text");
  const int status = agwrite(g, stream);
  std::fclose(stream);
  std::string out(buffer ? buffer : "", size);
  std::free(buffer);
  if (status != 0) throw InternalError("Graphviz could not write the DOT text");
  return out;
}

void check_size(const Diagram& d) {
  if (d.nodes.size() > max_diagram_nodes || d.edges.size() > max_diagram_edges)
    throw UsageError(fmt::format(
        "the diagram would have {} entities and {} relations, too many to read (the limit is {} entities and {} "
        "relations); draw the neighbourhood of one entity with 'vidensgraf diagram focus ENTITY', or choose kinds "
        "and relations with --kinds and --relations",
        d.nodes.size(), d.edges.size(), max_diagram_nodes, max_diagram_edges));
}

// Frees a layout when it goes out of scope (before its graph and context are freed).
struct LayoutGuard {
  GVC_t* gvc;
  Agraph_t* g;
  ~LayoutGuard() { gvFreeLayout(gvc, g); }
};

} // namespace

std::optional<DiagramFormat> parse_diagram_format(std::string_view name) noexcept {
  if (name == "svg") return DiagramFormat::svg;
  if (name == "png") return DiagramFormat::png;
  if (name == "pdf") return DiagramFormat::pdf;
  if (name == "dot") return DiagramFormat::dot;
  return std::nullopt;
}

std::string_view layout_engine_for(std::size_t nodes, std::size_t edges) noexcept {
  if (nodes > max_dot_layout_nodes || edges > max_dot_layout_edges) return "sfdp";
  return "dot";
}

std::string render_diagram(const Diagram& diagram, DiagramFormat format) {
  check_size(diagram);
  const std::string_view engine = layout_engine_for(diagram.nodes.size(), diagram.edges.size());
  const std::lock_guard lock(detail::graphviz_mutex());
  GVC_t* const context = detail::graphviz_context();
  const detail::AgraphPtr graph = build_graph(diagram, engine);
  if (format == DiagramFormat::dot) return write_dot(graph.get());
  if (gvLayout(context, graph.get(), std::string(engine).c_str()) != 0)
    throw InternalError(fmt::format("Graphviz could not lay out the diagram with {}", engine));
  const LayoutGuard guard{context, graph.get()};
  const char* name = format == DiagramFormat::svg ? "svg" : format == DiagramFormat::png ? "png" : "pdf";
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(context, graph.get(), name, &data, &length) != 0 || !data)
    throw InternalError(fmt::format("Graphviz could not render the diagram as {}", name));
  std::string out(data, length);
  gvFreeRenderData(data);
  return out;
}

} // namespace vidensgraf
