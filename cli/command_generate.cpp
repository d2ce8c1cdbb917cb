// vidensgraf generate --entities N [--seed S] OUT_DIR: a synthetic dataset for large-model tests.
#include "cli/commands.hpp"
#include "model/generator.hpp"

#include <iostream>

namespace vidensgraf::cli {

namespace {

struct GenerateOptions {
  std::size_t entities = 0;
  std::uint64_t seed = 1;
  std::string out;
};

} // namespace

void add_generate_command(CLI::App& app) {
  auto options = std::make_shared<GenerateOptions>();
  auto* cmd = app.add_subcommand("generate", "Write a synthetic dataset shaped like the bundled one, valid by "
                                             "construction; the same seed gives the same files");
  cmd->add_option("--entities", options->entities,
                  "How many entities (at least " + std::to_string(generator_min_entities) + ")")
      ->required()
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            std::size_t n = 0;
            if (!CLI::detail::lexical_cast(value, n)) return "not a number: '" + value + "'";
            if (n < generator_min_entities)
              return "a generated dataset has at least " + std::to_string(generator_min_entities) + " entities, not " +
                     value;
            return {};
          },
          ">=" + std::to_string(generator_min_entities)));
  cmd->add_option("--seed", options->seed, "Random seed (default 1)");
  cmd->add_option("OUT_DIR", options->out, "Folder to write the dataset into")->required();
  cmd->footer(help_footer({ExitCode::ok, ExitCode::usage, ExitCode::output, ExitCode::internal},
                          {"generate --entities 300 --seed 5 out/generated"}));
  cmd->callback([options] {
    const auto counts = generate_dataset(options->out, options->entities, options->seed);
    std::cerr << "vidensgraf: wrote " << counts.entities << " entities and " << counts.relations << " relations to "
              << options->out << '\n';
  });
}

} // namespace vidensgraf::cli
