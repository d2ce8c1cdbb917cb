// Parsing RDF text with Raptor into plain triples, with every parser error reported.
#pragma once

#include "model/diagnostics.hpp"
#include "model/rdf/term.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace vidensgraf {

/// Parses `text` in Raptor syntax `syntax` ("turtle", "ntriples", "nquads", "rdfxml", "json", ...)
/// and calls `on_triple` for each triple. Every error and warning Raptor logs is added to
/// `diagnostics` at `file`:line:column; returns false when any error was logged (Raptor can
/// return success after skipping bad lines, so errors are counted, not trusted from it).
bool parse_rdf(std::string_view text, std::string_view syntax, std::string_view base_iri, const std::string& file,
               Diagnostics& diagnostics, const std::function<void(Triple&&)>& on_triple);

} // namespace vidensgraf
