// A small dataset written by the tests themselves, with hard strings (quotes, backslashes, new
// lines, a lone CR, tabs, C0 controls, non-BMP characters, right-to-left text), a curated link with
// a note, a link with two sources, dates of every precision and an amount.
#pragma once

#include <filesystem>
#include <string>

namespace vidensgraf::test {

/// The description of project p-1 in English: every hard character, with C0 controls when asked.
std::string hard_text(bool with_c0);

/// Writes the dataset into `dir`; `with_c0` puts C0 control characters (other than tab, LF, CR)
/// into the English description of project p-1.
void write_hard_dataset(const std::filesystem::path& dir, bool with_c0);

} // namespace vidensgraf::test
