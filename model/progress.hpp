// A progress bar for long operations (loading or exporting a large model), on standard error.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace vidensgraf {

/// Shows how far one operation has come, as "loading  [#######.............]  35%" redrawn in
/// place on standard error at most ten times a second, and cleared when the operation ends.
/// It draws nothing unless Progress::enable(true) was called: the CLI enables it when standard
/// error is a terminal and --quiet is not given, so scripts, logs and library users see nothing.
/// Operations shorter than a quarter of a second never show a bar.
class Progress {
public:
  /// Starts an operation of `total` units (bytes, entities) named by `label`.
  Progress(std::string label, std::uint64_t total);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  /// Clears the bar, if one was drawn.
  ~Progress();

  /// Reports that `done` of the total units are done; cheap enough to call every few thousand rows.
  void update(std::uint64_t done);

  /// Turns drawing on or off for the whole process (off by default).
  static void enable(bool on) noexcept;
  /// Whether bars are drawn.
  static bool enabled() noexcept;

private:
  std::string label_;
  std::uint64_t total_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
  int last_percent_ = -1;
  bool drawn_ = false;
};

} // namespace vidensgraf
