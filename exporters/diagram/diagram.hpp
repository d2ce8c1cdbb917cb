// A diagram before layout: nodes, edges, clusters and legend entries in the order they are
// drawn. The views (views.hpp) build one from a model; render.hpp lays it out
// and writes it. Plain model types only: Graphviz stays inside the renderer.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vidensgraf {

/// How a link is founded, which decides its line style.
enum class LinkBasis : std::uint8_t {
  stated,   ///< a sentence of a source says it: solid line
  curated,  ///< an editor derived it: dashed line
  indirect, ///< follows from a path of other relations: dotted line
};

/// A box in the diagram: one entity, or one class of the ontology.
struct DiagramNode {
  std::string name;                ///< unique node name, e.g. "project/kol" (also the DOT node id)
  std::string style;               ///< style key: the kind's local name ("Project"); unknown keys get a fallback
  std::string label;               ///< full label text; the renderer wraps and shortens it
  std::string tooltip;             ///< full text shown on hover (SVG); shortened to a cap
  std::string link;                ///< IRI the node links to (SVG); only http(s) and relative links are kept
  std::string page;                ///< segment/id of the entity whose page it stands for (a group: its hub)
  std::vector<std::string> fields; ///< extra lines in a class box (the ontology view's attributes)
  std::string cluster;             ///< key of the cluster it is drawn in, empty for none
  bool class_box = false;          ///< drawn as a class box (name over fields) instead of a plain shape
  bool focus = false;              ///< drawn highlighted (the focus of a focus view)
  bool group = false;          ///< stands for several entities (a hub's collapsed neighbours, a kind): dashed border
  int rank_group = -1;         ///< nodes with the same group >= 0 are placed in one column (or row)
  std::string html_label;      ///< a whole HTML-like label built (and escaped) by the view, drawn as it is
  std::size_t label_width = 0; ///< characters per line of its label (a longer word stays whole); 0: the usual 24
};

/// An arrow from one node to another.
struct DiagramEdge {
  std::string from;     ///< DiagramNode::name of the tail
  std::string to;       ///< DiagramNode::name of the head
  std::string relation; ///< style key: the relation's local name ("partner")
  std::string label;    ///< text on the edge (the relation's label in the diagram's language)
  std::string tooltip;  ///< full text on hover (SVG), e.g. the path behind an indirect link
  LinkBasis basis = LinkBasis::stated;
  /// Laid out from head to tail, the arrow still pointing at `to`: the tail's node is ranked after
  /// the head's (the challenges view's second column of projects, right of the areas).
  bool laid_out_backwards = false;
};

/// A group of nodes drawn in one box (the overview's clusters by kind).
struct DiagramCluster {
  std::string key;   ///< DiagramNode::cluster of its members; ASCII letters and digits
  std::string label; ///< title of the box
  std::string style; ///< style key (a kind's local name) for its colour
};

/// Nodes stacked into rows (top to bottom) or columns (left to right) of `per_row`, in order,
/// so that many nodes of one rank do not make the drawing one long line.
struct NodeStack {
  std::vector<std::string> nodes; ///< DiagramNode::name of each, in order
  std::size_t per_row = 1;        ///< nodes side by side in one row
};

/// One kind in the legend.
struct LegendEntry {
  std::string style; ///< style key: the kind's name
  std::string label; ///< text in the diagram's language
};

/// A whole diagram, ready to lay out.
struct Diagram {
  std::string title;          ///< the legend's heading
  bool left_to_right = false; ///< rank direction: left to right instead of top to bottom
  bool clustered = false;     ///< the clusters' members are stacked into rows (dot would draw each as one long rank)
  std::vector<DiagramCluster> clusters;
  std::vector<DiagramNode> nodes;
  std::vector<DiagramEdge> edges;
  std::vector<NodeStack> stacks;         ///< groups of nodes stacked into rows
  std::vector<LegendEntry> legend_kinds; ///< node kinds present, in ontology order
  std::vector<LinkBasis> legend_bases;   ///< line styles present
  std::string language;                  ///< language of the texts ("da", "en"), for the legend's own words
  bool legend_node = true;               ///< draw the legend (false when a node carries its own)
  bool legend_last = false;              ///< the legend after every node: below (or right of) the drawing
  /// Ranks (rows, or columns left to right) the legend may take at most, 0 for any: ranks are the
  /// drawing's, so a legend of more ranks than the drawing has widens it.
  std::size_t legend_ranks = 0;
  std::size_t edge_label_width = 18; ///< characters per line of an edge label (two lines at most)
  double rank_gap = 0.45;            ///< inches between ranks (Graphviz ranksep), labels between them
};

} // namespace vidensgraf
