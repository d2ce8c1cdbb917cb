// The focus and ontology views (the overview is in overview.cpp, the challenges view in
// challenges.cpp).
#include "exporters/diagram/views.hpp"

#include "exporters/diagram/style.hpp"
#include "exporters/diagram/text.hpp"
#include "exporters/diagram/view_support.hpp"
#include "model/error.hpp"
#include "model/query/entity_resolver.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace vidensgraf {

using detail::ViewFilter;

namespace {

constexpr std::size_t leaves_per_row = 3; // boxes side by side in a row of leaves: three fit a page's width
// Neighbours drawn around one entity: each hangs on a labelled edge, and dot sets the labels of
// one entity's edges side by side, so seventeen of them made a drawing 1035 pt wide (4.2 pt text
// at 17 cm); nine stay within a page's width at 6 pt.
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

// Neighbours of one hub that may be drawn as one node: reached from the same parent, of the same
// kind, in the same direction and basis, and (unless `any_relation`) through the same relation kind.
using GroupKey = std::tuple<Vertex, KindId, bool, bool, RelationId>;
using Groups = std::map<GroupKey, std::vector<Vertex>>;

GroupKey group_key(const Model& model, Vertex v, const Reach& r, bool any_relation = false) {
  const Relation& relation = model.relation(r.edge);
  return {r.parent, model.entity(v).kind, r.forward, relation.curated, any_relation ? RelationId{0} : relation.kind};
}

// A hub's neighbours drawn as one node, and how the search reached them.
struct Collapsed {
  std::vector<Vertex> members;
  Reach reach;             ///< of the first member: the hub and the relation
  std::vector<Edge> edges; ///< from the hub to each member
  std::string name;        ///< of its node: more/HUB/KIND, or more/HUB/RELATION/KIND when the hub has two of a kind
};

// Names the groups' nodes: more/HUB/KIND, the kind's segment last (which the legend's swatch
// matches); a hub's second group of one kind (another relation, direction or basis) gets the
// relation's name, its direction and basis in the middle.
void name_groups(const Model& model, std::vector<Collapsed>& collapsed) {
  std::set<std::string> taken;
  for (auto& group : collapsed) {
    const std::string hub = detail::node_name(model, group.reach.parent);
    const std::string& kind = model.schema().kind(model.entity(group.members.front()).kind).segment;
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

// The entities `ring` steps from the focus, grouped; a hub with more than max_fan of them gets its
// largest groups collapsed until it has no more than that (or no group is left).
std::vector<Collapsed> collapse_wide_fans(const Model& model, const Search& search, int ring) {
  const std::vector<Reach>& reach = search.reach;
  std::vector<Vertex> in_ring;
  for (Vertex v : search.reached)
    if (reach[v].distance == ring) in_ring.push_back(v);
  std::sort(in_ring.begin(), in_ring.end()); // vertex order: each group's members in that order
  Groups groups;
  std::map<Vertex, std::size_t> fan;
  for (Vertex v : in_ring) {
    groups[group_key(model, v, reach[v])].push_back(v);
    ++fan[reach[v].parent];
  }
  std::vector<Collapsed> out;
  for (auto& members : by_size(std::move(groups))) {
    std::size_t& width = fan[reach[members.front()].parent];
    if (width <= max_fan) continue;
    width -= members.size() - 1;
    out.push_back(collapsed_group(std::move(members), reach));
  }
  return out;
}

// Past max_nodes, the largest groups of leaves (entities through which the search went no
// further) are collapsed until at most max_nodes nodes remain, `groups_drawn` of them the groups
// already collapsed; when that is not enough, a hub's leaves of one kind through different
// relations are collapsed too ("+5 more: Project", the relations on its edge).
std::vector<Collapsed> collapse_to_max_nodes(const Model& model, const std::vector<Vertex>& shown,
                                             const std::vector<Reach>& reach, std::size_t groups_drawn,
                                             std::size_t max_nodes) {
  const std::vector<bool> has_child = with_children(shown, reach);
  std::size_t count = shown.size() + groups_drawn;
  std::vector<bool> taken(reach.size(), false);
  std::vector<Collapsed> out;
  for (const bool any_relation : {false, true}) {
    Groups groups;
    for (Vertex v : shown)
      if (reach[v].distance > 0 && !has_child[v] && !taken[v])
        groups[group_key(model, v, reach[v], any_relation)].push_back(v);
    for (auto& members : by_size(std::move(groups))) {
      if (count <= max_nodes) return out;
      count -= members.size() - 1;
      for (Vertex v : members)
        taken[v] = true;
      out.push_back(collapsed_group(std::move(members), reach));
    }
  }
  return out;
}

// One node for a hub's collapsed neighbours, and its edge to the hub.
void add_group(const Model& model, const Collapsed& group, std::string_view lang, Diagram& diagram) {
  const std::vector<Vertex>& members = group.members;
  const std::string_view other = detail::other_language(lang);
  const KindDef& kind = model.schema().kind(model.entity(members.front()).kind);
  const Vertex hub = group.reach.parent;
  DiagramNode node;
  node.name = group.name;
  node.style = kind.name;
  node.label = fmt::format("+{} {}: {}", members.size(), diagram_word("more", lang), kind.labels.get(lang, other));
  node.tooltip = node.label;
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
  edge.tooltip = node.tooltip;
  diagram.nodes.push_back(std::move(node));
  diagram.edges.push_back(std::move(edge));
}

// Each hub's leaves (entities through which the search went no further, and its groups), stacked
// into rows of a few: a hub's twenty neighbours side by side would make the drawing twenty boxes
// wide.
void stack_leaves(const Model& model, const std::vector<Vertex>& shown, const std::vector<Reach>& reach,
                  const std::vector<Collapsed>& collapsed, Diagram& diagram) {
  const std::vector<bool> has_child = with_children(shown, reach);
  std::map<Vertex, NodeStack> by_hub;
  for (Vertex v : shown)
    if (reach[v].distance > 0 && !has_child[v]) by_hub[reach[v].parent].nodes.push_back(detail::node_name(model, v));
  for (const auto& group : collapsed)
    by_hub[group.reach.parent].nodes.push_back(group.name);
  for (auto& [hub, leaves] : by_hub) {
    leaves.per_row = leaves_per_row;
    if (leaves.nodes.size() > leaves_per_row) diagram.stacks.push_back(std::move(leaves));
  }
}

// Past one step, each ring is a column, left to right from the focus, and every edge is laid out
// from the inner ring to the outer (its arrow still as the relation goes): the drawing is as wide
// as the rings and their labels however many entities a ring has; rows of a ring's neighbours
// were as wide as three pages.
void place_rings_in_columns(const Model& model, const std::vector<Vertex>& shown, const std::vector<Reach>& reach,
                            const std::vector<Collapsed>& collapsed, Diagram& diagram) {
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
  // Elsewhere the label stays an xlabel (a further column would widen the drawing).
  int outermost = 0;
  for (const auto& [name, distance] : ring)
    outermost = std::max(outermost, distance);
  const auto movable = [&](const std::string& name, int distance) {
    if (distance == 0 || distance >= outermost || hubs.contains(name)) return false;
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
  // Narrower label columns between the rings: twelve characters a line (a longer word stays
  // whole) and a smaller gap beside them. With eighteen and the usual gap, the generated
  // project's second ring was 764 pt wide (5.7 pt text at 17 cm).
  diagram.edge_label_width = 12;
  diagram.rank_gap = 0.3;
  for (auto& node : diagram.nodes)
    if (const auto found = ring.find(node.name); found != ring.end()) node.rank_group = found->second;
  for (auto& edge : diagram.edges) {
    const auto from = ring.find(edge.from);
    const auto to = ring.find(edge.to);
    if (from != ring.end() && to != ring.end()) edge.laid_out_backwards = from->second > to->second;
  }
}

} // namespace

Diagram focus_diagram(const Model& model, std::string_view entity, const DiagramOptions& options) {
  const ViewFilter filter(model.schema(), options);
  const Vertex focus = resolve_entity(model, entity); // as every command names entities
  if (options.depth < 1) throw UsageError("--depth must be at least 1");
  if (options.max_nodes < 2) throw UsageError("--max-nodes must be at least 2");
  // Ring by ring from the focus: a hub's wide fan is collapsed before the search goes on, so that
  // the entities behind a collapsed group are not drawn either.
  std::vector<bool> hidden(model.entity_count(), false);
  std::vector<Collapsed> collapsed;
  Search search;
  const auto hide = [&](std::vector<Collapsed> groups) {
    for (auto& group : groups) {
      for (Vertex v : group.members)
        hidden[v] = true;
      collapsed.push_back(std::move(group));
    }
  };
  for (int ring = 1; ring <= options.depth; ++ring) {
    search = reach_from(model, focus, filter, options.depth, hidden);
    hide(collapse_wide_fans(model, search, ring));
  }
  search = reach_from(model, focus, filter, options.depth, hidden);
  const std::vector<Reach>& reach = search.reach;
  std::vector<Vertex> shown = search.reached;
  std::sort(shown.begin(), shown.end(), [&](Vertex a, Vertex b) { return model.entity_before(a, b); });
  hide(collapse_to_max_nodes(model, shown, reach, collapsed.size(), options.max_nodes));
  std::erase_if(shown, [&](Vertex v) { return hidden[v]; });
  name_groups(model, collapsed);

  Diagram diagram;
  diagram.language = options.language;
  // Top to bottom, the legend below: the neighbours fill rows of a page's width (left to right
  // they made a column taller than a page).
  diagram.legend_last = true;
  diagram.title = std::string(model.label(focus, options.language));
  for (Vertex v : shown) {
    DiagramNode node = detail::entity_node(model, v, options.language);
    node.focus = v == focus;
    diagram.nodes.push_back(std::move(node));
  }
  detail::add_relations_between(model, filter, shown, options.language, diagram);
  for (const auto& group : collapsed)
    add_group(model, group, options.language, diagram);
  if (options.depth == 1 || diagram.nodes.size() <= max_boxes_in_rows)
    stack_leaves(model, shown, reach, collapsed, diagram);
  else
    place_rings_in_columns(model, shown, reach, collapsed, diagram);
  detail::fill_legend(model.schema(), diagram);
  return diagram;
}

Diagram ontology_diagram(const Schema& schema, const DiagramOptions& options) {
  const ViewFilter filter(schema, options);
  const std::string_view lang = options.language;
  const std::string_view other = detail::other_language(lang);
  Diagram diagram;
  diagram.language = options.language;
  diagram.title = lang == "da" ? "vidensgraf-ontologien" : "The vidensgraf ontology";
  std::vector<std::string> shared_attributes;
  for (const auto& attribute : schema.attributes())
    if (attribute.domain.empty()) shared_attributes.emplace_back(attribute.labels.get(lang, other));
  for (KindId k = 0; k < schema.kinds().size(); ++k) {
    if (!filter.allows(k)) continue;
    const KindDef& kind = schema.kind(k);
    DiagramNode node;
    node.name = "class/" + kind.name;
    node.style = kind.name;
    node.label = std::string(kind.labels.get(lang, other));
    node.tooltip = fmt::format("vg:{} — {}", kind.name, kind.definitions.get(lang, other));
    node.link = kind.iri;
    node.class_box = true;
    for (const auto& attribute : schema.attributes())
      if (!attribute.domain.empty() && attribute.allows(k)) node.fields.emplace_back(attribute.labels.get(lang, other));
    diagram.nodes.push_back(std::move(node));
  }
  if (!shared_attributes.empty()) {
    DiagramNode node;
    node.name = "class/all";
    node.style = "";
    node.label = std::string(diagram_word("attributes_all", lang));
    node.tooltip = node.label;
    node.class_box = true;
    node.fields = std::move(shared_attributes);
    diagram.nodes.push_back(std::move(node));
  }
  for (RelationId r = 0; r < schema.relations().size(); ++r) {
    const RelationDef& relation = schema.relation(r);
    if (!filter.allows_relation(r)) continue;
    for (KindId from : relation.domain)
      for (KindId to : relation.range) {
        if (!filter.allows(from) || !filter.allows(to)) continue;
        diagram.edges.push_back({"class/" + schema.kind(from).name, "class/" + schema.kind(to).name, relation.name,
                                 std::string(relation.labels.get(lang, other)),
                                 fmt::format("vg:{} — {}", relation.name, relation.definitions.get(lang, other)),
                                 LinkBasis::stated});
      }
  }
  detail::fill_legend(schema, diagram);
  diagram.legend_kinds.clear(); // the classes are the nodes themselves
  diagram.legend_bases.clear(); // every line of the schema is alike
  detail::place_kinds_in_columns(diagram);
  return diagram;
}

} // namespace vidensgraf
