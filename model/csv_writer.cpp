#include "model/csv_writer.hpp"

namespace vidensgraf {

void write_csv_field(std::ostream& out, std::string_view field) {
  const bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!quote) {
    out << field;
    return;
  }
  out << '"';
  for (char c : field) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

void write_csv_row(std::ostream& out, const std::vector<std::string_view>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out << ',';
    write_csv_field(out, fields[i]);
  }
  out << '\n';
}

} // namespace vidensgraf
