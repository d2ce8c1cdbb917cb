// The vidensgraf program as a user runs it: exit codes, help, validate, stats and generate.
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

using namespace vidensgraf;
using test::run_vidensgraf;

namespace {

std::string fixture(const std::string& name) {
  return (test::data_dir() / name).string();
}

/// Shows what the program printed when a check on it fails.
std::string shown(const test::RunResult& r) {
  return "exit " + std::to_string(r.exit_code) + "\n--- stdout\n" + r.out + "--- stderr\n" + r.err;
}

} // namespace

TEST_CASE("validate exits 0 on a valid dataset", "[cli]") {
  const auto r = run_vidensgraf({"validate", fixture("valid-small")});
  INFO(shown(r));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("valid: 10 entities, 9 relations, 0 warning(s)"));
}

TEST_CASE("validate exits 1 on an invalid dataset and lists every problem as file:line:column", "[cli]") {
  const auto dir = test::data_dir() / "invalid" / "several-errors";
  const auto r = run_vidensgraf({"validate", dir.string()});
  INFO(shown(r));
  CHECK(r.exit_code == 1);
  for (const auto& [file, position] :
       std::vector<std::pair<std::string, std::string>>{{"dataset.toml", ":4:10: error: "},
                                                        {"organisations.csv", ":2:24: error: "},
                                                        {"projects.csv", ":2:19: error: "},
                                                        {"relations.csv", ":3:12: error: "}})
    CHECK_THAT(r.out, Catch::Contains((dir / file).string() + position));
  CHECK_THAT(r.out, Catch::Contains("invalid: 4 error(s), 0 warning(s)"));
}

TEST_CASE("validate refuses a bad publisher type, e-mail address or theme in dataset.toml at its line and column",
          "[cli][catalogue]") {
  const auto file = test::data_dir() / "invalid" / "bad-toml-catalogue" / "dataset.toml";
  const auto r = run_vidensgraf({"validate", file.parent_path().string()});
  INFO(shown(r));
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.out, Catch::Contains(file.string() + ":4:19: error: unknown code 'ROBOTS' in 'themes'"));
  CHECK_THAT(r.out, Catch::Contains(file.string() + ":17:8: error: unknown publisher type 'Government'"));
  CHECK_THAT(r.out, Catch::Contains(file.string() + ":20:9: error: 'data at example.org' is not an e-mail address"));
  CHECK_THAT(r.out, Catch::Contains("invalid: 6 error(s), 0 warning(s)"));
}

TEST_CASE("validate --format json reports the diagnostics as JSON", "[cli]") {
  const auto r = run_vidensgraf({"validate", "--format", "json", fixture("invalid/bad-date")});
  INFO(shown(r));
  CHECK(r.exit_code == 1);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["valid"] == false);
  CHECK(j["errors"] == 2);
  REQUIRE(j["diagnostics"].size() == 2);
  CHECK(j["diagnostics"][0]["line"] == 2);
  CHECK(j["diagnostics"][0]["column"] == 28);
  CHECK(j["diagnostics"][0]["severity"] == "error");
}

TEST_CASE("a dataset folder that does not exist exits 1 with a clear message", "[cli]") {
  const auto missing = (test::data_dir() / "no-such-dataset").string();
  const auto r = run_vidensgraf({"validate", missing});
  INFO(shown(r));
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::StartsWith("vidensgraf: ") && Catch::Contains(missing) &&
                        Catch::Contains("is not a dataset folder"));
  CHECK(run_vidensgraf({"stats", missing}).exit_code == 1);
}

TEST_CASE("an unknown option or command exits 2 and points to help", "[cli]") {
  for (const std::vector<std::string>& args : {std::vector<std::string>{"validate", "--no-such-option"},
                                               {"--no-such-option"},
                                               {"no-such-command"},
                                               {"stats", "--format", "xml", fixture("valid-small")},
                                               {"generate", "out-without-entities"},
                                               {"help", "no-such-command"}}) {
    const auto r = run_vidensgraf(args);
    INFO(args.front() << " " << shown(r));
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::StartsWith("vidensgraf: "));
    CHECK(r.out.empty());
  }
}

TEST_CASE("help, --help and COMMAND --help exit 0 and list the exit codes", "[cli]") {
  for (const std::vector<std::string>& args : {std::vector<std::string>{"help"},
                                               {"--help"},
                                               {"-h"},
                                               {},
                                               {"validate", "--help"},
                                               {"help", "validate"},
                                               {"stats", "--help"},
                                               {"export", "--help"}}) {
    const auto r = run_vidensgraf(args);
    INFO((args.empty() ? "(no arguments)" : args.front()) << " " << shown(r));
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("Exit codes:"));
    for (const char* code : {"  0  success", "  1  the input has errors", "  2  wrong command line",
                             "  3  an output could not be written", "  4  internal error"})
      CHECK_THAT(r.out, Catch::Contains(code));
  }
}

TEST_CASE("the main help lists the commands", "[cli]") {
  const auto r = run_vidensgraf({"help"});
  for (const char* command : {"validate", "stats", "generate", "help"})
    CHECK_THAT(r.out, Catch::Contains(command));
}

TEST_CASE("stats --format json prints valid JSON with the counts", "[cli]") {
  const auto r = run_vidensgraf({"stats", "--format", "json", fixture("valid-small")});
  INFO(shown(r));
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["dataset"] == "valid-small");
  CHECK(j["entities"] == 10);
  CHECK(j["relations"] == 9);
  CHECK(j["kinds"]["Organisation"] == 3);
}

TEST_CASE("stats prints a table by default", "[cli]") {
  const auto r = run_vidensgraf({"stats", fixture("valid-small")});
  INFO(shown(r));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("10 entities, 9 relations"));
}

TEST_CASE("stats on an invalid dataset exits 1 and shows the errors", "[cli]") {
  const auto r = run_vidensgraf({"stats", fixture("invalid/bad-amount")});
  INFO(shown(r));
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("projects.csv:2:28: error: ") && Catch::Contains("vidensgraf validate"));
}

TEST_CASE("generate writes a dataset that validate accepts", "[cli]") {
  const auto out = test::work_dir("cli-generate") / "generated";
  const auto g = run_vidensgraf({"generate", "--entities", "300", "--seed", "5", out.string()});
  INFO(shown(g));
  REQUIRE(g.exit_code == 0);
  CHECK(std::filesystem::exists(out / "dataset.toml"));
  const auto v = run_vidensgraf({"validate", out.string()});
  INFO(shown(v));
  CHECK(v.exit_code == 0);
  CHECK_THAT(v.out, Catch::Contains("valid: "));
}

TEST_CASE("generate refuses a bad entity count with exit 2", "[cli]") {
  const auto out = test::work_dir("cli-generate-bad") / "generated";
  CHECK(run_vidensgraf({"generate", "--entities", "many", out.string()}).exit_code == 2);
  CHECK(run_vidensgraf({"generate", "--entities", "0", out.string()}).exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("generate writes exactly the entities asked for, and refuses fewer than its minimum naming it", "[cli]") {
  const auto out = test::work_dir("cli-generate-count") / "generated";
  const auto few = run_vidensgraf({"generate", "--entities", "10", out.string()});
  CHECK(few.exit_code == 2);
  CHECK(few.err == "vidensgraf: --entities: a generated dataset has at least 60 entities, not 10\n"
                   "Run 'vidensgraf help' for the commands and options.\n");
  CHECK_FALSE(std::filesystem::exists(out));
  const auto exact = run_vidensgraf({"generate", "--entities", "61", out.string()});
  CHECK(exact.exit_code == 0);
  CHECK_THAT(exact.err, Catch::StartsWith("vidensgraf: wrote 61 entities and "));
}

TEST_CASE("validate without a folder checks the bundled dataset", "[cli][bundled]") {
  const auto r = run_vidensgraf({"validate"});
  INFO(shown(r));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("signaturprojekter: valid: "));
}

TEST_CASE("every command that takes --base refuses a base IRI that does not end a path", "[cli]") {
  for (const std::vector<std::string> command : {std::vector<std::string>{"export"},
                                                 {"site", "-o", "unused"},
                                                 {"serve"},
                                                 {"push", "--store", "http://127.0.0.1:9/"}}) {
    auto args = command;
    args.insert(args.end(), {"--base", "https://example.org/data"});
    const auto run = test::run_vidensgraf(args);
    INFO(command.front() << ": " << run.err);
    CHECK(run.exit_code == 2);
    CHECK(run.err.find("--base: must end with '/'") != std::string::npos);
  }
  // '#' ends an RDF base, but the site and the server need a path for the pages.
  CHECK(test::run_vidensgraf({"export", "--format", "ntriples", "--base", "https://example.org/data#", "-o",
                              (test::work_dir("cli_base") / "data.nt").string()})
            .exit_code == 0);
  CHECK(test::run_vidensgraf({"serve", "--base", "https://example.org/data#"}).exit_code == 2);
}

TEST_CASE("quiet and lang are taken before the command's name as after it", "[cli][global-options]") {
  const auto before = run_vidensgraf({"--quiet", "stats", fixture("valid-small")});
  INFO(shown(before));
  CHECK(before.exit_code == 0);
  CHECK(before.out == run_vidensgraf({"stats", "--quiet", fixture("valid-small")}).out);

  const std::vector<std::string> query{"query", "projects", "jura", "--format", "csv", "--limit", "2"};
  auto with_lang_first = std::vector<std::string>{"--lang", "en"};
  with_lang_first.insert(with_lang_first.end(), query.begin(), query.end());
  auto with_lang_after = query;
  with_lang_after.insert(with_lang_after.end(), {"--lang", "en"});
  const auto first = run_vidensgraf(with_lang_first);
  INFO(shown(first));
  CHECK(first.exit_code == 0);
  CHECK_THAT(first.out, Catch::Contains("Law"));
  CHECK(first.out == run_vidensgraf(with_lang_after).out);
  CHECK(first.out != run_vidensgraf(query).out); // the bundled dataset's first language is Danish
}

TEST_CASE("lang before a command without labels is refused with exit 2", "[cli][global-options]") {
  const auto r = run_vidensgraf({"--lang", "en", "stats"});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "vidensgraf: --lang: 'vidensgraf stats' has no labels to choose a language for\n"
                 "Run 'vidensgraf help' for the commands and options.\n");
}

TEST_CASE("help A B explains a nested command", "[cli]") {
  const auto r = run_vidensgraf({"help", "query", "path"});
  INFO(shown(r));
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("Usage: vidensgraf query path [OPTIONS] FROM TO [DIR]"));
  CHECK(r.out == run_vidensgraf({"query", "path", "--help"}).out);
}

TEST_CASE("an error caused by VIDENSGRAF_DATASET names the variable as its cause", "[cli][environment]") {
  const std::string missing = (test::data_dir() / "no-such-dataset").string();
  const std::string cause = "vidensgraf: the dataset '" + missing +
                            "' was named by $VIDENSGRAF_DATASET; fix or unset it (without it, commands read the "
                            "bundled dataset)\n";
  const auto r = test::run_program({"env", "VIDENSGRAF_DATASET=" + missing, VIDENSGRAF_TEST_BINARY, "stats"});
  CHECK(r.exit_code == 1);
  CHECK(r.err ==
        "vidensgraf: '" + missing +
            "' does not exist: it is not a dataset folder (with dataset.toml and CSV tables) nor an RDF file\n" +
            cause);
  const auto invalid = test::run_program(
      {"env", "VIDENSGRAF_DATASET=" + fixture("invalid/bad-amount"), VIDENSGRAF_TEST_BINARY, "validate"});
  CHECK(invalid.exit_code == 1);
  CHECK_THAT(invalid.err, Catch::EndsWith("the dataset '" + fixture("invalid/bad-amount") +
                                          "' was named by $VIDENSGRAF_DATASET; fix or unset it (without it, "
                                          "commands read the bundled dataset)\n"));
  // A folder given on the command line is not blamed on the variable.
  const auto given = test::run_program(
      {"env", "VIDENSGRAF_DATASET=" + missing, VIDENSGRAF_TEST_BINARY, "stats", fixture("invalid/bad-amount")});
  CHECK(given.exit_code == 1);
  CHECK(given.err.find("VIDENSGRAF_DATASET") == std::string::npos);
}
