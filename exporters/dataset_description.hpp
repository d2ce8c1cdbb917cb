// The dataset description: DCAT (dcat:Dataset with a dcat:Distribution per RDF syntax) and VoID
// (triple count, vocabularies, example resources) for `vidensgraf export --what dataset`.
#pragma once

#include "exporters/rdf_triples.hpp"

namespace vidensgraf {

/// Calls `sink` for every triple of the dataset description, in a deterministic order: the
/// metadata (title, description, publisher, licence, dates, languages, keywords), one
/// distribution per syntax with its media type, and the VoID statistics of the data export.
void for_each_description_triple(const Model& model, const RdfOptions& options,
                                 const std::function<void(const Triple&)>& sink);

} // namespace vidensgraf
