// The focus and ontology views (the overview is in overview.cpp, the challenges view in
// challenges.cpp).
#include "exporters/diagram/views.hpp"

#include "exporters/diagram/style.hpp"
#include "exporters/diagram/text.hpp"
#include "exporters/diagram/view_support.hpp"
#include "model/error.hpp"
#include "model/query/entity_resolver.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <map>
#include <tuple>

namespace vidensgraf {

using detail::ViewFilter;

namespace {

constexpr std::size_t leaves_per_row = 3; // boxes side by side in a row of leaves: three fit a page's width

// How the breadth-first search reached each entity: its distance and the edge from its parent.
struct Reach {
  int distance = -1;
  Vertex parent = 0;
  Edge edge{};
  bool forward = true; ///< the edge goes from the parent to the entity
};

std::vector<Reach> reach_from(const Model& model, Vertex focus, const ViewFilter& filter, int depth) {
  const Graph& g = model.graph();
  std::vector<Reach> reach(model.entity_count());
  reach[focus].distance = 0;
  std::deque<Vertex> queue{focus};
  // Breadth-first in both directions, through the relations and kinds the filter allows.
  auto visit = [&](Vertex from, Vertex to, Edge e, bool forward) {
    if (reach[to].distance >= 0 || !filter.allows(model.relation(e)) || !filter.allows(model.entity(to).kind)) return;
    reach[to] = {reach[from].distance + 1, from, e, forward};
    if (reach[to].distance < depth) queue.push_back(to);
  };
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop_front();
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
      visit(v, boost::target(e, g), e, true);
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
      visit(v, boost::source(e, g), e, false);
  }
  return reach;
}

// Which entities the search went on from: the parents of the shown ones; the others are leaves.
std::vector<bool> with_children(const std::vector<Vertex>& shown, const std::vector<Reach>& reach) {
  std::vector<bool> out(reach.size(), false);
  for (Vertex v : shown)
    if (reach[v].distance > 0) out[reach[v].parent] = true;
  return out;
}

// Neighbours of one hub that may be drawn as one node: leaves of the search reached from the same
// parent, of the same kind, through the same relation kind in the same direction and basis.
using GroupKey = std::tuple<Vertex, KindId, RelationId, bool, bool>;

std::map<GroupKey, std::vector<Vertex>> leaf_groups(const Model& model, const std::vector<Vertex>& shown,
                                                    const std::vector<Reach>& reach) {
  const std::vector<bool> has_child = with_children(shown, reach);
  std::map<GroupKey, std::vector<Vertex>> groups;
  for (Vertex v : shown) {
    const Reach& r = reach[v];
    if (r.distance <= 0 || has_child[v]) continue;
    const Relation& relation = model.relation(r.edge);
    groups[{r.parent, model.entity(v).kind, relation.kind, r.forward, relation.curated}].push_back(v);
  }
  return groups;
}

// The groups to collapse, largest first, until at most max_nodes nodes remain. `groups` is taken
// by value because its vectors are moved out (clang-tidy misses the move through the binding).
// NOLINTNEXTLINE(performance-unnecessary-value-param)
std::vector<std::vector<Vertex>> groups_to_collapse(std::map<GroupKey, std::vector<Vertex>> groups, std::size_t shown,
                                                    std::size_t max_nodes) {
  std::vector<std::vector<Vertex>> by_size;
  for (auto& [key, members] : groups)
    if (members.size() > 1) by_size.push_back(std::move(members));
  std::stable_sort(by_size.begin(), by_size.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::vector<std::vector<Vertex>> out;
  for (auto& members : by_size) {
    if (shown <= max_nodes) break;
    shown -= members.size() - 1;
    out.push_back(std::move(members));
  }
  return out;
}

// One node for a hub's collapsed neighbours, and its edge to the hub.
void add_group(const Model& model, const std::vector<Vertex>& members, const Reach& reach, std::string_view lang,
               Diagram& diagram) {
  const std::string_view other = detail::other_language(lang);
  const KindDef& kind = model.schema().kind(model.entity(members.front()).kind);
  const Vertex hub = reach.parent;
  DiagramNode node;
  node.name = fmt::format("more/{}/{}", detail::node_name(model, hub), kind.segment);
  node.style = kind.name;
  node.label = fmt::format("+{} {}: {}", members.size(), diagram_word("more", lang), kind.labels.get(lang, other));
  node.tooltip = node.label;
  for (Vertex v : members)
    node.tooltip += fmt::format("{} {}", v == members.front() ? "" : ";", model.label(v, lang));
  node.link = model.iri(hub);
  node.page = detail::node_name(model, hub);
  node.group = true;
  DiagramEdge edge = detail::relation_edge(model, reach.edge, lang);
  (reach.forward ? edge.to : edge.from) = node.name;
  edge.tooltip = node.tooltip;
  diagram.nodes.push_back(std::move(node));
  diagram.edges.push_back(std::move(edge));
}

// The leaves of the search (entities through which it went no further), stacked into rows of a
// few: a hub's twenty neighbours side by side would make the drawing twenty boxes wide.
void stack_leaves(const Model& model, const std::vector<Vertex>& shown, const std::vector<Reach>& reach,
                  Diagram& diagram) {
  const std::vector<bool> has_child = with_children(shown, reach);
  NodeStack leaves{{}, leaves_per_row};
  for (Vertex v : shown)
    if (reach[v].distance > 0 && !has_child[v]) leaves.nodes.push_back(detail::node_name(model, v));
  if (leaves.nodes.size() > leaves_per_row) diagram.stacks.push_back(std::move(leaves));
}

} // namespace

Diagram focus_diagram(const Model& model, std::string_view entity, const DiagramOptions& options) {
  const ViewFilter filter(model.schema(), options);
  const Vertex focus = resolve_entity(model, entity); // as every command names entities
  if (options.depth < 1) throw UsageError("--depth must be at least 1");
  if (options.max_nodes < 2) throw UsageError("--max-nodes must be at least 2");
  const std::vector<Reach> reach = reach_from(model, focus, filter, options.depth);
  std::vector<Vertex> shown;
  for (Vertex v : model.sorted_entities())
    if (reach[v].distance >= 0) shown.push_back(v);
  const auto collapsed = groups_to_collapse(leaf_groups(model, shown, reach), shown.size(), options.max_nodes);
  std::vector<bool> hidden(model.entity_count(), false);
  for (const auto& members : collapsed)
    for (Vertex v : members)
      hidden[v] = true;
  std::erase_if(shown, [&](Vertex v) { return hidden[v]; });

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
  for (const auto& members : collapsed)
    add_group(model, members, reach[members.front()], options.language, diagram);
  stack_leaves(model, shown, reach, diagram);
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
