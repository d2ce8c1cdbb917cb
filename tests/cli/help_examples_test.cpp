// The examples the program and the README show are right: each one runs and exits 0, and each
// help lists its exit codes once (cli/main.cpp's help_footer).
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using vidensgraf::test::run_vidensgraf;

namespace {

/// The lines of `text` after the line `heading`, up to the next blank line.
std::vector<std::string> section(const std::string& text, const std::string& heading) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  bool inside = false;
  for (std::string line; std::getline(in, line);) {
    if (inside && line.empty()) break;
    if (inside) lines.push_back(line);
    if (line == heading) inside = true;
  }
  return lines;
}

/// A command line split into words as a shell would: at spaces, keeping "quoted text" whole.
std::vector<std::string> words(const std::string& line) {
  std::vector<std::string> out;
  std::string word;
  bool quoted = false, any = false;
  for (char c : line) {
    if (c == '"') {
      quoted = !quoted;
      any = true;
    } else if (c == ' ' && !quoted) {
      if (any) out.push_back(word);
      word.clear();
      any = false;
    } else {
      word += c;
      any = true;
    }
  }
  if (any) out.push_back(word);
  return out;
}

/// Every command and nested command, as the words that name it ("diagram", "focus").
std::vector<std::vector<std::string>> all_commands(const std::vector<std::string>& parent = {}) {
  auto args = parent;
  args.push_back("--help");
  std::vector<std::vector<std::string>> out;
  for (const auto& line : section(run_vidensgraf(args).out, "Subcommands:")) {
    auto command = parent;
    command.push_back(words(line).front());
    if (command.back() == "help") continue;
    out.push_back(command);
    for (auto& nested : all_commands(command))
      out.push_back(std::move(nested));
  }
  return out;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

/// Runs each command line (the words after "vidensgraf") in a fresh folder, expecting exit 0.
void check_examples_run(const std::vector<std::string>& examples, const std::string& folder) {
  const fs::path before = fs::current_path();
  fs::current_path(vidensgraf::test::work_dir(folder)); // examples write to out/...
  for (const auto& example : examples) {
    const auto r = run_vidensgraf(words(example));
    INFO("vidensgraf " << example << "\nexit " << r.exit_code << "\n--- stderr\n" << r.err);
    CHECK(r.exit_code == 0);
  }
  fs::current_path(before);
}

} // namespace

TEST_CASE("every example shown in a help runs and exits 0", "[cli][help]") {
  std::vector<std::string> examples;
  const auto commands = all_commands();
  REQUIRE(commands.size() > 20);
  for (const auto& command : commands) {
    auto args = command;
    args.push_back("--help");
    const auto help = run_vidensgraf(args).out;
    for (const char* heading : {"Example:", "Examples:"})
      for (const auto& line : section(help, heading)) {
        REQUIRE(line.starts_with("  vidensgraf "));
        examples.push_back(line.substr(13));
      }
  }
  CHECK(examples.size() > 20);
  check_examples_run(examples, "help-examples");
}

TEST_CASE("the exit codes are listed once in the main help, and each command lists only its own", "[cli][help]") {
  const auto main_help = run_vidensgraf({"help"}).out;
  CHECK(count(main_help, "Exit codes:") == 1);
  CHECK(count(main_help, "validate ends with 0 only for a valid dataset") == 1);
  for (const auto& command : all_commands()) {
    auto args = command;
    args.push_back("--help");
    const auto help = run_vidensgraf(args).out;
    INFO(args.front() << " " << (args.size() > 2 ? args[1] : "") << "\n" << help);
    CHECK(count(help, "Exit codes:") == 1);
    CHECK(count(help, "validate ends with") == 0);
    CHECK(count(help, "{false}") == 0);
    CHECK(count(help, "{true}") == 0);
  }
  // Commands that read no dataset cannot end with 1.
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"generate", "--help"}, {"diagram", "ontology", "--help"}})
    CHECK(count(run_vidensgraf(args).out, "  1  the input has errors") == 0);
}

TEST_CASE("the query projects example names a challenge area", "[cli][help]") {
  const auto help = run_vidensgraf({"query", "projects", "--help"}).out;
  CHECK_THAT(help, Catch::Contains("vidensgraf query projects jura"));
  const auto r = run_vidensgraf({"query", "projects", "jura", "--format", "json"});
  CHECK(r.exit_code == 0);
  CHECK(run_vidensgraf({"query", "projects", "kol-region-nord"}).exit_code == 2); // a project is refused
}

TEST_CASE("every command in the README's command table and query examples runs as shown", "[cli][help]") {
  const std::string readme = vidensgraf::test::read_file(vidensgraf::test::source_dir() / "README.md");
  std::vector<std::string> examples;
  std::istringstream in(readme);
  const std::regex table_row(R"(^\| `vidensgraf ([^`]*)` \|)");
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_search(line, m, table_row)) {
      // Synopsis to command line: [DIR] left out, other optional parts given with their first
      // choice, placeholders filled in.
      std::string command = std::regex_replace(m[1].str(), std::regex(R"( \[DIR\])"), "");
      command = std::regex_replace(command, std::regex(R"(\\\|[a-z]+)"), "");
      command = std::regex_replace(command, std::regex(R"(\[([^\]]*)\])"), "$1");
      command = std::regex_replace(command, std::regex(" N( |$)"), " 100$1");
      command = std::regex_replace(command, std::regex(" S( |$)"), " 3$1");
      command = std::regex_replace(command, std::regex(" OUT_DIR"), " out/generated");
      examples.push_back(command);
    } else if (line.starts_with("./build/vidensgraf ")) {
      examples.push_back(
          line.substr(19, line.find("  #") == std::string::npos ? std::string::npos : line.find("  #") - 19));
    }
  }
  CHECK(examples.size() >= 9);
  check_examples_run(examples, "readme-examples");
}
