// The dataset's catalogue record: a DCAT-AP 3 description (dcat:Catalog, dcat:Dataset, one
// dcat:Distribution per published dump with its download IRI, size and SHA-256, a dcat:DataService
// for a SPARQL endpoint) with VoID statistics, for `export --what dataset`, the site's
// dataset.* files and `publish`. Every thing it points to is typed and, for controlled
// vocabularies, labelled in Danish and English with its concept scheme, as the DCAT-AP shapes ask.
#pragma once

#include "exporters/dump_digest.hpp"
#include "exporters/rdf_triples.hpp"

#include <functional>
#include <string>
#include <vector>

namespace vidensgraf {

/// What the description says beyond the dataset itself.
struct DescriptionOptions {
  std::string sparql_endpoint; ///< IRI of a SPARQL endpoint that serves the data; empty: none
};

/// Calls `sink` for every triple of the description, in a deterministic order; `dumps` are the
/// published dumps (measure_dumps, or measure_bytes of the files written).
void for_each_description_triple(const Model& model, const RdfOptions& options, const std::vector<DumpFile>& dumps,
                                 const DescriptionOptions& description, const std::function<void(const Triple&)>& sink);

/// The same with the dumps measured here (measure_dumps) and no SPARQL endpoint.
void for_each_description_triple(const Model& model, const RdfOptions& options,
                                 const std::function<void(const Triple&)>& sink);

} // namespace vidensgraf
