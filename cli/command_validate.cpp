// vidensgraf validate [DIR]: check a dataset against the ontology and report every problem.
#include "cli/commands.hpp"
#include "model/load_input.hpp"

#include <fmt/format.h>
#include <iostream>
#include <nlohmann/json.hpp>

namespace vidensgraf::cli {

namespace {

struct ValidateOptions {
  std::string dir;
  std::string format = "text";
};

void run_validate(const ValidateOptions& options) {
  const auto dir = dataset_path(options.dir);
  Diagnostics diagnostics;
  const Model model = load_input(dir, {}, diagnostics); // a dataset folder or an RDF file
  if (options.format == "json") {
    nlohmann::ordered_json j;
    j["dataset"] = dir.string();
    j["valid"] = diagnostics.ok();
    j["errors"] = diagnostics.error_count();
    j["warnings"] = diagnostics.warning_count();
    j["diagnostics"] = nlohmann::ordered_json::array();
    for (const auto& d : diagnostics.all())
      j["diagnostics"].push_back({{"file", d.where.file},
                                  {"line", d.where.line},
                                  {"column", d.where.column},
                                  {"severity", d.severity == Severity::error ? "error" : "warning"},
                                  {"message", d.message}});
    std::cout << j.dump(2) << '\n';
  } else {
    diagnostics.print(std::cout);
    if (diagnostics.ok())
      std::cout << fmt::format("{}: valid: {} entities, {} relations, {} warning(s)\n", dir.string(),
                               model.entity_count(), model.relation_count(), diagnostics.warning_count());
    else
      std::cout << fmt::format("{}: invalid: {} error(s), {} warning(s)\n", dir.string(), diagnostics.error_count(),
                               diagnostics.warning_count());
  }
  // The report above is the whole message: main adds only the $VIDENSGRAF_DATASET line.
  if (!diagnostics.ok()) throw ValidationError("");
}

} // namespace

void add_validate_command(CLI::App& app) {
  auto options = std::make_shared<ValidateOptions>();
  auto* cmd = app.add_subcommand("validate", "Check a dataset against the ontology and report every problem as "
                                             "file:line:column (exit 0 when valid, 1 when not)");
  add_dataset_argument(*cmd, options->dir);
  cmd->add_option("--format", options->format, "Report as text or json")->check(CLI::IsMember({"text", "json"}));
  cmd->footer(help_footer(reading_command_codes, {"validate", "validate --format json"}));
  cmd->callback([options] { run_validate(*options); });
}

} // namespace vidensgraf::cli
