#include "support/rdf_fixture.hpp"
#include "model/rdf/syntax.hpp"
#include "support/rdf_tools.hpp"
#include "model/rdf/triples.hpp"
#include "model/dataset_loader.hpp"

#include <catch2/catch.hpp>
#include <algorithm>
#include <nlohmann/json.hpp>

using namespace vidensgraf;
namespace fs = std::filesystem;

namespace {

std::size_t triple_count(const fs::path& dataset) {
  const Model model = load_dataset_or_throw(dataset);
  std::size_t n = 0;
  for_each_triple(model, {}, [&](const Triple&) { ++n; });
  return n;
}

/// rdflib's parser name for a syntax.
std::string rdflib_format(RdfFormat f) {
  switch (f) {
  case RdfFormat::turtle:
    return "turtle";
  case RdfFormat::ntriples:
    return "nt";
  case RdfFormat::nquads:
    return "nquads";
  case RdfFormat::rdfxml:
    return "xml";
  case RdfFormat::rdfjson:
    return "rdfjson";
  case RdfFormat::jsonld:
    return "json-ld";
  }
  return {};
}

const std::string vg_description = "https://w3id.org/vidensgraf/ontology#description";
const std::string hard_p1 = "https://example.org/hard/project/p-1";

} // namespace

TEST_CASE("every syntax of the bundled dataset is read back whole by rapper and serdi", "[rdf_serializer][slow]") {
  const auto dir = test::work_dir("rdf_serializer_bundled");
  const std::size_t expected = triple_count(test::bundled_dataset());
  REQUIRE(expected > 1000);
  for (const auto& f : rdf_formats) {
    if (f.format == RdfFormat::jsonld) continue; // read by jsonld.js in jsonld_writer_test.cpp
    INFO(f.name);
    const auto out = dir / ("data." + std::string(f.extension));
    const auto run = test::export_to(test::bundled_dataset(), std::string(f.name), out);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    std::string messages;
    CHECK(test::rapper_count(out, std::string(f.raptor), &messages) == expected);
    INFO(messages);
    if (f.format == RdfFormat::turtle || f.format == RdfFormat::ntriples || f.format == RdfFormat::nquads)
      CHECK(test::serdi_count(out, std::string(f.raptor)) == expected);
    if (f.format != RdfFormat::turtle)
      CHECK(test::rdflib_difference(dir / "data.ttl", "turtle", out, rdflib_format(f.format)).empty());
  }
}

TEST_CASE("Turtle and RDF/XML declare the standard prefixes", "[rdf_serializer]") {
  const auto dir = test::work_dir("rdf_serializer_prefixes");
  test::write_hard_dataset(dir / "in", false);
  REQUIRE(test::export_to(dir / "in", "turtle", dir / "data.ttl").exit_code == 0);
  REQUIRE(test::export_to(dir / "in", "rdfxml", dir / "data.rdf").exit_code == 0);
  const auto ttl = test::read_file(dir / "data.ttl");
  const auto xml = test::read_file(dir / "data.rdf");
  for (const char* prefix : {"vg", "rdfs", "xsd", "skos", "schema", "org", "dcterms", "prov", "foaf", "dcat"}) {
    INFO(prefix);
    CHECK(ttl.find("@prefix " + std::string(prefix) + ": <") != std::string::npos);
    CHECK(xml.find("xmlns:" + std::string(prefix) + "=\"") != std::string::npos);
  }
  CHECK(ttl.find("@base") == std::string::npos);
  CHECK(ttl.find("<project/") == std::string::npos); // no relative IRIs
}

TEST_CASE("the same dataset gives byte-identical output in every syntax on every run", "[rdf_serializer]") {
  const auto dir = test::work_dir("rdf_serializer_determinism");
  test::write_hard_dataset(dir / "in", false);
  for (const auto& f : rdf_formats)
    for (const std::string what : {"data", "dataset"}) {
      INFO(f.name << " " << what);
      REQUIRE(test::export_to(dir / "in", std::string(f.name), dir / "a", {"--what", what}).exit_code == 0);
      REQUIRE(test::export_to(dir / "in", std::string(f.name), dir / "b", {"--what", what}).exit_code == 0);
      const auto a = test::read_file(dir / "a");
      CHECK(!a.empty());
      CHECK(a == test::read_file(dir / "b"));
    }
}

TEST_CASE("hard strings survive every syntax exactly, as independent parsers read them", "[rdf_serializer][hard]") {
  const bool with_c0 = GENERATE(false, true);
  const auto dir = test::work_dir(with_c0 ? "rdf_serializer_hard_c0" : "rdf_serializer_hard");
  test::write_hard_dataset(dir / "in", with_c0);
  const std::string expected = test::hard_text(with_c0);
  for (const auto& f : rdf_formats) {
    if (f.format == RdfFormat::rdfxml && with_c0) continue; // refused, see the next test
    INFO(f.name << (with_c0 ? " with C0 controls" : ""));
    const auto out = dir / ("data." + std::string(f.extension));
    const auto run = test::export_to(dir / "in", std::string(f.name), out);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    fs::path readable = out;
    std::string format = rdflib_format(f.format);
    if (f.format == RdfFormat::jsonld) {
      if (!test::node_ready()) continue;
      const auto expanded = test::jsonld_to_nquads(out, dir / "jsonld.nq");
      INFO(expanded.err);
      REQUIRE(expanded.exit_code == 0);
      readable = dir / "jsonld.nq";
      format = "nquads";
    } else {
      std::string messages;
      CHECK(test::rapper_count(out, std::string(f.raptor), &messages));
      INFO(messages);
    }
    if (f.format == RdfFormat::turtle || f.format == RdfFormat::ntriples || f.format == RdfFormat::nquads)
      CHECK(test::serdi_count(out, std::string(f.raptor)));
    const auto values = nlohmann::json::parse(test::rdflib_values(readable, format, hard_p1, vg_description));
    REQUIRE(values.size() == 1);
    CHECK(values[0][0].get<std::string>() == expected);
    CHECK(values[0][1] == "en");
    const auto labels = nlohmann::json::parse(test::rdflib_values(
        readable, format, "https://example.org/hard/organisation/org-1", "http://www.w3.org/2000/01/rdf-schema#label"));
    CHECK(labels.dump() ==
          nlohmann::json::parse(R"([["Organisation \"én\" \\ ø","da",""],["Organisation one","en",""]])").dump());
  }
}

TEST_CASE("RDF/XML refuses C0 control characters, naming the entity, and writes no file", "[rdf_serializer][hard]") {
  const auto dir = test::work_dir("rdf_serializer_xml_c0");
  test::write_hard_dataset(dir / "in", true);
  const auto run = test::export_to(dir / "in", "rdfxml", dir / "data.rdf");
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.err, Catch::Contains(hard_p1) && Catch::Contains("U+0001") && Catch::Contains("XML 1.0"));
  CHECK_FALSE(fs::exists(dir / "data.rdf"));
  CHECK(fs::is_empty(dir / "in") == false);
  for (const auto& entry : fs::directory_iterator(dir))
    CHECK(entry.path().filename() == "in"); // no temporary left
}

TEST_CASE("export writes to standard output without -o or with -o -", "[rdf_serializer]") {
  const auto dir = test::work_dir("rdf_serializer_stdout");
  test::write_hard_dataset(dir / "in", false);
  const auto a = test::run_vidensgraf({"export", "--format", "ntriples", (dir / "in").string()});
  const auto b = test::run_vidensgraf({"export", "--format", "ntriples", "-o", "-", (dir / "in").string()});
  REQUIRE(a.exit_code == 0);
  CHECK(a.out == b.out);
  CHECK(a.out.find("<https://example.org/hard/project/p-1>") != std::string::npos);
  const auto bad = test::run_vidensgraf({"export", "--format", "n3", (dir / "in").string()});
  CHECK(bad.exit_code == 2);
  const auto moved =
      test::run_vidensgraf({"export", "--format", "ntriples", "--base", "http://x.example/", (dir / "in").string()});
  REQUIRE(moved.exit_code == 0);
  CHECK(moved.out.find("<http://x.example/project/p-1>") != std::string::npos);
  CHECK(moved.out.find("https://example.org/hard/project") == std::string::npos);
}

TEST_CASE("streamed Turtle holds the same graph as Raptor's Turtle, hard strings included", "[rdf_serializer][hard]") {
  const bool with_c0 = GENERATE(false, true);
  const auto dir = test::work_dir(with_c0 ? "rdf_serializer_stream_c0" : "rdf_serializer_stream");
  test::write_hard_dataset(dir / "in", with_c0);
  for (const auto& dataset : {test::bundled_dataset(), dir / "in"}) {
    INFO(dataset);
    REQUIRE(test::export_to(dataset, "turtle", dir / "raptor.ttl").exit_code == 0);
    const auto run = test::export_to(dataset, "turtle", dir / "stream.ttl", {"--stream"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const std::size_t expected = triple_count(dataset);
    std::string messages;
    CHECK(test::rapper_count(dir / "stream.ttl", "turtle", &messages) == expected);
    INFO(messages);
    CHECK(test::serdi_count(dir / "stream.ttl", "turtle") == expected);
    CHECK(test::rdflib_difference(dir / "raptor.ttl", "turtle", dir / "stream.ttl", "turtle").empty());
    const auto stream = test::read_file(dir / "stream.ttl");
    CHECK(stream != test::read_file(dir / "raptor.ttl")); // really the other writer
    CHECK(stream.find("@prefix vg: <https://w3id.org/vidensgraf/ontology#> .") == 0);
    REQUIRE(test::export_to(dataset, "turtle", dir / "again.ttl", {"--stream"}).exit_code == 0);
    CHECK(stream == test::read_file(dir / "again.ttl"));
  }
  const auto values = nlohmann::json::parse(test::rdflib_values(dir / "stream.ttl", "turtle", hard_p1, vg_description));
  REQUIRE(values.size() == 1);
  CHECK(values[0][0].get<std::string>() == test::hard_text(with_c0));
  CHECK(values[0][1] == "en");
}

TEST_CASE("a model above the streaming threshold is exported as streamed Turtle that serdi reads whole",
          "[rdf_serializer][slow]") {
  const auto dir = test::work_dir("rdf_serializer_large");
  REQUIRE(test::run_vidensgraf({"generate", "--entities", "21000", "--seed", "3", (dir / "in").string()}).exit_code ==
          0);
  REQUIRE(test::export_to(dir / "in", "turtle", dir / "data.ttl").exit_code == 0);
  REQUIRE(test::export_to(dir / "in", "ntriples", dir / "data.nt").exit_code == 0);
  const auto nt = test::read_file(dir / "data.nt");
  const auto lines = static_cast<std::size_t>(std::count(nt.begin(), nt.end(), '\n'));
  REQUIRE(lines > 500000);
  CHECK(test::serdi_count(dir / "data.ttl", "turtle") == lines);
  CHECK(test::serdi_count(dir / "data.nt", "ntriples") == lines);
  // Above the threshold the default is the streamed writer: the same bytes as --stream.
  REQUIRE(test::export_to(dir / "in", "turtle", dir / "stream.ttl", {"--stream"}).exit_code == 0);
  CHECK(test::read_file(dir / "data.ttl") == test::read_file(dir / "stream.ttl"));
}
