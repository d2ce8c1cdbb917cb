// generate_dataset: deterministic for a seed, valid by construction, shaped like the real data.
#include "model/dataset_loader.hpp"
#include "model/error.hpp"
#include "model/generator.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>

using namespace vidensgraf;
namespace fs = std::filesystem;

namespace {

/// File name -> content of every file in a folder.
std::map<std::string, std::string> files_in(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::directory_iterator(dir))
    out[entry.path().filename().string()] = test::read_file(entry.path());
  return out;
}

/// Number of relations of one kind leaving an entity.
std::size_t out_count(const Model& m, Vertex v, RelationId kind) {
  std::size_t n = 0;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, m.graph())))
    n += m.relation(e).kind == kind;
  return n;
}

} // namespace

TEST_CASE("the same seed gives byte-identical files", "[generator]") {
  const auto a = test::work_dir("generator-same-a");
  const auto b = test::work_dir("generator-same-b");
  const auto counts_a = generate_dataset(a, 400, 7);
  const auto counts_b = generate_dataset(b, 400, 7);
  CHECK(counts_a.entities == counts_b.entities);
  CHECK(counts_a.relations == counts_b.relations);
  const auto files_a = files_in(a);
  const auto files_b = files_in(b);
  REQUIRE(files_a.size() == files_b.size());
  CHECK(files_a.count("dataset.toml") == 1);
  CHECK(files_a.count("relations.csv") == 1);
  CHECK(files_a.count("sources.csv") == 1);
  for (const auto& [name, content] : files_a) {
    INFO(name);
    REQUIRE(files_b.count(name) == 1);
    CHECK(content == files_b.at(name));
  }
}

TEST_CASE("a different seed gives different data", "[generator]") {
  const auto a = test::work_dir("generator-seed-a");
  const auto b = test::work_dir("generator-seed-b");
  generate_dataset(a, 400, 7);
  generate_dataset(b, 400, 8);
  CHECK(test::read_file(a / "relations.csv") != test::read_file(b / "relations.csv"));
  CHECK(test::read_file(a / "projects.csv") != test::read_file(b / "projects.csv"));
}

TEST_CASE("a generated dataset validates without errors or warnings", "[generator]") {
  const auto dir = test::work_dir("generator-valid");
  const auto counts = generate_dataset(dir, 1000, 42);
  Diagnostics diagnostics;
  const Model model = load_dataset(dir, diagnostics);
  std::string listed;
  for (std::size_t i = 0; i < std::min<std::size_t>(diagnostics.all().size(), 20); ++i)
    listed += format_diagnostic(diagnostics.all()[i]) + "\n";
  INFO(listed);
  CHECK(diagnostics.all().empty());
  // Every row written became an entity or a relation (the generator writes no duplicates).
  CHECK(model.entity_count() == counts.entities);
  CHECK(model.relation_count() == counts.relations);
}

TEST_CASE("the generator writes exactly as many entities as asked, and refuses fewer than 60", "[generator]") {
  for (std::size_t asked : {60u, 61u, 100u, 1000u, 5000u}) {
    const auto counts = generate_dataset(test::work_dir("generator-count"), asked, 1);
    INFO(asked);
    CHECK(counts.entities == asked);
    CHECK(counts.relations > counts.entities); // a graph, not a list
  }
  CHECK_THROWS_WITH(generate_dataset(test::work_dir("generator-tiny"), 59, 1),
                    "a generated dataset has at least 60 entities, not 59");
}

TEST_CASE("generated projects have one lead organisation and one to four challenge areas", "[generator]") {
  const auto dir = test::work_dir("generator-shape");
  generate_dataset(dir, 2000, 3);
  Diagnostics diagnostics;
  const Model m = load_dataset(dir, diagnostics);
  REQUIRE(diagnostics.ok());
  const auto& schema = m.schema();
  const auto lead = schema.require_relation("leadOrganisation");
  const auto faces = schema.require_relation("facesChallenge");
  const auto projects = m.entities_of_kind(schema.require_kind("Project"));
  REQUIRE(projects.size() > 100);
  std::set<std::size_t> challenge_counts;
  std::map<Vertex, std::size_t> leads_per_organisation;
  for (auto v : projects) {
    INFO(m.entity(v).id);
    CHECK(out_count(m, v, lead) == 1);
    const auto n = out_count(m, v, faces);
    CHECK(n >= 1);
    CHECK(n <= 3);
    challenge_counts.insert(n);
    for (auto e : boost::make_iterator_range(boost::out_edges(v, m.graph())))
      if (m.relation(e).kind == lead) ++leads_per_organisation[boost::target(e, m.graph())];
  }
  CHECK(challenge_counts.size() >= 3); // the number varies between projects
  // Few challenge areas, many organisations, and hubs: one organisation leads far more projects
  // than the average organisation.
  CHECK(m.entities_of_kind(schema.require_kind("ChallengeArea")).size() == 7);
  const auto organisations = m.entities_of_kind(schema.require_kind("Organisation")).size();
  CHECK(organisations > 100);
  std::size_t most = 0;
  for (const auto& [org, n] : leads_per_organisation)
    most = std::max(most, n);
  CHECK(most * organisations >= 5 * projects.size());
}

TEST_CASE("every generated relation and entity cites a source", "[generator]") {
  const auto dir = test::work_dir("generator-sources");
  generate_dataset(dir, 300, 9);
  Diagnostics diagnostics;
  const Model m = load_dataset(dir, diagnostics);
  REQUIRE(diagnostics.ok());
  const auto source_kind = m.schema().require_kind("Source");
  for (auto v : boost::make_iterator_range(boost::vertices(m.graph()))) {
    const auto& p = m.provenance(m.entity(v).provenance);
    REQUIRE_FALSE(p.citations.empty());
    CHECK(m.entity(p.citations.front().source).kind == source_kind);
  }
  for (auto e : boost::make_iterator_range(boost::edges(m.graph())))
    CHECK_FALSE(m.provenance(m.relation(e).provenance).citations.empty());
}

TEST_CASE("a folder that cannot be created is an output error", "[generator]") {
  const auto dir = test::work_dir("generator-unwritable");
  test::write_file(dir / "a-file", "not a folder");
  CHECK_THROWS_AS(generate_dataset(dir / "a-file" / "out", 100, 1), OutputError);
}
