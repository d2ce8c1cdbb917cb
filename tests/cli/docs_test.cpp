// The man page and bash completion come from the same CLI11 description as --help.
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <regex>
#include <set>

using namespace vidensgraf::test;

namespace {

/// The command names `vidensgraf --help` lists under "Subcommands:".
std::set<std::string> commands_in_help() {
  const auto help = run_vidensgraf({"--help"}).out;
  std::set<std::string> names;
  const auto start = help.find("Subcommands:");
  REQUIRE(start != std::string::npos);
  std::regex line(R"(\n  ([a-z]+) )");
  for (auto it = std::sregex_iterator(help.begin() + static_cast<long>(start), help.end(), line);
       it != std::sregex_iterator(); ++it)
    names.insert((*it)[1]);
  return names;
}

} // namespace

TEST_CASE("the man page describes every command that --help lists", "[cli][docs]") {
  const auto dir = work_dir("docs-man");
  const auto man = dir / "vidensgraf.1";
  REQUIRE(run_vidensgraf({"_docs", "--man", man.string()}).exit_code == 0);
  const auto text = read_file(man);
  const auto names = commands_in_help();
  REQUIRE(names.size() >= 5);
  for (const auto& name : names) {
    INFO(name);
    CHECK(text.find(".SS \"vidensgraf " + name) != std::string::npos);
  }
  CHECK(text.find(".SH EXIT STATUS") != std::string::npos);
  CHECK(run_vidensgraf({"--help"}).out.find("_docs") == std::string::npos); // hidden
  if (have_program("man")) {
    const auto rendered = run_program({"man", "-l", man.string()});
    CHECK(rendered.exit_code == 0);
    CHECK(rendered.out.find("vidensgraf validate") != std::string::npos);
  }
}

TEST_CASE("the bash completion completes commands, nested commands and option values", "[cli][docs]") {
  const auto dir = work_dir("docs-completion");
  const auto script = dir / "vidensgraf.bash";
  REQUIRE(run_vidensgraf({"_docs", "--bash-completion", script.string()}).exit_code == 0);
  const auto complete = [&](const std::string& words, int cword) {
    return run_program({"bash", "-c",
                        "source '" + script.string() + "'; COMP_WORDS=(" + words +
                            "); COMP_CWORD=" + std::to_string(cword) + "; _vidensgraf; echo \"${COMPREPLY[@]}\""})
        .out;
  };
  CHECK(complete("vidensgraf val", 1) == "validate\n");
  CHECK(complete("vidensgraf diagram fo", 2) == "focus\n");
  CHECK(complete("vidensgraf validate --format ''", 3) == "text json\n");
}
