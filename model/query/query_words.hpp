// The words of a query's answer that are not data: its notes, the empty table, a tie and the basis
// of a step inside a readable path, each in English and Danish. One table, so that `--lang da`
// answers in Danish throughout and a test can hold every entry to both languages.
#pragma once

#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vidensgraf {

enum class QueryWord : std::uint8_t {
  programme_emphasis,       ///< programme, areas, sources
  no_challenge_for_project, ///< basis clause
  no_project_for_challenge, ///< basis clause
  basis_stated_only,
  basis_through_curated,
  path_ends,            ///< from id, to id
  not_connected,        ///< ends
  not_connected_stated, ///< ends
  no_curated_path,      ///< total, length, ends
  curated_paths,        ///< found, total, length
  first_paths,          ///< shown, total, length
  one_shortest_path,    ///< total, length
  shortest_paths,       ///< total, length
  path_number,          ///< number, path
  more_than,            ///< a number
  no_similar,
  similar_score, ///< six weights
  central_about,
  central_stated,
  central_curated,
  central_none_curated,
  central_approximate, ///< entities, exact-up-to, sources, seed
  neighbours_curated,
  matrix_cells,
  recommend_no_challenge,
  recommend_nothing,
  recommend_score,
  recommend_reason, ///< area, curated link or nothing, basis word, score
  curated_link,
  first_rows, ///< shown, total
  no_rows,
  tie,
  step_stated,
  step_curated,
  step_indirect,
};

/// How many words the table has (QueryWord's values are 0 to this, exclusive).
std::size_t query_word_count() noexcept;

/// The word or template (with fmt's `{}` for what is filled in) in "da", or else in English.
std::string_view query_word(QueryWord word, std::string_view language) noexcept;

/// The word for a basis code ("stated", "curated", "indirect") in the language.
std::string_view basis_word(std::string_view code, std::string_view language) noexcept;

/// The template filled in.
template <typename... Args> std::string query_text(QueryWord word, std::string_view language, const Args&... args) {
  return fmt::format(fmt::runtime(query_word(word, language)), args...);
}

} // namespace vidensgraf
