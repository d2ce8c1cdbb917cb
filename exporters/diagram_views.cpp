#include "exporters/diagram_views.hpp"

#include "exporters/diagram_style.hpp"
#include "exporters/diagram_text.hpp"
#include "exporters/diagram_view_support.hpp"
#include "model/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <deque>

namespace vidensgraf {

namespace {

using detail::ViewFilter;

// Adds every relation whose ends are both shown and that passes the filter, in node order.
void add_relations_between(const Model& model, const ViewFilter& filter, const std::vector<Vertex>& shown,
                           std::string_view language, Diagram& diagram) {
  std::vector<bool> is_shown(model.entity_count(), false);
  for (Vertex v : shown)
    is_shown[v] = true;
  std::vector<Edge> edges;
  for (Vertex v : shown)
    for (auto e : boost::make_iterator_range(boost::out_edges(v, model.graph())))
      if (is_shown[boost::target(e, model.graph())] && filter.allows(model.relation(e))) edges.push_back(e);
  detail::sort_edges(model, edges);
  for (Edge e : edges)
    diagram.edges.push_back(detail::relation_edge(model, e, language));
}

} // namespace

Diagram overview_diagram(const Model& model, const DiagramOptions& options) {
  const ViewFilter filter(model.schema(), options);
  Diagram diagram;
  diagram.language = options.language;
  diagram.title = detail::dataset_title(model, options.language);
  diagram.clustered = true;
  std::vector<Vertex> shown;
  for (Vertex v : model.sorted_entities())
    if (filter.allows(model.entity(v).kind)) shown.push_back(v);
  for (Vertex v : shown) {
    DiagramNode node = detail::entity_node(model, v, options.language);
    const KindDef& kind = model.schema().kind(model.entity(v).kind);
    node.cluster = kind.name;
    if (diagram.clusters.empty() || diagram.clusters.back().key != kind.name)
      diagram.clusters.push_back(
          {kind.name, std::string(kind.labels.get(options.language, detail::other_language(options.language))),
           kind.name});
    diagram.nodes.push_back(std::move(node));
  }
  add_relations_between(model, filter, shown, options.language, diagram);
  detail::fill_legend(model.schema(), diagram);
  return diagram;
}

Diagram focus_diagram(const Model& model, std::string_view entity, const DiagramOptions& options) {
  const ViewFilter filter(model.schema(), options);
  const auto focus = model.find(entity);
  if (!focus)
    throw UsageError(fmt::format("no entity '{}' in the dataset; give an id or segment/id, e.g. project/{}", entity,
                                 "kol-region-nord"));
  if (options.depth < 1) throw UsageError("--depth must be at least 1");
  const Graph& g = model.graph();
  std::vector<int> distance(model.entity_count(), -1);
  distance[*focus] = 0;
  std::deque<Vertex> queue{*focus};
  // Breadth-first in both directions, through the relations and kinds the filter allows.
  auto visit = [&](Vertex from, Vertex to, Edge e) {
    if (distance[to] >= 0 || !filter.allows(model.relation(e)) || !filter.allows(model.entity(to).kind)) return;
    distance[to] = distance[from] + 1;
    if (distance[to] < options.depth) queue.push_back(to);
  };
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop_front();
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
      visit(v, boost::target(e, g), e);
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
      visit(v, boost::source(e, g), e);
  }
  Diagram diagram;
  diagram.language = options.language;
  diagram.left_to_right = true;
  diagram.title = std::string(model.label(*focus, options.language));
  std::vector<Vertex> shown;
  for (Vertex v : model.sorted_entities())
    if (distance[v] >= 0) shown.push_back(v);
  for (Vertex v : shown) {
    DiagramNode node = detail::entity_node(model, v, options.language);
    node.focus = v == *focus;
    diagram.nodes.push_back(std::move(node));
  }
  add_relations_between(model, filter, shown, options.language, diagram);
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
    if (attribute.domain.empty()) shared_attributes.push_back(std::string(attribute.labels.get(lang, other)));
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
      if (!attribute.domain.empty() && attribute.allows(k))
        node.fields.push_back(std::string(attribute.labels.get(lang, other)));
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
  return diagram;
}

} // namespace vidensgraf
