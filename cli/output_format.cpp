#include "cli/output_format.hpp"

#include "model/error.hpp"

#include <fmt/format.h>

#include <filesystem>

#include <unistd.h>

namespace vidensgraf::cli {

namespace {

bool is_stdout(std::string_view output) {
  return output.empty() || output == "-";
}

std::string known_extensions(std::span<const FormatExtension> table) {
  std::string out;
  for (const auto& row : table)
    out += fmt::format("{}.{} ({})", out.empty() ? "" : ", ", row.extension, row.format);
  return out;
}

} // namespace

std::string choose_format(std::string_view given, std::string_view output, std::span<const FormatExtension> table,
                          std::string_view fallback) {
  if (is_stdout(output)) return std::string(given.empty() ? fallback : given);
  const std::string dotted = std::filesystem::path(output).extension().string();
  if (dotted.empty()) return std::string(given.empty() ? fallback : given);
  const std::string_view extension = std::string_view(dotted).substr(1);
  for (const auto& row : table) {
    if (row.extension != extension) continue;
    if (!given.empty() && given != row.format)
      throw UsageError(fmt::format("--format {} contradicts the extension of -o {} (.{} is {}); drop --format or "
                                   "name the file .{}",
                                   given, output, extension, row.format, given));
    return std::string(row.format);
  }
  throw UsageError(fmt::format("-o {}: unknown extension .{}{}; the extensions are {}", output, extension,
                               given.empty() ? "" : fmt::format(" for --format {}", given), known_extensions(table)));
}

void refuse_binary_to_terminal(std::string_view format, std::string_view output, std::string_view extension) {
  if (!is_stdout(output) || ::isatty(STDOUT_FILENO) != 1) return;
  throw UsageError(fmt::format("--format {} is binary and standard output is a terminal; write it to a file with "
                               "-o FILE.{} (or pipe it into another program)",
                               format, extension));
}

} // namespace vidensgraf::cli
