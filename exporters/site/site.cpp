// Building the site: every path of the site rendered by the one SiteRenderer that `serve` answers
// from, so the two give the same bytes.
#include "exporters/site/site.hpp"

#include "exporters/site/site_renderer.hpp"

#include <algorithm>
#include <utility>

namespace vidensgraf {

const std::array<DocumentType, 5>& entity_document_types() {
  // The RDF documents' extensions and media types are their syntaxes' (model/rdf/syntax.hpp).
  constexpr auto rdf = [](RdfFormat f) { return DocumentType{info(f).extension, info(f).media_type}; };
  static const std::array<DocumentType, 5> types{{{"html", html_media_type},
                                                  rdf(RdfFormat::turtle),
                                                  rdf(RdfFormat::ntriples),
                                                  rdf(RdfFormat::jsonld),
                                                  rdf(RdfFormat::rdfxml)}};
  return types;
}

SiteFiles build_site(const Model& model, const SiteOptions& options) {
  SiteRenderer renderer(model, options);
  SiteFiles files;
  // The dumps are added before the files that name their sizes and digests, which are given them
  // measured from the bytes held here before the first of them is rendered, rather than writing
  // every dump again.
  std::vector<DumpFile> dumps;
  for (auto& path : renderer.paths()) {
    const auto* const dump = std::find_if(rdf_formats.begin(), rdf_formats.end(),
                                          [&](const RdfFormatInfo& f) { return dump_path(f.format) == path; });
    if (dump == rdf_formats.end() && !dumps.empty()) renderer.use_dumps(std::exchange(dumps, {}));
    SiteFile file = *renderer.render(path);
    if (dump != rdf_formats.end()) dumps.push_back(measure_bytes(dump->format, file.body));
    add_file(files, std::move(path), std::move(file));
  }
  return files;
}

} // namespace vidensgraf
