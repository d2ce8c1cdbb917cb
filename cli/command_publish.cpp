// vidensgraf publish [-o OUT] [DIR]: the whole publication of a dataset in one run: the data in
// every RDF syntax (downloads/), its DCAT/VoID description (dataset.*), the ontology files, and the diagrams (overview,
// challenges, ontology, and the focus diagram of every project) in SVG, PNG and PDF.
#include "cli/commands.hpp"
#include "cli/write_files.hpp"
#include "exporters/publication.hpp"

#include <iostream>

namespace vidensgraf::cli {

namespace {

struct PublishOptions {
  std::string dir;
  std::string out = "out";
  std::string language = "da";
};

void run_publish(const PublishOptions& options) {
  const Model model = load_model(options.dir);
  const PublicationFiles files = build_publication(model, PublicationOptions{options.language});
  write_files(files, options.out);
  std::cerr << "vidensgraf: published " << model.entity_count() << " entities and " << model.relation_count()
            << " relations as " << files.size() << " files in " << options.out << "\n";
}

} // namespace

void add_publish_command(CLI::App& app) {
  auto options = std::make_shared<PublishOptions>();
  auto* cmd = app.add_subcommand("publish", "Publish a dataset into a folder: the data in every RDF syntax, its "
                                            "DCAT/VoID description, the ontology files and the diagrams");
  add_dataset_argument(*cmd, options->dir);
  cmd->add_option("-o,--output", options->out, "Folder to publish into (default: out)");
  cmd->add_option("--lang", options->language, "Language of the diagrams' labels")->check(CLI::IsMember({"da", "en"}));
  cmd->footer(help_footer(reading_command_codes, {"publish -o out"}));
  cmd->callback([options] { run_publish(*options); });
}

} // namespace vidensgraf::cli
