// A Raptor term as one of ours: what the RDF parser and SPARQL CONSTRUCT hand over. Private to
// the library (Raptor never appears in a public header).
#pragma once

#include "model/rdf/term.hpp"

#include <raptor2.h>

namespace vidensgraf::detail {

/// The term's IRI, blank node label (without "_:") or literal with its language and datatype;
/// an empty IRI term for a null or unknown one.
Term to_term(const raptor_term* t);

} // namespace vidensgraf::detail
