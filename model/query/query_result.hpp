// The answer of a graph query: named columns and rows of text, optionally the path that
// explains each row, and notes (such as a limit that was applied). Written as a table, CSV or
// JSON by query_output.hpp.
#pragma once

#include "model/connection_path.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace vidensgraf {

/// One column of a query answer.
struct QueryColumn {
  std::string name;
  bool numeric = false; ///< written as a JSON number
  bool in_table = true; ///< shown in the text table (ids are left to CSV and JSON, labels shown)
  bool in_data = true;  ///< written to CSV and JSON (false for marks meant only for the eye)
};

/// A query answer, rows in their final (deterministic) order.
struct QueryResult {
  std::vector<QueryColumn> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::optional<ConnectionPath>> paths; ///< empty, or one per row
  std::vector<std::string> notes;                   ///< limits applied and similar remarks
  std::string language;                             ///< of the labels; JSON paths are labelled in it
};

/// Keeps the first `limit` rows (and their paths), noting how many there were; 0 keeps all.
void apply_limit(QueryResult& result, std::size_t limit);

/// The note apply_limit writes, for a query that computed only its first `limit` rows of `total`
/// (nothing when `limit` is 0 or not less than `total`).
void note_limit(QueryResult& result, std::size_t limit, std::size_t total);

} // namespace vidensgraf
