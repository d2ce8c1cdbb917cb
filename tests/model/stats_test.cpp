// compute_stats and its JSON and table forms, on tests/data/valid-small. The expected counts were
// counted by hand in the fixture's CSV files.
#include "model/dataset_loader.hpp"
#include "model/stats.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace vidensgraf;

namespace {

Stats small_stats() {
  Diagnostics diagnostics;
  const Model model = load_dataset(test::data_dir() / "valid-small", diagnostics);
  REQUIRE(diagnostics.ok());
  return compute_stats(model);
}

std::size_t kind_count(const Stats& s, std::string_view kind) {
  for (const auto& k : s.kinds)
    if (k.kind == kind) return k.count;
  FAIL("no kind " << kind);
  return 0;
}

RelationCount relation_count(const Stats& s, std::string_view relation) {
  for (const auto& r : s.relation_kinds)
    if (r.relation == relation) return r;
  FAIL("no relation kind " << relation);
  return {};
}

std::size_t attribute_count(const Stats& s, std::string_view attribute, std::string_view language) {
  for (const auto& a : s.attributes)
    if (a.attribute == attribute && a.language == language) return a.count;
  return 0;
}

std::size_t edge_type_count(const Stats& s, std::string_view subject, std::string_view relation,
                            std::string_view object) {
  for (const auto& e : s.edge_types)
    if (e.subject_kind == subject && e.relation == relation && e.object_kind == object) return e.count;
  return 0;
}

} // namespace

TEST_CASE("stats count the entities of valid-small per kind", "[stats]") {
  const auto s = small_stats();
  CHECK(s.dataset == "valid-small");
  CHECK(s.entities == 10);
  CHECK(kind_count(s, "Project") == 2);
  CHECK(kind_count(s, "Organisation") == 3);
  CHECK(kind_count(s, "ChallengeArea") == 2);
  CHECK(kind_count(s, "Result") == 1);
  CHECK(kind_count(s, "Source") == 2);
  CHECK(kind_count(s, "Tool") == 0); // kinds without entities are listed with 0
  CHECK(s.kinds.size() == Schema::builtin().kinds().size());
}

TEST_CASE("stats count relations per kind and basis", "[stats]") {
  const auto s = small_stats();
  // 13 rows in relations.csv: one repeats a link (merged), three are attribute values.
  CHECK(s.relations == 9);
  CHECK(s.stated == 7);
  CHECK(s.curated == 2);
  CHECK(relation_count(s, "leadOrganisation").count == 2);
  CHECK(relation_count(s, "partner").count == 1);
  const auto faces = relation_count(s, "facesChallenge");
  CHECK(faces.count == 3);
  CHECK(faces.stated == 2);
  CHECK(faces.curated == 1);
  CHECK(relation_count(s, "publisher").curated == 1);
  CHECK(relation_count(s, "concernsProject").count == 1);
  CHECK(relation_count(s, "achievedBy").count == 1);
  CHECK(relation_count(s, "owner").count == 0);
  CHECK(s.relation_kinds.size() == Schema::builtin().relations().size());
}

TEST_CASE("stats count relations per subject kind, relation and object kind", "[stats]") {
  const auto s = small_stats();
  CHECK(s.edge_types.size() == 6);
  CHECK(edge_type_count(s, "Project", "facesChallenge", "ChallengeArea") == 3);
  CHECK(edge_type_count(s, "Project", "leadOrganisation", "Organisation") == 2);
  CHECK(edge_type_count(s, "Project", "partner", "Organisation") == 1);
  CHECK(edge_type_count(s, "Result", "concernsProject", "Project") == 1);
  CHECK(edge_type_count(s, "Result", "achievedBy", "Organisation") == 1);
  CHECK(edge_type_count(s, "Source", "publisher", "Organisation") == 1);
}

TEST_CASE("stats count attribute values per attribute and language", "[stats]") {
  const auto s = small_stats();
  CHECK(attribute_count(s, "label", "da") == 10);
  CHECK(attribute_count(s, "label", "en") == 7); // 6 in the tables, 1 in relations.csv
  CHECK(attribute_count(s, "description", "da") == 2);
  CHECK(attribute_count(s, "participants", "") == 2);
  CHECK(attribute_count(s, "sector", "") == 2);
  CHECK(attribute_count(s, "grant", "") == 1);
  CHECK(attribute_count(s, "start", "") == 2);
  CHECK(attribute_count(s, "issued", "") == 2);
  CHECK(attribute_count(s, "url", "") == 1);
  CHECK(attribute_count(s, "address", "") == 1);
  CHECK(s.attribute_values == 30);
  CHECK(s.provenance_records > 0);
}

TEST_CASE("stats as JSON parse and hold every key, with the counts", "[stats]") {
  const auto s = small_stats();
  const auto text = stats_to_json(s);
  const auto j = nlohmann::ordered_json::parse(text);
  std::vector<std::string> keys;
  for (const auto& item : j.items())
    keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"dataset", "entities", "relations", "stated_relations", "curated_relations",
                                         "attribute_values", "provenance_records", "kinds", "relation_kinds",
                                         "edge_types", "attributes"});
  CHECK(j["dataset"] == "valid-small");
  CHECK(j["entities"] == 10);
  CHECK(j["relations"] == 9);
  CHECK(j["stated_relations"] == 7);
  CHECK(j["curated_relations"] == 2);
  CHECK(j["attribute_values"] == 30);
  CHECK(j["kinds"]["Project"] == 2);
  CHECK(j["kinds"]["Case"] == 0);
  CHECK(j["relation_kinds"]["facesChallenge"]["count"] == 3);
  CHECK(j["relation_kinds"]["facesChallenge"]["curated"] == 1);
  REQUIRE(j["edge_types"].is_array());
  CHECK(j["edge_types"].size() == 6);
  for (const auto& e : j["edge_types"])
    for (const char* key : {"subject", "relation", "object", "count"})
      CHECK(e.contains(key));
  REQUIRE(j["attributes"].is_array());
  for (const auto& a : j["attributes"])
    for (const char* key : {"attribute", "language", "count"})
      CHECK(a.contains(key));
  CHECK(stats_to_json(small_stats()) == text); // deterministic
}

TEST_CASE("stats as a table name the totals and every kind", "[stats]") {
  std::ostringstream out;
  print_stats_table(out, small_stats());
  const auto text = out.str();
  CHECK_THAT(text, Catch::Contains(
                       "dataset valid-small: 10 entities, 9 relations (7 stated, 2 curated), 30 attribute values"));
  for (const auto& k : Schema::builtin().kinds())
    CHECK_THAT(text, Catch::Contains(k.name));
  CHECK_THAT(text, Catch::Contains("facesChallenge"));
}
