// The publication of a dataset as files in memory, by relative path: what `vidensgraf publish`
// writes (the dumps in every RDF syntax, the catalogue records, the ontology files, the
// diagrams), and the parts the site (exporters/site/site.hpp) shares with it, so that both publish
// the same bytes. The library builds the files and prints nothing; the program writes them, each
// atomically (cli/write_files.hpp).
//   downloads/data.{ttl,nt,nq,rdf,rj,jsonld}     the full dumps
//   dataset.{ttl,nt,jsonld,rdf}                  the catalogue record for DCAT-AP 3.0.1
//   dataset.dcat-ap-dk.{ttl,nt,jsonld,rdf}       the same record for DCAT-AP-DK 2.0.2
//   ontology/vidensgraf.ttl, shapes.ttl, context.jsonld
//   diagrams/{overview,challenges,ontology}.{svg,png,pdf}, diagrams/focus/{project}.{svg,png,pdf}
#pragma once

#include "exporters/catalogue/dataset_description.hpp"
#include "exporters/catalogue/dump_digest.hpp"
#include "model/model.hpp"
#include "model/rdf/syntax.hpp"
#include "model/rdf/triples.hpp"

#include <array>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace vidensgraf {

/// A text media type with its charset, as every published text file is sent: "text/turtle" gives
/// "text/turtle; charset=utf-8".
std::string with_charset(std::string_view media_type);

/// One published file.
struct PublicationFile {
  std::string media_type; ///< e.g. "text/html; charset=utf-8"
  std::string body;       ///< the bytes, unless `write` is set
  /// When set, writes the bytes in place of `body`: a dump of `publish`, which may be larger than
  /// memory should hold, is produced as it is written (and measured beforehand the same way).
  std::function<void(std::ostream&)> write;
  /// When it was added (0 for the first): files are written in this order, the data first, so
  /// that a publication stopped part-way has its data new.
  std::size_t sequence = 0;

  /// Writes the file's bytes to `out`.
  void write_to(std::ostream& out) const;
};

/// Every file by its relative path ("downloads/data.ttl"), sorted.
using PublicationFiles = std::map<std::string, PublicationFile, std::less<>>;

/// Adds the file at `path`, or replaces it where it was.
void add_file(PublicationFiles& files, std::string path, PublicationFile file);
/// Adds the file at `path` with these bytes, or replaces it where it was.
void add_file(PublicationFiles& files, std::string path, std::string_view media_type, std::string body);

/// The files in the order they were added.
std::vector<const PublicationFiles::value_type*> in_order_added(const PublicationFiles& files);

/// How the dumps are held until they are written.
enum class DumpHolding {
  in_memory, ///< in `body` (the site, which `serve` answers from)
  streamed,  ///< as a `write` function: serialized once to measure them, again to write them
};

/// downloads/data.* in every RDF syntax; returns their sizes and digests for the catalogue record.
/// Throws InputError when the data cannot be written in one of them (a C0 control in RDF/XML).
std::vector<DumpFile> add_dumps(PublicationFiles& files, const Model& model, const RdfOptions& rdf,
                                DumpHolding holding);

/// The syntaxes a catalogue record is written in (those of an entity's documents on the site).
inline constexpr std::array<RdfFormat, 4> catalogue_record_formats{RdfFormat::turtle, RdfFormat::ntriples,
                                                                   RdfFormat::jsonld, RdfFormat::rdfxml};

/// dataset.* and dataset.dcat-ap-dk.* (Turtle, N-Triples, JSON-LD, RDF/XML): the catalogue
/// record once per profile, naming `dumps`, and the SPARQL endpoint when one is given.
void add_catalogue_records(PublicationFiles& files, const Model& model, const RdfOptions& rdf,
                           const std::vector<DumpFile>& dumps, const std::string& sparql_endpoint);

/// The catalogue record of `profile` alone, in one syntax (`export --what dataset`), naming
/// `dumps`, or the dumps as add_dumps makes them when null.
void write_catalogue_record(std::ostream& out, RdfFormat format, const Model& model, const RdfOptions& rdf,
                            const std::string& sparql_endpoint, const CatalogueProfile& profile,
                            const std::vector<DumpFile>* dumps = nullptr);

/// The ontology's Turtle document in a publication (on the site, its page is ontology/index.html).
inline constexpr std::string_view ontology_document = "ontology/vidensgraf.ttl";

/// ontology/vidensgraf.ttl, ontology/shapes.ttl and ontology/context.jsonld, as compiled in.
void add_ontology_files(PublicationFiles& files);

/// What `publish` publishes besides the data.
struct PublicationOptions {
  std::string language = "da"; ///< the diagrams' language
};

/// The whole publication of `publish`. Deterministic: the same model gives the same bytes.
PublicationFiles build_publication(const Model& model, const PublicationOptions& options);

} // namespace vidensgraf
