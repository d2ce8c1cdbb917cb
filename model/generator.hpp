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

/// The fewest entities a generated dataset can have: its fixed vocabularies (7 challenge areas,
/// 3 domains, 10 pieces of advice, ...) and a few of each other kind.
inline constexpr std::size_t generator_min_entities = 60;

/// Writes a valid dataset of exactly `entities` entities into `dir` (created if
/// missing): few challenge areas, many projects and organisations, hub organisations that lead
/// or join many projects, every project with one to three challenge areas, a source on every row.
/// The same seed gives byte-identical files. Throws UsageError for fewer than
/// generator_min_entities entities, OutputError when a file cannot be written.
GeneratedCounts generate_dataset(const std::filesystem::path& dir, std::size_t n, std::uint64_t seed,
                                 const Schema& schema = Schema::builtin());

} // namespace vidensgraf
