// Reading RDF that uses the ontology (as `vidensgraf export` writes it, in any syntax Raptor
// parses) back into a Model, so that a publisher can edit the data as RDF and come back.
#pragma once

#include "model/diagnostics.hpp"
#include "model/model.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace vidensgraf {

/// The Raptor syntax for a file name's extension (.ttl, .nt, .nq, .rdf/.owl/.xml, .rj/.json),
/// or nothing when the extension is not one of them.
std::optional<std::string> rdf_syntax_for(const std::filesystem::path& file);

/// Reads `file` in Raptor syntax `syntax` (empty: from the extension). Every problem (parse
/// errors with their line, IRIs outside the dataset's base, unknown kinds, relations between
/// kinds they may not connect, missing Danish labels or sources, malformed values) goes to
/// `diagnostics`; check diagnostics.ok() before using the model.
Model import_rdf(const std::filesystem::path& file, const std::string& syntax, Diagnostics& diagnostics,
                 const Schema& schema = Schema::builtin());

} // namespace vidensgraf
