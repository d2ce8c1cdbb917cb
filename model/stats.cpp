#include "model/stats.hpp"

#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

namespace vidensgraf {

Stats compute_stats(const Model& model) {
  const auto& schema = model.schema();
  const auto& g = model.graph();
  Stats s;
  s.dataset = model.metadata().id;
  s.entities = model.entity_count();
  s.relations = model.relation_count();
  s.provenance_records = model.provenance_count();

  std::vector<std::size_t> per_kind(schema.kinds().size());
  std::map<std::pair<AttributeId, LanguageId>, std::size_t> per_attribute;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    ++per_kind[g[v].kind];
    for (const auto& value : g[v].values)
      ++per_attribute[{value.attribute, value.language}];
    s.attribute_values += g[v].values.size();
  }
  for (std::size_t k = 0; k < per_kind.size(); ++k)
    s.kinds.push_back({schema.kinds()[k].name, per_kind[k]});

  std::vector<RelationCount> per_relation(schema.relations().size());
  std::map<std::tuple<KindId, RelationId, KindId>, std::size_t> per_edge_type;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const auto& r = g[e];
    auto& count = per_relation[r.kind];
    ++count.count;
    ++(r.curated ? count.curated : count.stated);
    ++(r.curated ? s.curated : s.stated);
    ++per_edge_type[{g[boost::source(e, g)].kind, r.kind, g[boost::target(e, g)].kind}];
  }
  for (std::size_t r = 0; r < per_relation.size(); ++r) {
    per_relation[r].relation = schema.relations()[r].name;
    s.relation_kinds.push_back(per_relation[r]);
  }
  for (const auto& [key, count] : per_edge_type) {
    const auto& [sk, rel, ok] = key;
    s.edge_types.push_back({schema.kind(sk).name, schema.relation(rel).name, schema.kind(ok).name, count});
  }
  for (const auto& [key, count] : per_attribute)
    s.attributes.push_back({schema.attribute(key.first).column, model.language(key.second), count});
  return s;
}

std::string stats_to_json(const Stats& s) {
  using nlohmann::ordered_json;
  ordered_json j;
  j["dataset"] = s.dataset;
  j["entities"] = s.entities;
  j["relations"] = s.relations;
  j["stated_relations"] = s.stated;
  j["curated_relations"] = s.curated;
  j["attribute_values"] = s.attribute_values;
  j["provenance_records"] = s.provenance_records;
  j["kinds"] = ordered_json::object();
  for (const auto& k : s.kinds)
    j["kinds"][k.kind] = k.count;
  j["relation_kinds"] = ordered_json::object();
  for (const auto& r : s.relation_kinds)
    j["relation_kinds"][r.relation] = {{"count", r.count}, {"stated", r.stated}, {"curated", r.curated}};
  j["edge_types"] = ordered_json::array();
  for (const auto& e : s.edge_types)
    j["edge_types"].push_back(
        {{"subject", e.subject_kind}, {"relation", e.relation}, {"object", e.object_kind}, {"count", e.count}});
  j["attributes"] = ordered_json::array();
  for (const auto& a : s.attributes)
    j["attributes"].push_back({{"attribute", a.attribute}, {"language", a.language}, {"count", a.count}});
  return j.dump(2) + "\n";
}

void print_stats_table(std::ostream& out, const Stats& s) {
  out << fmt::format("dataset {}: {} entities, {} relations ({} stated, {} curated), {} attribute values\n\n",
                     s.dataset, s.entities, s.relations, s.stated, s.curated, s.attribute_values);
  out << fmt::format("{:<20} {:>10}\n", "kind", "entities");
  for (const auto& k : s.kinds)
    out << fmt::format("{:<20} {:>10}\n", k.kind, k.count);
  out << fmt::format("\n{:<20} {:>10} {:>10} {:>10}\n", "relation", "count", "stated", "curated");
  for (const auto& r : s.relation_kinds)
    out << fmt::format("{:<20} {:>10} {:>10} {:>10}\n", r.relation, r.count, r.stated, r.curated);
  out << fmt::format("\n{:<16} {:<20} {:<16} {:>8}\n", "subject", "relation", "object", "count");
  for (const auto& e : s.edge_types)
    out << fmt::format("{:<16} {:<20} {:<16} {:>8}\n", e.subject_kind, e.relation, e.object_kind, e.count);
  out << fmt::format("\n{:<16} {:<8} {:>8}\n", "attribute", "language", "count");
  for (const auto& a : s.attributes)
    out << fmt::format("{:<16} {:<8} {:>8}\n", a.attribute, a.language, a.count);
}

} // namespace vidensgraf
