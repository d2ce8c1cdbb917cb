#include "exporters/publication.hpp"

#include "exporters/diagram/render.hpp"
#include "exporters/diagram/views.hpp"
#include "model/rdf/serializer.hpp"
#include "model/schema.hpp"

#include <algorithm>
#include <ostream>
#include <sstream>

namespace vidensgraf {

std::string with_charset(std::string_view media_type) {
  return std::string(media_type) + "; charset=utf-8";
}

namespace {

/// STEM.svg, STEM.png and STEM.pdf of one diagram.
void add_diagram(PublicationFiles& files, const Diagram& diagram, const std::string& stem) {
  for (const auto format : {DiagramFormat::svg, DiagramFormat::png, DiagramFormat::pdf}) {
    const auto& facts = info(format);
    add_file(files, stem + "." + std::string(facts.extension), facts.media_type, render_diagram(diagram, format));
  }
}

} // namespace

void PublicationFile::write_to(std::ostream& out) const {
  if (write)
    write(out);
  else
    out << body;
}

void add_file(PublicationFiles& files, std::string path, PublicationFile file) {
  const auto it = files.find(path);
  file.sequence = it != files.end() ? it->second.sequence : files.size();
  files.insert_or_assign(std::move(path), std::move(file));
}

void add_file(PublicationFiles& files, std::string path, std::string_view media_type, std::string body) {
  add_file(files, std::move(path), PublicationFile{std::string(media_type), std::move(body), {}, 0});
}

std::vector<const PublicationFiles::value_type*> in_order_added(const PublicationFiles& files) {
  std::vector<const PublicationFiles::value_type*> out;
  out.reserve(files.size());
  for (const auto& entry : files)
    out.push_back(&entry);
  std::sort(out.begin(), out.end(),
            [](const auto* a, const auto* b) { return a->second.sequence < b->second.sequence; });
  return out;
}

std::vector<DumpFile> add_dumps(PublicationFiles& files, const Model& model, const RdfOptions& rdf,
                                DumpHolding holding) {
  std::vector<DumpFile> dumps;
  for (const auto& f : rdf_formats) {
    if (holding == DumpHolding::in_memory) {
      std::ostringstream out;
      write_dump(model, f.format, rdf, out);
      dumps.push_back(measure_bytes(f.format, out.str()));
      add_file(files, dumps.back().path, with_charset(f.media_type), std::move(out).str());
      continue;
    }
    // Measured here, written later: both runs of write_dump give the same bytes.
    dumps.push_back(measure_dump(model, f.format, rdf));
    add_file(
        files, dumps.back().path,
        PublicationFile{with_charset(f.media_type),
                        {},
                        [&model, rdf, format = f.format](std::ostream& out) { write_dump(model, format, rdf, out); },
                        0});
  }
  return dumps;
}

void write_catalogue_record(std::ostream& out, RdfFormat format, const Model& model, const RdfOptions& rdf,
                            const std::string& sparql_endpoint, const CatalogueProfile& profile,
                            const std::vector<DumpFile>* dumps) {
  const std::vector<DumpFile> measured = dumps ? std::vector<DumpFile>{} : measure_dumps(model, rdf);
  const DescriptionOptions described{sparql_endpoint, &profile};
  write_rdf(
      out, format,
      [&](const std::function<void(const Triple&)>& sink) {
        for_each_description_triple(model, rdf, dumps ? *dumps : measured, described, sink);
      },
      effective_base(model, rdf));
}

void add_catalogue_records(PublicationFiles& files, const Model& model, const RdfOptions& rdf,
                           const std::vector<DumpFile>& dumps, const std::string& sparql_endpoint) {
  for (const auto& profile : catalogue_profiles())
    for (const auto format : catalogue_record_formats) {
      std::ostringstream out;
      write_catalogue_record(out, format, model, rdf, sparql_endpoint, profile, &dumps);
      add_file(files, std::string(profile.file_stem) + "." + std::string(info(format).extension),
               with_charset(info(format).media_type), std::move(out).str());
    }
}

void add_ontology_files(PublicationFiles& files) {
  add_file(files, std::string(ontology_document), with_charset(info(RdfFormat::turtle).media_type),
           std::string(ontology_text()));
  add_file(files, "ontology/shapes.ttl", with_charset(info(RdfFormat::turtle).media_type),
           std::string(ontology_shapes_text()));
  add_file(files, "ontology/context.jsonld", with_charset(info(RdfFormat::jsonld).media_type),
           std::string(ontology_context_text()));
}

PublicationFiles build_publication(const Model& model, const PublicationOptions& options) {
  PublicationFiles files;
  // The same layout as the site's: downloads/data.* and dataset.*, so that each dcat:downloadURL
  // ({base}downloads/data.*) names a file of the folder, with its size and digests.
  const RdfOptions rdf{};
  const auto dumps = add_dumps(files, model, rdf, DumpHolding::streamed);
  add_catalogue_records(files, model, rdf, dumps, {});
  add_ontology_files(files);

  DiagramOptions diagram_options;
  diagram_options.language = options.language;
  for (const Vertex project : model.entities_of_kind(model.schema().require_kind("Project")))
    add_diagram(files, focus_diagram(model, model.entity(project).id, diagram_options),
                "diagrams/focus/" + model.entity(project).id);
  add_diagram(files, overview_diagram(model, diagram_options), "diagrams/overview");
  add_diagram(files, challenges_diagram(model, diagram_options), "diagrams/challenges");
  add_diagram(files, ontology_diagram(model.schema(), diagram_options), "diagrams/ontology");
  return files;
}

} // namespace vidensgraf
