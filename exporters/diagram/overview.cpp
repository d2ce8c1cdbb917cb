// The overview: the dataset on one page, a node per kind and an edge per kind pair and relation
// with its count; or, with --full, every entity and relation, clustered by kind.
#include "exporters/diagram/style.hpp"
#include "exporters/diagram/view_support.hpp"
#include "exporters/diagram/views.hpp"

#include <fmt/format.h>

#include <map>
#include <tuple>

namespace vidensgraf {

namespace {

using detail::ViewFilter;

std::string kind_label(const KindDef& kind, std::string_view lang) {
  return std::string(kind.labels.get(lang, detail::other_language(lang)));
}

// Every entity of the allowed kinds, clustered by kind, with every relation between them.
Diagram full_overview(const Model& model, const ViewFilter& filter, const DiagramOptions& options) {
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
      diagram.clusters.push_back({kind.name, kind_label(kind, options.language), kind.name});
    diagram.nodes.push_back(std::move(node));
  }
  detail::add_relations_between(model, filter, shown, options.language, diagram);
  detail::fill_legend(model.schema(), diagram);
  return diagram;
}

// The number of relations per (subject kind, relation kind, object kind, curated).
using PairKey = std::tuple<KindId, RelationId, KindId, bool>;

std::map<PairKey, std::size_t> count_pairs(const Model& model, const ViewFilter& filter) {
  const Graph& g = model.graph();
  std::map<PairKey, std::size_t> counts;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const Relation& r = model.relation(e);
    const KindId s = g[boost::source(e, g)].kind;
    const KindId o = g[boost::target(e, g)].kind;
    if (filter.allows(s) && filter.allows(o) && filter.allows(r)) ++counts[{s, r.kind, o, r.curated}];
  }
  return counts;
}

Diagram kind_overview(const Model& model, const ViewFilter& filter, const DiagramOptions& options) {
  const Schema& schema = model.schema();
  const std::string_view lang = options.language;
  const std::string_view other = detail::other_language(lang);
  Diagram diagram;
  diagram.language = options.language;
  diagram.title = detail::dataset_title(model, lang);
  for (KindId k = 0; k < schema.kinds().size(); ++k) {
    const std::size_t count = model.entities_of_kind(k).size();
    if (!filter.allows(k) || count == 0) continue;
    const KindDef& kind = schema.kind(k);
    DiagramNode node;
    node.name = kind.segment;
    node.style = kind.name;
    node.label = fmt::format("{} ({})", kind_label(kind, lang), count);
    node.tooltip = fmt::format("{} \xE2\x80\x94 {}", node.label, kind.definitions.get(lang, other));
    node.link = kind.iri;
    node.page = kind.segment + "/index";
    diagram.nodes.push_back(std::move(node));
  }
  for (const auto& [key, count] : count_pairs(model, filter)) {
    const auto& [from, relation, to, curated] = key;
    const RelationDef& def = schema.relation(relation);
    DiagramEdge edge;
    edge.from = schema.kind(from).segment;
    edge.to = schema.kind(to).segment;
    edge.relation = def.name;
    edge.label = fmt::format("{} ({})", def.labels.get(lang, other), count);
    edge.basis = curated ? LinkBasis::curated : LinkBasis::stated;
    edge.tooltip = fmt::format("{} \xE2\x86\x92 {} \xE2\x86\x92 {}: {} \xE2\x80\x94 {}",
                               kind_label(schema.kind(from), lang), def.labels.get(lang, other),
                               kind_label(schema.kind(to), lang), count, basis_label(edge.basis, lang));
    diagram.edges.push_back(std::move(edge));
  }
  detail::fill_legend(schema, diagram);
  diagram.legend_kinds.clear(); // each node is a kind, named on it
  detail::place_kinds_in_columns(diagram);
  return diagram;
}

} // namespace

Diagram overview_diagram(const Model& model, const DiagramOptions& options) {
  const ViewFilter filter(model.schema(), options);
  return options.full ? full_overview(model, filter, options) : kind_overview(model, filter, options);
}

} // namespace vidensgraf
