// Writing triples in an RDF syntax: Turtle, N-Triples, N-Quads, RDF/XML and RDF/JSON through
// Raptor's serializers (with Raptor 2.0.15's defects worked around), JSON-LD through
// model/rdf/jsonld_writer.hpp.
#pragma once

#include "model/rdf/syntax.hpp"
#include "model/rdf/triples.hpp"

#include <functional>
#include <ostream>

namespace vidensgraf {

/// Produces triples: calls its argument once per triple.
using TripleProducer = std::function<void(const std::function<void(const Triple&)>&)>;

/// Writes the triples from `produce` to `out` in `format` with the standard prefixes declared;
/// `base` is the dataset's base IRI (JSON-LD writes IRIs relative to it where safe). The same
/// triples give byte-identical output. Throws InputError naming the subject when a value cannot
/// be written in the syntax (C0 control characters in RDF/XML), before anything is written.
void write_rdf(std::ostream& out, RdfFormat format, const TripleProducer& produce, const std::string& base);

/// Throws the InputError write_rdf gives for RDF/XML when `triple` cannot be written in it (a C0
/// control character in a value); else returns.
void check_rdfxml(const Triple& triple);
/// The same for a triple of views (the SPARQL index's walk, for_each_triple_ref).
void check_rdfxml(const TripleRef& triple);

/// Writes Turtle as the triples arrive, in memory that does not grow with their number: the
/// triples of each entity grouped by subject, the standard prefixes declared.
void write_turtle_stream(std::ostream& out, const TripleProducer& produce);

/// Above this many entities export_data writes Turtle with write_turtle_stream rather than with
/// Raptor's serializer, which holds the whole graph (and nests and sorts it for readability).
inline constexpr std::size_t streaming_threshold = 20000;

/// Writes the model's data (for_each_triple) to `out` in `format` (Turtle streamed when
/// options.stream is set or the model is larger than streaming_threshold).
void export_data(const Model& model, RdfFormat format, const RdfOptions& options, std::ostream& out);

} // namespace vidensgraf
