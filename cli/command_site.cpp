// vidensgraf site [-o OUT] [--base IRI] [--lang da|en] [--no-diagrams] [DIR]: the static
// linked-data site (exporters/site/site.hpp) written to a folder.
#include "cli/commands.hpp"
#include "cli/write_files.hpp"
#include "exporters/site/site.hpp"
#include "model/load_input.hpp"
#include "model/dataset_loader.hpp"
#include "model/error.hpp"

#include <filesystem>
#include <iostream>

namespace vidensgraf::cli {

namespace {

struct SiteCommandOptions {
  std::string dir;
  std::string output = "out/site";
  std::string base;
  std::string language = "da";
  bool no_diagrams = false;
};

/// Refuses at once an output folder that cannot exist because a file stands where a folder of
/// its path must be: building the site (every diagram) takes long, and only then writing showed it.
void check_output_folder(const std::filesystem::path& out) {
  std::error_code ec;
  for (auto p = out; !p.empty(); p = p.parent_path()) {
    const auto status = std::filesystem::status(p, ec);
    if (std::filesystem::exists(status)) {
      if (!std::filesystem::is_directory(status))
        throw OutputError("cannot create the folder " + out.string() + ": " + p.string() +
                          " is a file (Not a directory)");
      return;
    }
    if (p == p.parent_path()) return;
  }
}

void run_site(const SiteCommandOptions& options) {
  check_output_folder(options.output);
  const Model model = load_model(options.dir);
  SiteOptions site{options.base, !options.no_diagrams, {}};
  const SiteFiles files = build_site(model, site);
  write_files(files, options.output);
  std::cerr << "vidensgraf: wrote " << files.size() << " files to " << options.output << '\n';
}

} // namespace

void add_site_command(CLI::App& app) {
  auto options = std::make_shared<SiteCommandOptions>();
  auto* cmd = app.add_subcommand("site", "Write the static linked-data site: pages for people, RDF for programs, "
                                         "dumps, ontology documentation and content-negotiation configuration");
  add_dataset_argument(*cmd, options->dir);
  cmd->add_option("-o,--output", options->output, "Output folder (default out/site); each file written atomically");
  add_base_option(*cmd, options->base, BaseEnding::slash);
  cmd->add_option("--lang", options->language, "Language of the diagrams' labels (default da)")
      ->check(CLI::IsMember({"da", "en"}));
  cmd->add_flag("--no-diagrams", options->no_diagrams, "Leave out the focus diagram on entity pages");
  cmd->footer(help_footer(reading_command_codes, {"site -o out/site --no-diagrams"}));
  cmd->callback([options] { run_site(*options); });
}

} // namespace vidensgraf::cli
