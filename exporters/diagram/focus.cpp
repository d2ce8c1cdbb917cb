// The focus view: the entities a few steps from one entity, collapsed and laid out until the
// drawing fits a page.
#include "exporters/diagram/views.hpp"

#include "exporters/diagram/render.hpp"
#include "exporters/diagram/style.hpp"
#include "exporters/diagram/view_support.hpp"
#include "model/error.hpp"
#include "model/query/entity_resolver.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <limits>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace vidensgraf {

using detail::ViewFilter;

namespace {

// Neighbours drawn around one entity: each hangs on a labelled edge, and dot sets the labels of
// one entity's edges side by side, so seventeen of them made a drawing 1035 pt wide (4.2 pt text
// at 17 cm); nine stay within a page's width at 6 pt. A drawing that still does not fit the page
// collapses more (focus_diagram).
constexpr std::size_t max_fan = 9;
// Past one step, a focus of more boxes than this is drawn with a column per ring instead of rows:
// on the bundled dataset's entities rows gave the larger text up to six boxes, columns from seven
// (a project's second ring: 4.0 pt in rows, 6.6 pt in columns).
constexpr std::size_t max_boxes_in_rows = 6;

// How the breadth-first search reached each entity: its distance and the edge from its parent.
struct Reach {
  int distance = -1;
  Vertex parent = 0;
  Edge edge{};
  bool forward = true; ///< the edge goes from the parent to the entity
};

// How the search reached each entity, and the entities it reached: the focus, then the others in
// the order found (what the rest reads, so that a focus costs what it reaches, not the model).
struct Search {
  std::vector<Reach> reach;
  std::vector<Vertex> reached;
};

// The search from the focus, through the relations and kinds the filter allows and around the
// entities already collapsed into a group (`hidden`).
Search reach_from(const Model& model, Vertex focus, const ViewFilter& filter, int depth,
                  const std::vector<bool>& hidden) {
  const Graph& g = model.graph();
  Search search{std::vector<Reach>(model.entity_count()), {focus}};
  std::vector<Reach>& reach = search.reach;
  reach[focus].distance = 0;
  // Breadth-first in both directions; `reached` is the queue.
  auto visit = [&](Vertex from, Vertex to, Edge e, bool forward) {
    if (reach[to].distance >= 0 || hidden[to] || !filter.allows(model.relation(e)) ||
        !filter.allows(model.entity(to).kind))
      return;
    reach[to] = {reach[from].distance + 1, from, e, forward};
    search.reached.push_back(to);
  };
  // NOLINTNEXTLINE(modernize-loop-convert): visit appends to `reached` while it is read
  for (std::size_t head = 0; head < search.reached.size(); ++head) {
    const Vertex v = search.reached[head];
    if (reach[v].distance >= depth) continue;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
      visit(v, boost::target(e, g), e, true);
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
      visit(v, boost::source(e, g), e, false);
  }
  return search;
}

// Which entities the search went on from: the parents of the shown ones; the others are leaves.
std::vector<bool> with_children(const std::vector<Vertex>& shown, const std::vector<Reach>& reach) {
  std::vector<bool> out(reach.size(), false);
  for (Vertex v : shown)
    if (reach[v].distance > 0) out[reach[v].parent] = true;
  return out;
}

// Which neighbours of one hub may be drawn as one node: always those reached from the same
// parent, in the same direction and basis (one edge, one line style, one arrow says it for all);
// of the same kind through the same relation kind, of the same kind through any, or of any kind.
enum class Grouping : std::uint8_t { by_relation, by_kind, any_kind };
using GroupKey = std::tuple<Vertex, KindId, bool, bool, RelationId>;
using Groups = std::map<GroupKey, std::vector<Vertex>>;
constexpr KindId any_kind = std::numeric_limits<KindId>::max();

GroupKey group_key(const Model& model, Vertex v, const Reach& r, Grouping grouping) {
  const Relation& relation = model.relation(r.edge);
  return {r.parent, grouping == Grouping::any_kind ? any_kind : model.entity(v).kind, r.forward, relation.curated,
          grouping == Grouping::by_relation ? relation.kind : RelationId{0}};
}

// The kinds of a group's members, in the ontology's order.
std::vector<KindId> kinds_of(const Model& model, const std::vector<Vertex>& members) {
  std::vector<KindId> kinds;
  kinds.reserve(members.size());
  for (Vertex v : members)
    kinds.push_back(model.entity(v).kind);
  std::sort(kinds.begin(), kinds.end(), [&](KindId a, KindId b) {
    return std::pair(model.schema().kind(a).order, a) < std::pair(model.schema().kind(b).order, b);
  });
  kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
  return kinds;
}

// A hub's neighbours drawn as one node, and how the search reached them.
struct Collapsed {
  std::vector<Vertex> members;
  Reach reach;             ///< of the first member: the hub and the relation
  std::vector<Edge> edges; ///< from the hub to each member
  std::string name;        ///< of its node: more/HUB/KIND, or more/HUB/RELATION/KIND when the hub has two of a kind
  bool mixed = false;      ///< its members are of several kinds
};

// Names the groups' nodes: more/HUB/KIND, the kind's segment last (which the legend's swatch
// matches; "mixed" for a group of several kinds, which no swatch stands for); a hub's second group
// of one kind (another relation, direction or basis) gets the relation's name, its direction and
// basis in the middle.
void name_groups(const Model& model, std::vector<Collapsed>& collapsed) {
  std::set<std::string> taken;
  for (auto& group : collapsed) {
    group.mixed = kinds_of(model, group.members).size() > 1;
    const std::string hub = detail::node_name(model, group.reach.parent);
    const std::string kind =
        group.mixed ? std::string("mixed") : model.schema().kind(model.entity(group.members.front()).kind).segment;
    group.name = fmt::format("more/{}/{}", hub, kind);
    if (taken.insert(group.name).second) continue;
    const Relation& relation = model.relation(group.reach.edge);
    const std::string middle = fmt::format("{}{}{}", model.schema().relation(relation.kind).name,
                                           group.reach.forward ? "" : "-in", relation.curated ? "-curated" : "");
    group.name = fmt::format("more/{}/{}/{}", hub, middle, kind);
    // Groups of one kind through several relations may meet a name already given: numbered.
    for (int n = 2; !taken.insert(group.name).second; ++n)
      group.name = fmt::format("more/{}/{}-{}/{}", hub, middle, n, kind);
  }
}

// The groups of more than one entity, largest first (in key order among equals); takes the groups apart.
std::vector<std::vector<Vertex>> by_size(Groups&& groups) {
  std::vector<std::vector<Vertex>> out;
  for (auto& [key, members] : groups)
    if (members.size() > 1) out.push_back(std::move(members));
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return out;
}

// A group of entities to draw as one node, with how the search reached each.
Collapsed collapsed_group(std::vector<Vertex> members, const std::vector<Reach>& reach) {
  Collapsed group{std::move(members), {}, {}, {}};
  group.reach = reach[group.members.front()];
  for (Vertex v : group.members)
    group.edges.push_back(reach[v].edge);
  return group;
}

// The entities `ring` steps from the focus, grouped; a hub with more than `max_width` of them gets its
// largest groups collapsed until it has no more than that (or no group is left), each no more
// than needed: the first of a group stay drawn.
std::vector<Collapsed> collapse_wide_fans(const Model& model, const Search& search, int ring, std::size_t max_width,
                                          Grouping grouping) {
  const std::vector<Reach>& reach = search.reach;
  std::vector<Vertex> in_ring;
  for (Vertex v : search.reached)
    if (reach[v].distance == ring) in_ring.push_back(v);
  std::sort(in_ring.begin(), in_ring.end()); // vertex order: each group's members in that order
  Groups groups;
  std::map<Vertex, std::size_t> fan;
  for (Vertex v : in_ring) {
    groups[group_key(model, v, reach[v], grouping)].push_back(v);
    ++fan[reach[v].parent];
  }
  std::vector<Collapsed> out;
  for (auto& members : by_size(std::move(groups))) {
    std::size_t& width = fan[reach[members.front()].parent];
    if (width <= max_width) continue;
    // As many as the fan is too wide, and one: the first stay drawn, the rest are "+N more".
    const std::size_t collapse = std::min(members.size(), std::max<std::size_t>(2, width - max_width + 1));
    members.erase(members.begin(), members.end() - static_cast<std::ptrdiff_t>(collapse));
    width -= members.size() - 1;
    out.push_back(collapsed_group(std::move(members), reach));
  }
  return out;
}

// Past max_nodes, the largest groups of leaves (entities through which the search went no
// further) are collapsed until at most max_nodes nodes remain, `drawn` of them the groups
// already collapsed; when that is not enough, a hub's leaves of one kind through different
// relations are collapsed too ("+5 more: Project", the relations on its edge). A leaf related to
// several hubs of the ring inside it (a project in the focus's programme, fund and domain) may go
// into the group of any of them: the largest group is taken first, so that such leaves gather in
// a few groups instead of staying alone, each with its edges to every hub.
std::vector<Collapsed> collapse_to_max_nodes(const Model& model, const ViewFilter& filter,
                                             const std::vector<Vertex>& shown, const std::vector<Reach>& reach,
                                             const std::vector<Collapsed>& drawn, std::size_t max_nodes,
                                             Grouping grouping) {
  const Graph& g = model.graph();
  // The hubs of the groups already drawn stay too, whether or not anything else hangs on them.
  std::vector<bool> has_child = with_children(shown, reach);
  for (const auto& group : drawn)
    has_child[group.reach.parent] = true;
  std::vector<bool> is_shown(reach.size(), false);
  for (Vertex v : shown)
    is_shown[v] = true;
  // A hub: a shown entity the search went on from, one ring inside the leaf.
  const auto hub_of = [&](Vertex leaf, Vertex hub) {
    return is_shown[hub] && has_child[hub] && reach[hub].distance == reach[leaf].distance - 1;
  };
  std::size_t count = shown.size() + drawn.size();
  std::vector<bool> taken(reach.size(), false);
  std::vector<Collapsed> out;
  // By relation, then by kind; or only the coarser grouping asked for (a group taken is not merged
  // again, so a coarser pass after a finer one would leave the finer groups apart).
  const std::vector<Grouping> passes =
      grouping == Grouping::by_relation ? std::vector{Grouping::by_relation, Grouping::by_kind} : std::vector{grouping};
  for (const Grouping pass : passes) {
    // Every group a leaf may join, with how its hub reaches it (the first such relation).
    std::map<GroupKey, std::vector<std::pair<Vertex, Reach>>> candidates;
    const auto offer = [&](Vertex v, Vertex hub, Edge e, bool forward) {
      if (!hub_of(v, hub) || !filter.allows(model.relation(e))) return;
      const Reach link{reach[v].distance, hub, e, forward};
      auto& members = candidates[group_key(model, v, link, pass)];
      if (members.empty() || members.back().first != v) members.emplace_back(v, link);
    };
    for (Vertex v : shown) {
      if (reach[v].distance <= 0 || has_child[v] || taken[v]) continue;
      for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
        offer(v, boost::source(e, g), e, true);
      for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
        offer(v, boost::target(e, g), e, false);
    }
    while (count > max_nodes) {
      // The group with the most leaves not yet taken (the first in key order among equals).
      std::size_t best_size = 1;
      const std::vector<std::pair<Vertex, Reach>>* best = nullptr;
      for (const auto& [key, members] : candidates) {
        const auto size = static_cast<std::size_t>(
            std::count_if(members.begin(), members.end(), [&](const auto& member) { return !taken[member.first]; }));
        if (size > best_size) {
          best_size = size;
          best = &members;
        }
      }
      if (!best) break;
      // As many as there are nodes too many, and one: the first stay drawn.
      std::size_t skip = best_size - std::min(best_size, std::max<std::size_t>(2, count - max_nodes + 1));
      Collapsed group;
      for (const auto& [v, link] : *best) {
        if (taken[v] || (skip > 0 && skip-- > 0)) continue;
        taken[v] = true;
        if (group.members.empty()) group.reach = link;
        group.members.push_back(v);
        group.edges.push_back(link.edge);
      }
      count -= group.members.size() - 1;
      out.push_back(std::move(group));
    }
  }
  return out;
}

// One node for a hub's collapsed neighbours, and its edge to the hub.
void add_group(const Model& model, const Collapsed& group, std::string_view lang, Diagram& diagram) {
  const std::vector<Vertex>& members = group.members;
  const std::string_view other = detail::other_language(lang);
  const Vertex hub = group.reach.parent;
  DiagramNode node;
  node.name = group.name;
  // A group of several kinds: a plain box (no kind's colour or shape), its kinds named, and how
  // many of each in the tooltip.
  std::vector<std::string> kinds;
  std::vector<std::string> counts;
  for (const KindId k : kinds_of(model, members)) {
    const KindDef& kind = model.schema().kind(k);
    kinds.emplace_back(kind.labels.get(lang, other));
    counts.push_back(fmt::format("{} ({})", kinds.back(), std::count_if(members.begin(), members.end(), [&](Vertex v) {
                                   return model.entity(v).kind == k;
                                 })));
    if (!group.mixed) node.style = kind.name;
  }
  node.label = fmt::format("+{} {}: {}", members.size(), diagram_word("more", lang), fmt::join(kinds, ", "));
  node.tooltip = group.mixed
                     ? fmt::format("+{} {}: {};", members.size(), diagram_word("more", lang), fmt::join(counts, ", "))
                     : node.label;
  for (Vertex v : members)
    node.tooltip += fmt::format("{} {}", v == members.front() ? "" : ";", model.label(v, lang));
  node.link = model.iri(hub);
  node.page = detail::node_name(model, hub);
  node.group = true;
  DiagramEdge edge = detail::relation_edge(model, group.reach.edge, lang);
  (group.reach.forward ? edge.to : edge.from) = node.name;
  // A group through several relations: their labels, in the order first met.
  std::vector<std::string> labels;
  for (Edge e : group.edges) {
    const RelationDef& relation = model.schema().relation(model.relation(e).kind);
    std::string label(relation.labels.get(lang, other));
    if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(std::move(label));
  }
  edge.label = fmt::format("{}", fmt::join(labels, ", "));
  // Every relation in the tooltip too: the label may be shortened to two lines.
  edge.tooltip = labels.size() > 1 ? fmt::format("{}: {}", edge.label, node.tooltip) : node.tooltip;
  diagram.nodes.push_back(std::move(node));
  diagram.edges.push_back(std::move(edge));
}

// Each hub's leaves (entities through which the search went no further, and its groups), stacked
// into rows of a few: a hub's twenty neighbours side by side would make the drawing twenty boxes
// wide.
void stack_leaves(const Model& model, const std::vector<Vertex>& shown, const std::vector<Reach>& reach,
                  const std::vector<Collapsed>& collapsed, std::size_t per_row, Diagram& diagram) {
  const std::vector<bool> has_child = with_children(shown, reach);
  std::map<Vertex, NodeStack> by_hub;
  for (Vertex v : shown)
    if (reach[v].distance > 0 && !has_child[v]) by_hub[reach[v].parent].nodes.push_back(detail::node_name(model, v));
  for (const auto& group : collapsed)
    by_hub[group.reach.parent].nodes.push_back(group.name);
  for (auto& [hub, leaves] : by_hub) {
    leaves.per_row = per_row;
    if (leaves.nodes.size() > per_row) diagram.stacks.push_back(std::move(leaves));
  }
}

// Past one step, each ring is a column, left to right from the focus, and every edge is laid out
// from the inner ring to the outer (its arrow still as the relation goes): the drawing is as wide
// as the rings and their labels however many entities a ring has; rows of a ring's neighbours
// were as wide as three pages.
void place_rings_in_columns(const Model& model, const std::vector<Vertex>& shown, const std::vector<Reach>& reach,
                            const std::vector<Collapsed>& collapsed, bool split_outermost, Diagram& diagram) {
  std::map<std::string, int, std::less<>> ring;
  std::set<std::string, std::less<>> hubs; // entities with a neighbour further out
  for (Vertex v : shown) {
    ring.emplace(detail::node_name(model, v), reach[v].distance);
    if (reach[v].distance > 0) hubs.insert(detail::node_name(model, reach[v].parent));
  }
  for (const auto& group : collapsed) {
    ring.emplace(group.name, reach[group.reach.parent].distance + 1);
    hubs.insert(detail::node_name(model, group.reach.parent));
  }
  // Two related entities of an inner ring would make an edge inside a column, whose label
  // Graphviz 2.43 set over another label (as xlabel) or crashed on (as label); the one with
  // nothing further out and no relation to the next column is drawn in the next column instead.
  // In the outermost ring the label stays an xlabel, unless `split_outermost` asks for a column
  // beyond it (wider, but no xlabel falls on another label).
  int outermost = 0;
  for (const auto& [name, distance] : ring)
    outermost = std::max(outermost, distance);
  const int last_movable = split_outermost ? outermost : outermost - 1;
  const auto movable = [&](const std::string& name, int distance) {
    if (distance == 0 || distance > last_movable || hubs.contains(name)) return false;
    return std::none_of(diagram.edges.begin(), diagram.edges.end(), [&](const DiagramEdge& edge) {
      const std::string& other = edge.from == name ? edge.to : edge.to == name ? edge.from : name;
      const auto found = ring.find(other);
      return other != name && found != ring.end() && found->second == distance + 1;
    });
  };
  for (const auto& edge : diagram.edges) {
    const auto from = ring.find(edge.from);
    const auto to = ring.find(edge.to);
    if (from == ring.end() || to == ring.end() || from->second != to->second) continue;
    if (movable(edge.from, from->second))
      ++from->second;
    else if (movable(edge.to, to->second))
      ++to->second;
  }
  diagram.left_to_right = true;
  diagram.legend_last = false; // after the last ring it made the drawing wider than a page; dot sets it above
  // The legend's swatches stand in the rings' columns (dot ranks them with the drawing): no more
  // columns of them than there are rings, or they reach past the last one.
  int columns = 0;
  for (const auto& [name, distance] : ring)
    columns = std::max(columns, distance + 1);
  diagram.legend_ranks = static_cast<std::size_t>(columns);
  // Narrower label columns between the rings: twelve characters a line (a longer word stays
  // whole) and a smaller gap beside them. With eighteen and the usual gap, the generated
  // project's second ring was 764 pt wide (5.7 pt text at 17 cm).
  diagram.edge_label_width = 12;
  diagram.rank_gap = 0.3;
  for (auto& node : diagram.nodes) {
    if (const auto found = ring.find(node.name); found != ring.end()) node.rank_group = found->second;
    // The focus stands alone in its column: its label (in a larger font) wraps narrower, the
    // column is as wide as it (an organisation's ellipse of 24 characters was 380 pt wide).
    if (node.focus) node.label_width = 16;
  }
  for (auto& edge : diagram.edges) {
    const auto from = ring.find(edge.from);
    const auto to = ring.find(edge.to);
    if (from != ring.end() && to != ring.end()) edge.laid_out_backwards = from->second > to->second;
  }
}

// How much a focus collapses: the neighbours drawn around one entity of an inner ring and of the
// outermost ring, and the nodes drawn at most.
struct Tightness {
  std::size_t inner_fan;
  std::size_t outer_fan;
  std::size_t max_nodes;
  Grouping outer_grouping; ///< how the outermost ring's neighbours of a hub are grouped
};

// The entities a focus draws at one tightness: the shown ones, how the search reached them, and
// the groups the others are collapsed into.
struct Selection {
  std::vector<Vertex> shown;
  Search search;
  std::vector<Collapsed> collapsed;
};

Selection select(const Model& model, Vertex focus, const ViewFilter& filter, int depth, const Tightness& tightness) {
  // Ring by ring from the focus: a hub's wide fan is collapsed before the search goes on, so that
  // the entities behind a collapsed group are not drawn either.
  std::vector<bool> hidden(model.entity_count(), false);
  Selection out;
  const auto hide = [&](std::vector<Collapsed> groups) {
    for (auto& group : groups) {
      for (Vertex v : group.members)
        hidden[v] = true;
      out.collapsed.push_back(std::move(group));
    }
  };
  for (int ring = 1; ring <= depth; ++ring) {
    const Search search = reach_from(model, focus, filter, depth, hidden);
    const bool outer = ring == depth;
    hide(collapse_wide_fans(model, search, ring, outer ? tightness.outer_fan : tightness.inner_fan,
                            outer ? tightness.outer_grouping : Grouping::by_relation));
  }
  out.search = reach_from(model, focus, filter, depth, hidden);
  out.shown = out.search.reached;
  std::sort(out.shown.begin(), out.shown.end(), [&](Vertex a, Vertex b) { return model.entity_before(a, b); });
  hide(collapse_to_max_nodes(model, filter, out.shown, out.search.reach, out.collapsed, tightness.max_nodes,
                             tightness.outer_grouping));
  std::erase_if(out.shown, [&](Vertex v) { return hidden[v]; });
  name_groups(model, out.collapsed);
  return out;
}

// How the boxes are placed: rows under the focus (the leaves three or two a row), or a column
// per ring (a column beyond the outermost ring for entities related to others of that ring).
enum class Placement : std::uint8_t { rows, narrow_rows, columns, split_columns };

Diagram draw(const Model& model, Vertex focus, const ViewFilter& filter, const DiagramOptions& options,
             const Selection& selection, Placement placement) {
  Diagram diagram;
  diagram.language = options.language;
  // Top to bottom, the legend below: the neighbours fill rows of a page's width (left to right
  // they made a column taller than a page).
  diagram.legend_last = true;
  diagram.title = std::string(model.label(focus, options.language));
  for (Vertex v : selection.shown) {
    DiagramNode node = detail::entity_node(model, v, options.language);
    node.focus = v == focus;
    diagram.nodes.push_back(std::move(node));
  }
  detail::add_relations_between(model, filter, selection.shown, options.language, diagram);
  for (const auto& group : selection.collapsed)
    add_group(model, group, options.language, diagram);
  const std::vector<Reach>& reach = selection.search.reach;
  if (placement == Placement::rows || placement == Placement::narrow_rows)
    stack_leaves(model, selection.shown, reach, selection.collapsed, placement == Placement::rows ? 3 : 2, diagram);
  else
    place_rings_in_columns(model, selection.shown, reach, selection.collapsed, placement == Placement::split_columns,
                           diagram);
  detail::fill_legend(model.schema(), diagram);
  return diagram;
}

// The placements to try for a selection, the usual one first.
std::vector<Placement> placements(int depth, std::size_t boxes) {
  if (depth == 1) return {Placement::rows, Placement::narrow_rows};
  if (boxes <= max_boxes_in_rows) return {Placement::rows, Placement::columns, Placement::split_columns};
  return {Placement::columns, Placement::split_columns, Placement::rows};
}

// How far a drawing that does not fit misses the page: the rules about texts it breaks, then how
// much smaller (or taller) than allowed it is, as a fraction; lower is nearer.
std::pair<std::size_t, double> miss(const PageFit& fit) {
  const double text = fit.smallest_text_pt / smallest_page_text_pt;
  const double height = page_height_pt / (fit.height_pt * fit.scale);
  return {fit.overlapping.size() + fit.on_other_node.size(), -std::min({1.0, text, height})};
}

} // namespace

Diagram focus_diagram(const Model& model, std::string_view entity, const DiagramOptions& options) {
  const ViewFilter filter(model.schema(), options);
  const Vertex focus = resolve_entity(model, entity); // as every command names entities
  if (options.depth < 1) throw UsageError("--depth must be at least 1");
  if (options.max_nodes < 2) throw UsageError("--max-nodes must be at least 2");
  // Tighter and tighter until the drawing fits the page, each step every placement before the
  // next collapses more: the fans, the nodes (percent of max_nodes) and at last the outermost
  // ring's groups of a hub by kind, then of any kind. A drawing that fits nowhere is the one that
  // missed the page least.
  struct Step {
    std::size_t inner_fan, outer_fan, percent;
    Grouping grouping;
  };
  static constexpr std::array<Step, 8> steps{{{max_fan, max_fan, 100, Grouping::by_relation},
                                              {9, 7, 80, Grouping::by_relation},
                                              {7, 6, 65, Grouping::by_relation},
                                              {6, 5, 50, Grouping::by_kind},
                                              {5, 4, 40, Grouping::by_kind},
                                              {4, 3, 30, Grouping::any_kind},
                                              {3, 2, 20, Grouping::any_kind},
                                              {2, 2, 0, Grouping::any_kind}}};
  std::optional<Diagram> nearest;
  std::pair<std::size_t, double> nearest_miss;
  std::set<std::string> tried; // the DOT of each drawing laid out: one that comes again is skipped
  for (const auto& [inner, outer, percent, grouping] : steps) {
    const Tightness tightness{inner, outer, std::max<std::size_t>(2, options.max_nodes * percent / 100), grouping};
    const Selection selection = select(model, focus, filter, options.depth, tightness);
    const std::size_t boxes = selection.shown.size() + selection.collapsed.size();
    for (const Placement placement : placements(options.depth, boxes)) {
      Diagram diagram = draw(model, focus, filter, options, selection, placement);
      if (!tried.insert(render_diagram(diagram, DiagramFormat::dot)).second) continue;
      const PageFit fit = fit_on_page(diagram);
      if (fit.fits()) return diagram;
      if (!nearest || miss(fit) < nearest_miss) {
        nearest_miss = miss(fit);
        nearest = std::move(diagram);
      }
    }
  }
  return std::move(*nearest);
}

} // namespace vidensgraf
