#include "support/rdf_fixture.hpp"
#include "support/rdf_tools.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace vidensgraf;

TEST_CASE("the JSON-LD export expands with jsonld.js to the Turtle export's graph", "[jsonld_writer][slow]") {
  if (!test::node_ready()) return;
  const auto dir = test::work_dir("jsonld_writer_bundled");
  REQUIRE(test::export_to(test::bundled_dataset(), "turtle", dir / "data.ttl").exit_code == 0);
  REQUIRE(test::export_to(test::bundled_dataset(), "jsonld", dir / "data.jsonld").exit_code == 0);
  const auto run = test::jsonld_to_nquads(dir / "data.jsonld", dir / "expanded.nq");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(test::rdflib_difference(dir / "data.ttl", "turtle", dir / "expanded.nq", "nquads").empty());
}

TEST_CASE("the JSON-LD export is compacted with the published context into readable keys", "[jsonld_writer]") {
  const auto dir = test::work_dir("jsonld_writer_compact");
  test::write_hard_dataset(dir / "in", false);
  REQUIRE(test::export_to(dir / "in", "jsonld", dir / "data.jsonld").exit_code == 0);
  const auto doc = nlohmann::json::parse(test::read_file(dir / "data.jsonld"));
  const auto published = nlohmann::json::parse(test::read_file(test::source_dir() / "ontology" / "context.jsonld"));
  REQUIRE(doc["@context"].is_array());
  CHECK(doc["@context"][0] == published["@context"]);
  CHECK(doc["@context"][1]["@base"] == "https://example.org/hard/");
  const nlohmann::json* p1 = nullptr;
  for (const auto& node : doc["@graph"])
    if (node["id"] == "project/p-1") p1 = &node;
  REQUIRE(p1);
  CHECK((*p1)["label"]["da"] == "Projekt ét");
  CHECK((*p1)["leadOrganisation"] == "organisation/org-1");
  CHECK((*p1)["type"][0] == "Project");
  CHECK((*p1)["grant"] == "project/p-1#grant-8700000-DKK");
}

TEST_CASE("the JSON-LD export and the Turtle export of hard strings are the same graph", "[jsonld_writer][hard]") {
  if (!test::node_ready()) return;
  const auto dir = test::work_dir("jsonld_writer_hard");
  test::write_hard_dataset(dir / "in", true);
  REQUIRE(test::export_to(dir / "in", "turtle", dir / "data.ttl").exit_code == 0);
  REQUIRE(test::export_to(dir / "in", "jsonld", dir / "data.jsonld").exit_code == 0);
  const auto run = test::jsonld_to_nquads(dir / "data.jsonld", dir / "expanded.nq");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(test::rdflib_difference(dir / "data.ttl", "turtle", dir / "expanded.nq", "nquads").empty());
}
