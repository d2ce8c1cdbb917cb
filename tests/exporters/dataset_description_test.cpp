#include "exporters/rdf_fixture.hpp"
#include "exporters/rdf_tools.hpp"
#include "exporters/rdf_triples.hpp"
#include "model/dataset_loader.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace vidensgraf;

TEST_CASE("the dataset description is DCAT with a distribution per syntax and VoID statistics",
          "[dataset_description]") {
  const auto dir = test::work_dir("dataset_description");
  test::write_hard_dataset(dir / "in", false);
  REQUIRE(test::export_to(dir / "in", "turtle", dir / "dataset.ttl", {"--what", "dataset"}).exit_code == 0);
  const auto file = dir / "dataset.ttl";
  REQUIRE(test::rapper_count(file, "turtle"));
  const std::string d = "https://example.org/hard/dataset";
  const auto values = [&](const std::string& p) {
    return nlohmann::json::parse(test::rdflib_values(file, "turtle", d, p));
  };
  std::size_t triples = 0;
  const Model model = load_dataset_or_throw(dir / "in");
  for_each_triple(model, {}, [&](const Triple&) { ++triples; });
  CHECK(values("http://rdfs.org/ns/void#triples")[0][0] == std::to_string(triples));
  CHECK(values("http://purl.org/dc/terms/title").dump() == R"([["Hard strings","en",""],["Svære tegn","da",""]])");
  CHECK(values("http://purl.org/dc/terms/issued")[0][0] == "2026-11-01");
  CHECK(values("http://purl.org/dc/terms/modified")[0][0] == "2026-11-22");
  const auto ttl = test::read_file(file);
  for (const char* media : {"text/turtle", "application/n-triples", "application/n-quads", "application/rdf+xml",
                            "application/rdf+json", "application/ld+json"})
    CHECK(ttl.find(std::string("<https://www.iana.org/assignments/media-types/") + media + ">") != std::string::npos);
  CHECK(ttl.find("dcterms:license <https://creativecommons.org/licenses/by/4.0/>") != std::string::npos);
  CHECK(ttl.find("void:exampleResource") != std::string::npos);
  CHECK(ttl.find("void:vocabulary <") != std::string::npos);
  CHECK(ttl.find("<http://www.w3.org/2004/02/skos/core#>") != std::string::npos);
  CHECK(ttl.find("a void:Dataset, dcat:Dataset ;") != std::string::npos);
  CHECK(ttl.find("a dcat:Distribution ;") != std::string::npos);
}
