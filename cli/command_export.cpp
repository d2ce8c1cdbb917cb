// vidensgraf export --format FMT [--what data|dataset] [--profile dcat-ap|dcat-ap-dk] [--base IRI]
// [-o FILE] [DIR]: the dataset (or its DCAT/VoID description) as linked open data in one RDF syntax.
#include "cli/commands.hpp"
#include "cli/output_format.hpp"
#include "exporters/publication.hpp"
#include "model/rdf/serializer.hpp"
#include "model/atomic_file.hpp"
#include "model/load_input.hpp"
#include "model/error.hpp"
#include "model/values.hpp"

#include <array>

namespace vidensgraf::cli {

namespace {

struct ExportOptions {
  std::string dir;
  std::string input_format;
  std::string format; // empty: from -o's extension, else turtle
  std::string what = "data";
  std::string base;
  std::string output;
  std::string sparql_endpoint;
  std::string profile = "dcat-ap";
  bool stream = false;
};

std::vector<std::string> format_names() {
  std::vector<std::string> out;
  out.reserve(rdf_formats.size());
  for (const auto& f : rdf_formats)
    out.emplace_back(f.name);
  return out;
}

// The extensions -o may have and the syntax each means: each syntax's own, and the aliases
// written too (.json, like .rj, is RDF/JSON).
const std::vector<FormatExtension>& extensions() {
  static const std::vector<FormatExtension> table = [] {
    std::vector<FormatExtension> out;
    out.reserve(rdf_formats.size() + rdf_extension_aliases.size());
    for (const auto& f : rdf_formats)
      out.push_back({f.extension, f.name});
    for (const auto& a : rdf_extension_aliases)
      if (a.written) out.push_back({a.extension, info(a.format).name});
    return out;
  }();
  return table;
}

void run_export(const ExportOptions& options) {
  const std::string chosen = choose_format(options.format, options.output, extensions(), "turtle");
  const auto format = find_rdf_format(chosen);
  if (!format) throw UsageError("unknown format '" + chosen + "'");
  const Model model = load_model(options.dir, options.input_format);
  const RdfOptions rdf{options.base, options.stream};
  write_output(options.output, [&](std::ostream& out) {
    if (options.what == "dataset") {
      const auto* profile = find_catalogue_profile(options.profile);
      if (!profile) throw UsageError("unknown profile '" + options.profile + "'");
      write_catalogue_record(out, *format, model, rdf, options.sparql_endpoint, *profile);
    } else
      export_data(model, *format, rdf, out);
  });
}

} // namespace

void add_export_command(CLI::App& app) {
  auto options = std::make_shared<ExportOptions>();
  auto* cmd = app.add_subcommand("export", "Write the dataset as linked open data (Turtle, N-Triples, N-Quads, "
                                           "RDF/XML, RDF/JSON or JSON-LD), or its DCAT/VoID description");
  add_dataset_argument(*cmd, options->dir);
  cmd->add_option("--format", options->format,
                  "RDF syntax (default: from -o's extension .ttl .nt .nq .rdf .json/.rj .jsonld, else turtle)")
      ->check(CLI::IsMember(format_names()));
  cmd->add_option("--what", options->what,
                  "data: the entities and relations (default); dataset: the DCAT/VoID "
                  "description of the dataset and its distributions")
      ->check(CLI::IsMember({"data", "dataset"}));
  cmd->add_option("--sparql-endpoint", options->sparql_endpoint,
                  "With --what dataset: the IRI of a SPARQL endpoint that serves the data (described as a "
                  "dcat:DataService and void:sparqlEndpoint)")
      ->check([](const std::string& value) { return check_http_iri(value).value_or(std::string()); });
  cmd->add_option("--profile", options->profile,
                  "With --what dataset: the catalogue profile: dcat-ap (DCAT-AP 3.0.1, which data.europa.eu "
                  "harvests; default) or dcat-ap-dk (DCAT-AP-DK 2.0.2, the Danish catalogues' profile: SHA-1 "
                  "checksums, xsd:decimal byte sizes, its language and availability IRIs)")
      ->check(CLI::IsMember(catalogue_profile_names()));
  cmd->add_option("--input-format", options->input_format,
                  "When DIR is an RDF file: its Raptor syntax (default: from the extension)");
  add_base_option(*cmd, options->base, BaseEnding::slash_or_hash);
  cmd->add_flag("--stream", options->stream,
                "Turtle: write the triples as they are produced, in constant memory, grouped per entity (the "
                "default above 20000 entities; smaller models get Raptor's sorted, nested layout)");
  cmd->add_option("-o,--output", options->output,
                  "Output file (default or '-': standard output); written to a temporary file and renamed");
  cmd->footer(help_footer(reading_command_codes, {"export -o out/data.ttl", "export --what dataset --format jsonld"}));
  cmd->callback([options] { run_export(*options); });
}

} // namespace vidensgraf::cli
