// The triples of one entity, or of one concept scheme, without walking the whole model: what that
// resource's own RDF document holds (the site's {segment}/{id}.ttl and {segment}.ttl), so that a
// server can write one on request. Made by the same writer as for_each_triple (model/rdf/triples.cpp
// holds both), so the triples and their order are that walk's.
#pragma once

#include "model/model.hpp"
#include "model/rdf/term.hpp"
#include "model/rdf/triples.hpp"

#include <functional>
#include <memory>

namespace vidensgraf {

/// Made once per model: it indexes the section headings each source is cited with (one pass over
/// the provenance). Triple::graph is always empty: a document is one graph.
class EntityTriples {
public:
  /// Throws UsageError without a base IRI (effective_base).
  EntityTriples(const Model& model, const RdfOptions& options);
  ~EntityTriples();
  EntityTriples(const EntityTriples&) = delete;
  EntityTriples& operator=(const EntityTriples&) = delete;

  /// The triples whose subject is the entity's IRI or a fragment of it (its statements, amounts
  /// and sections), in for_each_triple's order.
  void for_each(Vertex v, const std::function<void(const Triple&)>& sink) const;
  /// Whether {base}{segment} of `kind` is a skos:ConceptScheme: the kind is aligned with
  /// skos:Concept and has entities.
  bool is_scheme(KindId kind) const;
  /// The scheme's own triples (type, titles), then each member's skos:inScheme and
  /// skos:topConceptOf, in for_each_triple's order; nothing when `kind` is not a scheme.
  void for_each_in_scheme(KindId kind, const std::function<void(const Triple&)>& sink) const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace vidensgraf
