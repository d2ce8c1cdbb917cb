#include "model/text_table.hpp"

#include "model/utf8.hpp"

#include <algorithm>

namespace vidensgraf {

std::string text_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  // Display width: code points, which is right for the Latin text of the datasets.
  std::vector<std::size_t> widths;
  widths.reserve(header.size());
  for (const auto& name : header)
    widths.push_back(utf8_length(name));
  for (const auto& row : rows)
    for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], utf8_length(row[i]));
  std::string out;
  const auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      out += cells[i];
      if (i + 1 < cells.size()) out.append(widths[i] - utf8_length(cells[i]) + 2, ' ');
    }
    out += '\n';
  };
  line(header);
  std::vector<std::string> rule;
  rule.reserve(widths.size());
  for (auto w : widths)
    rule.emplace_back(w, '-');
  line(rule);
  for (const auto& row : rows)
    line(row);
  return out;
}

} // namespace vidensgraf
