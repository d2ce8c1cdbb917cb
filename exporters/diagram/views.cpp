// The ontology view (the focus view is in focus.cpp, the overview in overview.cpp, the challenges
// view in challenges.cpp).
#include "exporters/diagram/views.hpp"

#include "exporters/diagram/style.hpp"
#include "exporters/diagram/view_support.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

namespace vidensgraf {

using detail::ViewFilter;

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
