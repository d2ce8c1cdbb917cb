// Writing a Model as a dataset folder (dataset.toml and CSV tables, see data/README.md): the
// inverse of the loader, used by `vidensgraf import`.
#pragma once

#include "model/model.hpp"

#include <filesystem>

namespace vidensgraf {

/// Writes the model into `dir` (created if missing): dataset.toml, one table per kind that has
/// entities, and relations.csv. Each file is written to a temporary file and renamed. Rows are
/// sorted by id, so the same model gives byte-identical files. A value goes into its entity's
/// row when it is stated by the entity's own source and the row's cell is free; every other
/// value, and every relation, is a row of relations.csv with its basis, source, section and note.
/// Only the first source of an entity is kept (a table row has one). Throws OutputError.
void write_dataset(const Model& model, const std::filesystem::path& dir);

} // namespace vidensgraf
