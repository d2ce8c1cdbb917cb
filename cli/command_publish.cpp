// vidensgraf publish [-o OUT] [DIR]: the whole publication of a dataset in one run: the data in
// every RDF syntax (downloads/), its DCAT/VoID description (dataset.*), the ontology files, and the diagrams (overview,
// challenges, ontology, and the focus diagram of every project) in SVG, PNG and PDF.
#include "cli/commands.hpp"
#include "exporters/dataset_description.hpp"
#include "exporters/dump_digest.hpp"
#include "exporters/diagram_render.hpp"
#include "exporters/diagram_views.hpp"
#include "exporters/rdf_serializer.hpp"
#include "model/atomic_file.hpp"
#include "model/dataset_location.hpp"
#include "model/error.hpp"
#include "model/load_input.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>

namespace vidensgraf::cli {

namespace {
namespace fs = std::filesystem;

struct PublishOptions {
  std::string dir;
  std::string out = "out";
  std::string language = "da";
};

void make_folder(const fs::path& folder) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) throw OutputError("cannot create " + folder.string() + ": " + ec.message());
}

void write_diagram(const Diagram& diagram, const fs::path& stem, std::size_t& written) {
  for (auto format : {DiagramFormat::svg, DiagramFormat::png, DiagramFormat::pdf}) {
    const char* extension = format == DiagramFormat::svg ? ".svg" : format == DiagramFormat::png ? ".png" : ".pdf";
    const std::string bytes = render_diagram(diagram, format);
    write_output(stem.string() + extension, [&](std::ostream& out) { out << bytes; });
    ++written;
  }
}

void run_publish(const PublishOptions& options) {
  const Model model = load_input_or_throw(dataset_path(options.dir));
  const fs::path out(options.out);
  std::size_t written = 0;

  // The same layout as the site's: downloads/data.* and dataset.*, so that each dcat:downloadURL
  // ({base}downloads/data.*) names a file of the folder, with the size and SHA-256 measured as
  // it is written.
  make_folder(out / "downloads");
  const RdfOptions rdf_options{};
  const std::string base = effective_base(model, rdf_options);
  std::vector<DumpFile> dumps;
  for (const auto& format : rdf_formats) {
    DumpFile dump{format.format, dump_path(format.format), 0, {}, {}};
    write_output((out / dump.path).string(), [&](std::ostream& stream) {
      DigestStream digest(&stream);
      write_dump(model, format.format, rdf_options, digest);
      dump.size = digest.size();
      auto digests = digest.finish();
      dump.sha256 = std::move(digests.sha256);
      dump.sha1 = std::move(digests.sha1);
    });
    dumps.push_back(std::move(dump));
    ++written;
  }
  // The description once per catalogue profile, as the site writes it: dataset.* (DCAT-AP 3.0.1)
  // and dataset.dcat-ap-dk.* (DCAT-AP-DK 2.0.2).
  for (const auto& profile : catalogue_profiles()) {
    const DescriptionOptions described{{}, &profile};
    for (const auto format : {RdfFormat::turtle, RdfFormat::ntriples, RdfFormat::jsonld, RdfFormat::rdfxml}) {
      const std::string name = std::string(profile.file_stem) + "." + std::string(info(format).extension);
      write_output((out / name).string(), [&](std::ostream& stream) {
        write_rdf(
            stream, format,
            [&](const std::function<void(const Triple&)>& sink) {
              for_each_description_triple(model, rdf_options, dumps, described, sink);
            },
            base);
      });
      ++written;
    }
  }

  const fs::path ontology = out / "ontology";
  make_folder(ontology);
  for (const char* name : {"vidensgraf.ttl", "shapes.ttl", "context.jsonld"}) {
    // Copied through AtomicFile like every other output: fs::copy_file truncates the target
    // first, so a failure part-way would leave half an ontology file.
    std::ifstream in(ontology_dir() / name, std::ios::binary);
    if (!in)
      throw InternalError("cannot read " + (ontology_dir() / name).string() + " (is vidensgraf installed whole?)");
    write_output((ontology / name).string(), [&](std::ostream& out) { out << in.rdbuf(); });
    ++written;
  }

  const fs::path diagrams = out / "diagrams";
  make_folder(diagrams / "focus");
  DiagramOptions diagram_options;
  diagram_options.language = options.language;
  write_diagram(overview_diagram(model, diagram_options), diagrams / "overview", written);
  write_diagram(challenges_diagram(model, diagram_options), diagrams / "challenges", written);
  write_diagram(ontology_diagram(model.schema(), diagram_options), diagrams / "ontology", written);
  for (Vertex project : model.entities_of_kind(model.schema().require_kind("Project")))
    write_diagram(focus_diagram(model, model.entity(project).id, diagram_options),
                  diagrams / "focus" / model.entity(project).id, written);

  std::cerr << "vidensgraf: published " << model.entity_count() << " entities and " << model.relation_count()
            << " relations as " << written << " files in " << out.string() << "\n";
}

} // namespace

void add_publish_command(CLI::App& app, Context& context) {
  auto options = std::make_shared<PublishOptions>();
  auto* cmd = app.add_subcommand("publish", "Publish a dataset into a folder: the data in every RDF syntax, its "
                                            "DCAT/VoID description, the ontology files and the diagrams");
  add_dataset_argument(*cmd, options->dir);
  cmd->add_option("-o,--output", options->out, "Folder to publish into (default: out)");
  cmd->add_option("--lang", options->language, "Language of the diagrams' labels")->check(CLI::IsMember({"da", "en"}));
  cmd->footer(help_footer(reading_command_codes, {"publish -o out"}));
  cmd->callback([options, &context] {
    run_publish(*options);
    context.exit_code = 0;
  });
}

} // namespace vidensgraf::cli
