// Which format a command writes: --format, or the extension of -o's file, checked against each
// other; and the refusal to write a binary format to a terminal.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace vidensgraf::cli {

/// A file extension (without the dot) and the --format name it means.
struct FormatExtension {
  std::string_view extension;
  std::string_view format;
};

/// The format to write: `given` (--format) when set, else the one -o's extension means, else
/// `fallback`. `output` "-" or empty is standard output (no extension). Throws UsageError, naming
/// both, when `given` contradicts the extension or the extension is not in `table`.
std::string choose_format(std::string_view given, std::string_view output, std::span<const FormatExtension> table,
                          std::string_view fallback);

/// Throws UsageError with advice (-o FILE) when `output` is standard output, standard output is a
/// terminal and `format` is binary.
void refuse_binary_to_terminal(std::string_view format, std::string_view output, std::string_view extension);

} // namespace vidensgraf::cli
