// vidensgraf stats [DIR]: counts per kind and relation kind, in the manner of KGX graph-summary.
#include "cli/commands.hpp"
#include "model/load_input.hpp"
#include "model/stats.hpp"

#include <iostream>

namespace vidensgraf::cli {

namespace {

struct StatsOptions {
  std::string dir;
  std::string format = "table";
};

} // namespace

void add_stats_command(CLI::App& app) {
  auto options = std::make_shared<StatsOptions>();
  auto* cmd = app.add_subcommand("stats", "Summarise a dataset: entities per kind, relations per kind and "
                                          "per (subject kind, relation, object kind), attribute values");
  add_dataset_argument(*cmd, options->dir);
  cmd->add_option("--format", options->format, "Output as a readable table or as json")
      ->check(CLI::IsMember({"table", "json"}));
  cmd->footer(help_footer(reading_command_codes, {"stats --format json"}));
  cmd->callback([options] {
    const Model model = load_model(options->dir);
    const Stats stats = compute_stats(model);
    if (options->format == "json")
      std::cout << stats_to_json(stats);
    else
      print_stats_table(std::cout, stats);
  });
}

} // namespace vidensgraf::cli
