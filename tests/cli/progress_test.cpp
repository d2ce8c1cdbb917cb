// The progress bar: on a terminal's standard error for long operations, never in a pipe or with --quiet.
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace vidensgraf;

namespace {

/// Runs vidensgraf under script(1), which gives it a pseudo-terminal; returns what the terminal showed.
test::RunResult run_on_terminal(const std::vector<std::string>& args) {
  std::string command = "'" + std::string(VIDENSGRAF_TEST_BINARY) + "'";
  for (const auto& a : args)
    command += " '" + a + "'";
  return test::run_program({"script", "-qec", command, "/dev/null"});
}

} // namespace

TEST_CASE("loading and exporting a large model show a progress bar on a terminal only", "[progress][slow]") {
  if (!test::have_program("script")) {
    WARN("script(1) from util-linux is missing: no pseudo-terminal to test with");
    return;
  }
  const auto dir = test::work_dir("progress");
  REQUIRE(test::run_vidensgraf({"generate", "--entities", "30000", "--seed", "5", (dir / "in").string()}).exit_code ==
          0);
  const auto out = (dir / "data.nt").string();
  const auto shown = run_on_terminal({"export", "--format", "ntriples", "-o", out, (dir / "in").string()});
  INFO(shown.out << shown.err);
  REQUIRE(shown.exit_code == 0);
  // Loading 30000 entities may finish before the first bar is due (a quarter of a second);
  // writing their 1.5 million triples does not.
  CHECK(shown.out.find("writing triples  [") != std::string::npos);
  CHECK(shown.out.find("%") != std::string::npos);
  CHECK(shown.out.find("\x1b[K") != std::string::npos); // the bar is cleared when done

  const auto quiet = run_on_terminal({"export", "--quiet", "--format", "ntriples", "-o", out, (dir / "in").string()});
  REQUIRE(quiet.exit_code == 0);
  CHECK(quiet.out.find("[") == std::string::npos);

  // Not a terminal (the test's pipe): nothing on standard error.
  const auto piped = test::run_vidensgraf({"export", "--format", "ntriples", "-o", out, (dir / "in").string()});
  REQUIRE(piped.exit_code == 0);
  CHECK(piped.err.empty());
}
