// Writing an output file so that it is never left half-written: the content goes to a
// temporary file beside the target, which is renamed over the target only when complete.
//
// The temporary file is unnamed where Linux allows it (O_TMPFILE): a process killed with SIGKILL,
// or ended by any signal whose default action is to terminate, cannot run a destructor, and an
// unnamed file simply disappears with the process, while a named one would stay behind in the
// user's folder. On commit the finished file gets a name (linkat through /proc/self/fd) and is
// renamed over the target. Filesystems without O_TMPFILE (some network and FUSE filesystems), or
// a system without /proc, get a named temporary file `.NAME.tmp-XXXXXX` instead.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
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
  /// A path to the temporary file for tools that write by path: the named temporary file, or
  /// for an unnamed one `/proc/self/fd/N` (valid in this process until commit or destruction).
  /// Open it for writing without O_TRUNC or O_CREAT surprises: it is the same file as stream()'s.
  const std::filesystem::path& temporary_path() const noexcept { return temporary_; }

private:
  struct Impl;
  void link_into_place();
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  std::unique_ptr<Impl> impl_;
  bool unnamed_ = false;
  bool committed_ = false;
};

/// Writes an output: to standard output when `path` is empty or "-", else atomically to the
/// file (see AtomicFile). `write` produces the content.
void write_output(const std::string& path, const std::function<void(std::ostream&)>& write);

} // namespace vidensgraf
