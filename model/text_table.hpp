// A plain-text table for a terminal: the one table layout of the query and SPARQL answers.
#pragma once

#include <string>
#include <vector>

namespace vidensgraf {

/// The header, a rule of dashes under it, then the rows; every column but the last is padded to
/// its widest cell (in code points) plus two spaces. Each line ends with '\n'.
std::string text_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

} // namespace vidensgraf
