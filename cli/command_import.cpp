// vidensgraf import FILE -o DIR: an RDF file that uses the ontology, written back as a dataset
// folder of CSV tables.
#include "cli/commands.hpp"
#include "model/dataset_writer.hpp"
#include "model/load_input.hpp"

#include <iostream>

namespace vidensgraf::cli {

namespace {

struct ImportOptions {
  std::string file;
  std::string input_format;
  std::string out;
};

} // namespace

void add_import_command(CLI::App& app) {
  auto options = std::make_shared<ImportOptions>();
  auto* cmd = app.add_subcommand("import", "Read RDF that uses the ontology (Turtle, N-Triples, N-Quads, RDF/XML, "
                                           "RDF/JSON) and write it as a dataset folder of CSV tables");
  cmd->add_option("FILE", options->file, "RDF file (the syntax from its extension)")->required();
  cmd->add_option("--input-format", options->input_format,
                  "Raptor syntax of FILE: turtle, ntriples, nquads, rdfxml, json (default: from the extension)");
  cmd->add_option("-o,--output", options->out, "Folder to write dataset.toml and the CSV tables into")->required();
  cmd->footer(help_footer(reading_command_codes));
  cmd->callback([options] {
    const Model model = load_model(options->file, options->input_format);
    write_dataset(model, options->out);
    std::cerr << "vidensgraf: wrote " << model.entity_count() << " entities and " << model.relation_count()
              << " relations to " << options->out << '\n';
  });
}

} // namespace vidensgraf::cli
