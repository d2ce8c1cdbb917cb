// RDF terms and triples as plain values, so that no Raptor type crosses a public header.
#pragma once

#include <cstdint>
#include <string>

namespace vidensgraf {

/// What an RDF term is.
enum class TermType : std::uint8_t { iri, blank, literal };

/// An RDF term: an IRI, a blank node label or a literal with its language or datatype.
struct Term {
  TermType type = TermType::iri;
  std::string value;    ///< the IRI, the blank node label (without "_:") or the lexical form
  std::string language; ///< language tag of a literal, empty when none
  std::string datatype; ///< datatype IRI of a literal, empty for plain and language-tagged ones

  bool is_iri() const noexcept { return type == TermType::iri; }
  bool is_blank() const noexcept { return type == TermType::blank; }
  bool is_literal() const noexcept { return type == TermType::literal; }
  friend bool operator==(const Term&, const Term&) = default;
};

/// An RDF triple, optionally with the named graph it was read from (empty: default graph).
struct Triple {
  Term subject;
  Term predicate;
  Term object;
  std::string graph;
};

} // namespace vidensgraf
