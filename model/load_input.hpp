// The input of every command that reads a dataset: a dataset folder (CSV tables) or an RDF file.
#pragma once

#include "model/diagnostics.hpp"
#include "model/model.hpp"

#include <filesystem>
#include <string>

namespace vidensgraf {

/// Reads a dataset folder (load_dataset) or an RDF file (import_rdf; `input_format` is a Raptor
/// syntax name, empty: from the extension). Problems go to `diagnostics`.
Model load_input(const std::filesystem::path& path, const std::string& input_format, Diagnostics& diagnostics);

/// Like load_input, but throws ValidationError (exit 1, carrying the diagnostics) on errors; the
/// warnings of a valid input go to `warnings` when given.
Model load_input_or_throw(const std::filesystem::path& path, const std::string& input_format = {},
                          Diagnostics* warnings = nullptr);

} // namespace vidensgraf
