#include "support/rdf_tools.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>

namespace vidensgraf::test {
namespace fs = std::filesystem;

namespace {
std::string check_script() {
  return (source_dir() / "tests" / "support" / "rdf_check.py").string();
}
fs::path js_dir() {
  return source_dir() / "tests" / "js";
}
} // namespace

RunResult export_to(const fs::path& dataset, const std::string& format, const fs::path& out,
                    const std::vector<std::string>& more) {
  std::vector<std::string> args{"export", "--format", format, "-o", out.string()};
  args.insert(args.end(), more.begin(), more.end());
  args.push_back(dataset.string());
  return run_vidensgraf(args);
}

std::optional<std::size_t> rapper_count(const fs::path& file, const std::string& syntax, std::string* messages) {
  const auto run = run_program({"rapper", "-i", syntax, "-c", file.string()});
  if (messages) *messages = run.err;
  std::smatch m;
  static const std::regex count(R"(Parsing returned (\d+) (triple|statement))");
  if (run.exit_code != 0 || run.err.find("rror") != std::string::npos || run.err.find("arning") != std::string::npos ||
      !std::regex_search(run.err, m, count))
    return std::nullopt;
  return std::stoul(m[1]);
}

std::optional<std::size_t> serdi_count(const fs::path& file, const std::string& syntax) {
  const auto run = run_program({"serdi", "-i", syntax, "-o", "nquads", file.string()});
  if (run.exit_code != 0 || !run.err.empty()) return std::nullopt;
  return static_cast<std::size_t>(std::count(run.out.begin(), run.out.end(), '\n'));
}

std::string rdflib_values(const fs::path& file, const std::string& format, const std::string& subject,
                          const std::string& predicate) {
  const auto run =
      run_program({"/usr/bin/python3", check_script(), "values", file.string(), format, subject, predicate});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return run.out.substr(0, run.out.find_last_not_of('\n') + 1);
}

std::string rdflib_dumps(const fs::path& file, const std::string& format) {
  const auto run = run_program({"/usr/bin/python3", check_script(), "dumps", file.string(), format});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return run.out.substr(0, run.out.find_last_not_of('\n') + 1);
}

std::string rdflib_difference(const fs::path& a, const std::string& format_a, const fs::path& b,
                              const std::string& format_b) {
  const auto run = run_program({"/usr/bin/python3", check_script(), "iso", a.string(), format_a, b.string(), format_b});
  if (run.exit_code == 0) return {};
  return run.out + run.err + "(exit " + std::to_string(run.exit_code) + ")";
}

bool node_ready() {
  if (!have_program("node")) {
    WARN("SKIPPED: node is not installed; install nodejs and run 'npm ci --prefix tests/js' to run this test");
    return false;
  }
  if (!fs::exists(js_dir() / "node_modules" / "jsonld") ||
      !fs::exists(js_dir() / "node_modules" / "rdf-validate-shacl"))
    FAIL("node is installed but the test packages are not: run 'npm ci --prefix tests/js'");
  return true;
}

RunResult jsonld_to_nquads(const fs::path& jsonld, const fs::path& out) {
  auto run = run_program({"node", (js_dir() / "jsonld_to_nquads.mjs").string(), jsonld.string()});
  write_file(out, run.out);
  return run;
}

RunResult validate_shacl(const fs::path& data, const fs::path& shapes) {
  return run_program({"node", (js_dir() / "validate_shacl.mjs").string(), data.string(), shapes.string()});
}

std::string json_string(const std::string& text) {
  return nlohmann::json(text).dump();
}

} // namespace vidensgraf::test
