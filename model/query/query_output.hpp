// Writing a query answer as an aligned table, CSV (RFC 4180) or JSON.
#pragma once

#include "model/model.hpp"
#include "model/query/query_result.hpp"

#include <ostream>

namespace vidensgraf {

/// An aligned text table with a header row; notes follow, each on a line starting with "# ".
void write_query_table(std::ostream& out, const QueryResult& result);
/// CSV with a header row (notes are left out; the CLI prints them to stderr).
void write_query_csv(std::ostream& out, const QueryResult& result);
/// JSON: {"columns":[...], "rows":[{column: value, ..., "path":[steps]}], "notes":[...]}; each
/// path step is {"relation", "direction", "id", "kind"} and the path's "start" is the first entity.
void write_query_json(std::ostream& out, const Model& model, const QueryResult& result);

} // namespace vidensgraf
