// Writing CSV rows (RFC 4180, LF line ends), quoting only where needed.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

namespace vidensgraf {

/// Writes one field, quoted when it holds a comma, a quote, CR or LF, or starts with a space.
void write_csv_field(std::ostream& out, std::string_view field);

/// Writes one row of fields followed by '\n'.
void write_csv_row(std::ostream& out, const std::vector<std::string_view>& fields);

} // namespace vidensgraf
