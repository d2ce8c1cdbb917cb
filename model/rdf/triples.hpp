// The one mapping from the model to RDF triples. Every serializer (Turtle, N-Triples, N-Quads,
// RDF/XML, RDF/JSON), the JSON-LD writer and SPARQL read the model through it, so the RDF form
// of the data is defined in exactly one place (documented in model/rdf/triples.cpp).
#pragma once

#include "model/model.hpp"
#include "model/rdf/term.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace vidensgraf {

/// Choices for the RDF form of a model.
struct RdfOptions {
  std::string base;    ///< overrides the dataset's base IRI when not empty
  bool stream = false; ///< Turtle: write as the triples arrive (see write_turtle_stream)
};

/// The base IRI in effect: options.base, else the dataset's; throws UsageError when both are empty.
std::string effective_base(const Model& model, const RdfOptions& options);

/// The IRI of the dataset itself: {base}dataset.
std::string dataset_iri(std::string_view base);

/// Calls `sink` for every triple of the model's RDF form, in a deterministic order;
/// Triple::graph is the named graph (the source's IRI) for N-Quads, empty for the default graph.
void for_each_triple(const Model& model, const RdfOptions& options, const std::function<void(const Triple&)>& sink);

/// A term that borrows its strings from the writer (valid while the sink runs): the walk's
/// triples without a std::string made per part, for consumers that copy only what they keep.
struct TermRef {
  TermType type = TermType::iri;
  std::string_view value, language, datatype; ///< as in Term
  /// The entity whose IRI `value` is, when the writer names it as one (else `no_entity`); the
  /// same IRI may also come without it (a source cited in provenance).
  Vertex entity = no_entity;
  static constexpr Vertex no_entity = ~Vertex{0};
};

/// A triple of TermRefs; `graph` as in Triple.
struct TripleRef {
  TermRef subject, predicate, object;
  std::string_view graph;
};

/// The term a TermRef names, with its own strings.
Term to_term(const TermRef& ref);
/// The triple a TripleRef names, with its own strings.
Triple to_triple(const TripleRef& ref);

/// for_each_triple's triples, in its order, as TripleRefs: for_each_triple is this walk with
/// each triple copied into a Triple.
void for_each_triple_ref(const Model& model, const RdfOptions& options,
                         const std::function<void(const TripleRef&)>& sink);

/// Calls `sink` for the triples that describe the dataset (title, description, publisher, licence,
/// dates, languages, keywords, base IRI): the part of for_each_triple's output about the dataset.
void for_each_metadata_triple(const Model& model, const RdfOptions& options,
                              const std::function<void(const Triple&)>& sink);

/// An IRI term.
Term iri_term(std::string value);
/// A literal: language-tagged when `language` is set, typed when `datatype` is set.
Term literal_term(std::string value, std::string language = {}, std::string datatype = {});

} // namespace vidensgraf
