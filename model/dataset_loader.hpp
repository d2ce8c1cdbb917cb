// Loading a dataset folder (dataset.toml and CSV tables, see data/README.md) into a Model,
// checking it against the schema as it goes.
#pragma once

#include "model/diagnostics.hpp"
#include "model/model.hpp"

#include <filesystem>

namespace vidensgraf {

/// The name of the relations table in a dataset folder.
inline constexpr std::string_view relations_table = "relations";

/// Reads the dataset in `dir`. Every problem (malformed CSV, invalid UTF-8, unknown columns,
/// kinds or relations, duplicate or missing ids, relations between kinds they may not connect,
/// missing required labels, malformed values) goes to `diagnostics` as file:line:column; the
/// returned model holds everything that could be read. Check diagnostics.ok() before using it.
Model load_dataset(const std::filesystem::path& dir, Diagnostics& diagnostics,
                   const Schema& schema = Schema::builtin());

/// Throws ValidationError, carrying the diagnostics and pointing to 'vidensgraf validate', when
/// the diagnostics of reading `input` hold an error.
void throw_if_invalid(const Diagnostics& diagnostics, const std::filesystem::path& input);

/// Like load_dataset, but throws ValidationError (exit 1) when there is any error; the warnings of
/// a valid dataset go to `warnings` when given.
Model load_dataset_or_throw(const std::filesystem::path& dir, const Schema& schema = Schema::builtin(),
                            Diagnostics* warnings = nullptr);

} // namespace vidensgraf
