#include "exporters/diagram/view_support.hpp"

#include "exporters/diagram/style.hpp"
#include "model/error.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

#include <algorithm>
#include <tuple>

namespace vidensgraf::detail {

namespace {

template <class Names> std::string known_names(const Names& defs) {
  std::string out;
  for (const auto& def : defs)
    out += (out.empty() ? "" : ", ") + def.name;
  return out;
}

} // namespace

ViewFilter::ViewFilter(const Schema& schema, const DiagramOptions& options)
    : kinds_(schema.kinds().size(), options.kinds.empty()),
      relations_(schema.relations().size(), options.relations.empty()), curated_(options.curated) {
  for (const auto& name : options.kinds) {
    const auto kind = schema.find_kind(name);
    if (!kind)
      throw UsageError(
          fmt::format("unknown kind '{}' in --kinds; the kinds are {}", name, known_names(schema.kinds())));
    kinds_[*kind] = true;
  }
  for (const auto& name : options.relations) {
    const auto relation = schema.find_relation(name);
    if (!relation)
      throw UsageError(fmt::format("unknown relation kind '{}' in --relations; the relation kinds are {}", name,
                                   known_names(schema.relations())));
    relations_[*relation] = true;
  }
}

std::string_view other_language(std::string_view language) noexcept {
  return language == "da" ? "en" : "da";
}

std::string dataset_title(const Model& model, std::string_view language) {
  const std::string_view title = model.metadata().title.get(language, other_language(language));
  return std::string(title.empty() ? std::string_view{model.metadata().id} : title);
}

std::string node_name(const Model& model, Vertex v) {
  const Entity& e = model.entity(v);
  return model.schema().kind(e.kind).segment + "/" + e.id;
}

DiagramNode entity_node(const Model& model, Vertex v, std::string_view language) {
  const Entity& e = model.entity(v);
  const KindDef& kind = model.schema().kind(e.kind);
  DiagramNode node;
  node.name = node_name(model, v);
  node.style = kind.name;
  node.label = std::string(model.label(v, language));
  node.tooltip = fmt::format("{}: {}", kind.labels.get(language, other_language(language)), node.label);
  if (const auto description = model.schema().find_attribute("description")) {
    const std::string_view text = model.text(v, *description, language);
    if (!text.empty()) node.tooltip += fmt::format(" \xE2\x80\x94 {}", text);
  }
  node.link = model.iri(v);
  node.page = node.name;
  return node;
}

DiagramEdge relation_edge(const Model& model, Edge e, std::string_view language) {
  const Relation& relation = model.relation(e);
  const RelationDef& def = model.schema().relation(relation.kind);
  const Vertex s = boost::source(e, model.graph());
  const Vertex o = boost::target(e, model.graph());
  DiagramEdge edge;
  edge.from = node_name(model, s);
  edge.to = node_name(model, o);
  edge.relation = def.name;
  edge.label = std::string(def.labels.get(language, other_language(language)));
  edge.basis = relation.curated ? LinkBasis::curated : LinkBasis::stated;
  edge.tooltip = fmt::format("{} \xE2\x86\x92 {} \xE2\x86\x92 {} \xE2\x80\x94 {}", model.label(s, language), edge.label,
                             model.label(o, language), basis_label(edge.basis, language));
  const std::string& note = model.provenance(relation.provenance).note;
  if (relation.curated && !note.empty()) edge.tooltip += ": " + note;
  return edge;
}

void sort_edges(const Model& model, std::vector<Edge>& edges) {
  const Graph& g = model.graph();
  auto key = [&](Edge e) {
    const Entity& s = g[boost::source(e, g)];
    const Entity& o = g[boost::target(e, g)];
    return std::tie(s.kind, s.id, g[e].kind, o.kind, o.id, g[e].curated);
  };
  std::sort(edges.begin(), edges.end(), [&](Edge a, Edge b) { return key(a) < key(b); });
}

void add_relations_between(const Model& model, const ViewFilter& filter, const std::vector<Vertex>& shown,
                           std::string_view language, Diagram& diagram) {
  std::vector<bool> is_shown(model.entity_count(), false);
  for (Vertex v : shown)
    is_shown[v] = true;
  std::vector<Edge> edges;
  for (Vertex v : shown)
    for (auto e : boost::make_iterator_range(boost::out_edges(v, model.graph())))
      if (is_shown[boost::target(e, model.graph())] && filter.allows(model.relation(e))) edges.push_back(e);
  sort_edges(model, edges);
  for (Edge e : edges)
    diagram.edges.push_back(relation_edge(model, e, language));
}

void fill_legend(const Schema& schema, Diagram& diagram) {
  std::vector<bool> kinds(schema.kinds().size(), false);
  bool bases[3] = {false, false, false};
  for (const auto& node : diagram.nodes)
    if (const auto kind = schema.find_kind(node.style)) kinds[*kind] = true;
  for (const auto& edge : diagram.edges)
    bases[static_cast<int>(edge.basis)] = true;
  const std::string_view lang = diagram.language;
  for (KindId k = 0; k < kinds.size(); ++k)
    if (kinds[k])
      diagram.legend_kinds.push_back(
          {schema.kind(k).name, std::string(schema.kind(k).labels.get(lang, other_language(lang)))});
  for (const auto basis : {LinkBasis::stated, LinkBasis::curated, LinkBasis::indirect})
    if (bases[static_cast<int>(basis)]) diagram.legend_bases.push_back(basis);
}

void place_kinds_in_columns(Diagram& diagram) {
  std::map<std::string, std::set<std::string>, std::less<>> into, out_of;
  for (const auto& edge : diagram.edges) {
    if (edge.from == edge.to) continue;
    out_of[edge.from].insert(edge.to);
    into[edge.to].insert(edge.from);
  }
  const auto degree = [&](const DiagramNode& node, auto& side) {
    const auto found = side.find(node.name);
    return found == side.end() ? std::size_t{0} : found->second.size();
  };
  const DiagramNode* hub = nullptr;
  for (const auto& node : diagram.nodes)
    if (!hub || degree(node, into) + degree(node, out_of) > degree(*hub, into) + degree(*hub, out_of)) hub = &node;
  diagram.left_to_right = true;
  for (auto& node : diagram.nodes) {
    if (&node == hub) continue;
    const std::size_t in = degree(node, into);
    node.rank_group = in > 0 && in >= degree(node, out_of) ? 2 : 1;
  }
}

} // namespace vidensgraf::detail
