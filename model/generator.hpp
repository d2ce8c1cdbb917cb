// Synthetic datasets shaped like the bundled one, for tests and benchmarks of large models.
#pragma once

#include "model/schema.hpp"

#include <cstdint>
#include <filesystem>

namespace vidensgraf {

/// What was written.
struct GeneratedCounts {
  std::size_t entities = 0;
  std::size_t relations = 0;
};

/// Writes a valid dataset of about `entities` entities (at least 60) into `dir` (created if
/// missing): few challenge areas, many projects and organisations, hub organisations that lead
/// or join many projects, every project with one to three challenge areas, a source on every row.
/// The same seed gives byte-identical files. Throws OutputError when a file cannot be written.
GeneratedCounts generate_dataset(const std::filesystem::path& dir, std::size_t entities, std::uint64_t seed,
                                 const Schema& schema = Schema::builtin());

} // namespace vidensgraf
