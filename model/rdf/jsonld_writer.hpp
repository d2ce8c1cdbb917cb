// JSON-LD, which Raptor lacks: triples written as one compacted document with nlohmann-json,
// using the published context ontology/context.jsonld (embedded, so the file needs no network).
#pragma once

#include "model/rdf/serializer.hpp"

#include <ostream>
#include <string>

namespace vidensgraf {

/// Writes the triples from `produce` to `out` as a JSON-LD document: the context, then "@graph"
/// with one node per subject, sorted by IRI, keys compacted through the context. IRIs under
/// `base` are written relative to it when base ends with '/'. Named graphs are not written.
void write_jsonld(std::ostream& out, const TripleProducer& produce, const std::string& base);

/// The published JSON-LD context (ontology/context.jsonld) as text; throws InternalError when
/// the file cannot be found or read.
const std::string& jsonld_context_text();

} // namespace vidensgraf
