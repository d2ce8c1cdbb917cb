// Diagnostics: every problem found in a dataset, with where it is, collected rather than thrown
// so that a run reports all of them and not only the first.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace vidensgraf {

/// How serious a diagnostic is: errors make a dataset invalid, warnings do not.
enum class Severity : std::uint8_t { error, warning };

/// A place in an input file; line and column count from 1, column in characters (0: unknown).
struct Location {
  std::string file;         ///< path as given to the user (relative to the dataset folder)
  std::uint32_t line = 0;   ///< 1-based line, 0 when the problem concerns the whole file
  std::uint32_t column = 0; ///< 1-based column in Unicode characters, 0 when unknown
};

/// One problem: where, how serious, and a message that says what is wrong and what to do.
struct Diagnostic {
  Location where;
  Severity severity = Severity::error;
  std::string message;
};

/// Collects diagnostics in the order they were found and prints them as file:line:column.
class Diagnostics {
public:
  /// Records an error at a place.
  void error(Location where, std::string message);
  /// Records a warning at a place.
  void warning(Location where, std::string message);
  /// All diagnostics, in the order found.
  const std::vector<Diagnostic>& all() const noexcept { return items_; }
  /// Number of errors recorded.
  std::size_t error_count() const noexcept { return errors_; }
  /// Number of warnings recorded.
  std::size_t warning_count() const noexcept { return items_.size() - errors_; }
  /// True when no error was recorded.
  bool ok() const noexcept { return errors_ == 0; }
  /// Prints each diagnostic as "file:line:column: error: message", sorted by file and position.
  void print(std::ostream& out) const;

private:
  std::vector<Diagnostic> items_;
  std::size_t errors_ = 0;
};

/// Formats one diagnostic as "file:line:column: severity: message", on one line: control
/// characters and bidirectional overrides the message quotes from the data are shown escaped
/// (`\x0A`, `\u202E`), so a value can neither break the line nor drive the terminal.
std::string format_diagnostic(const Diagnostic& d);

} // namespace vidensgraf
