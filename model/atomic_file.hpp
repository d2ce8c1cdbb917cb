// Writing an output file so that it is never left half-written: the content goes to a
// temporary file beside the target, which is renamed over the target only when complete.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string>

namespace vidensgraf {

/// A file being written: a temporary file in the target's folder, renamed into place by
/// commit(). Destroyed without commit() (an error, an exception), it removes the temporary file
/// and leaves any previous target as it was. Errors throw OutputError naming the file.
class AtomicFile {
public:
  /// Opens a temporary file next to `target`; throws OutputError when the folder is unwritable.
  explicit AtomicFile(std::filesystem::path target);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();

  /// The stream to write the content to.
  std::ostream& stream();
  /// Flushes, syncs and renames the temporary file over the target; throws OutputError when
  /// anything fails (a full disk), in which case the target is untouched.
  void commit();
  /// The path of the temporary file (for tools that write by path).
  const std::filesystem::path& temporary_path() const noexcept { return temporary_; }

private:
  struct Impl;
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  std::unique_ptr<Impl> impl_;
  bool committed_ = false;
};

/// Writes an output: to standard output when `path` is empty or "-", else atomically to the
/// file (see AtomicFile). `write` produces the content.
void write_output(const std::string& path, const std::function<void(std::ostream&)>& write);

} // namespace vidensgraf
