#include "support/rdf_fixture.hpp"
#include "support/rdf_tools.hpp"

#include <catch2/catch.hpp>

using namespace vidensgraf;
namespace fs = std::filesystem;

namespace {

test::RunResult vg(const std::vector<std::string>& args) {
  return test::run_vidensgraf(args);
}

/// Exports `input` (a folder or an RDF file) as Turtle to `out`, requiring success.
void turtle(const fs::path& input, const fs::path& out) {
  const auto run = vg({"export", "--format", "turtle", "-o", out.string(), input.string()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
}

std::vector<std::pair<std::string, std::string>> folder(const fs::path& dir) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& e : fs::directory_iterator(dir))
    out.emplace_back(e.path().filename(), test::read_file(e.path()));
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

TEST_CASE("CSV to model to Turtle to model to Turtle gives the same Turtle, and Turtle to CSV to Turtle too",
          "[rdf_import]") {
  const auto dir = test::work_dir("rdf_import_round_trip");
  test::write_hard_dataset(dir / "hard", true);
  for (const auto& input : {test::bundled_dataset(), dir / "hard"}) {
    INFO(input);
    turtle(input, dir / "first.ttl");
    turtle(dir / "first.ttl", dir / "second.ttl"); // RDF file -> model -> Turtle
    CHECK(test::read_file(dir / "first.ttl") == test::read_file(dir / "second.ttl"));

    fs::remove_all(dir / "csv");
    const auto imported = vg({"import", (dir / "first.ttl").string(), "-o", (dir / "csv").string()});
    INFO(imported.err);
    REQUIRE(imported.exit_code == 0);
    const auto valid = vg({"validate", (dir / "csv").string()});
    INFO(valid.out);
    CHECK(valid.exit_code == 0);
    turtle(dir / "csv", dir / "third.ttl");
    CHECK(test::rdflib_difference(dir / "first.ttl", "turtle", dir / "third.ttl", "turtle").empty());
    CHECK(test::read_file(dir / "first.ttl") == test::read_file(dir / "third.ttl"));

    // The same CSV on every run.
    fs::remove_all(dir / "csv2");
    REQUIRE(vg({"import", (dir / "first.ttl").string(), "-o", (dir / "csv2").string()}).exit_code == 0);
    CHECK(folder(dir / "csv") == folder(dir / "csv2"));
  }
}

TEST_CASE("every syntax Raptor reads imports to the same model", "[rdf_import]") {
  const auto dir = test::work_dir("rdf_import_syntaxes");
  test::write_hard_dataset(dir / "hard", false);
  turtle(dir / "hard", dir / "reference.ttl");
  for (const std::string format : {"ntriples", "nquads", "rdfxml", "rdfjson"}) {
    INFO(format);
    const auto ext = format == "ntriples" ? "nt" : format == "nquads" ? "nq" : format == "rdfxml" ? "rdf" : "rj";
    const auto file = dir / (std::string("data.") + ext);
    REQUIRE(test::export_to(dir / "hard", format, file).exit_code == 0);
    turtle(file, dir / "again.ttl");
    CHECK(test::read_file(dir / "reference.ttl") == test::read_file(dir / "again.ttl"));
  }
}

TEST_CASE("malformed RDF is reported with file and line, every error, exit 1", "[rdf_import]") {
  const auto dir = test::work_dir("rdf_import_malformed");
  test::write_file(dir / "bad.nt", "<http://a.example/s> <http://a.example/p> \"ok\" .\n"
                                   "<http://a.example/s> <http://a.example/p> .\n" // no object
                                   "<http://a.example/s> <http://a.example/p> \"ok\" .\n"
                                   "this is not a triple\n");
  const auto run = vg({"validate", (dir / "bad.nt").string()});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.out, Catch::Contains("bad.nt:2:") && Catch::Contains("bad.nt:4:"));
  const auto import = vg({"import", (dir / "bad.nt").string(), "-o", (dir / "out").string()});
  CHECK(import.exit_code == 1);
  CHECK_FALSE(fs::exists(dir / "out"));
}

TEST_CASE("RDF that breaks the ontology is refused with messages naming the entities", "[rdf_import]") {
  const auto dir = test::work_dir("rdf_import_invalid");
  test::write_hard_dataset(dir / "hard", false);
  turtle(dir / "hard", dir / "good.ttl");
  std::string text = test::read_file(dir / "good.ttl");
  // p-2's Danish label goes, and p-1's lead organisation becomes a challenge area.
  const auto replace = [&](const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  };
  replace("vg:label \"Project two\"@en, \"Projekt to\"@da", "vg:label \"Project two\"@en");
  replace("vg:leadOrganisation <https://example.org/hard/organisation/org-1>",
          "vg:leadOrganisation <https://example.org/hard/challenge/ca-data>");
  test::write_file(dir / "bad.ttl", text);
  const auto run = vg({"validate", (dir / "bad.ttl").string()});
  CHECK(run.exit_code == 1);
  CHECK_THAT(run.out, Catch::Contains("project/p-2> has no label in the language 'da'"));
  CHECK_THAT(run.out, Catch::Contains("leadOrganisation may not connect the Project 'p-1' to the ChallengeArea"));
  const auto stats = vg({"stats", (dir / "good.ttl").string()});
  CHECK(stats.exit_code == 0);
}
