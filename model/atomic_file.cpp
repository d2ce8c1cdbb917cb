#include "model/atomic_file.hpp"

#include "model/error.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <iostream>
#include <memory>
#include <random>
#include <unistd.h>

namespace vidensgraf {
namespace fs = std::filesystem;

namespace {

std::string describe(int error) {
  return std::strerror(error);
}

/// A std::streambuf over a file descriptor that remembers the first write error (errno), so a
/// full disk is reported with its reason.
class FdBuffer : public std::streambuf {
public:
  explicit FdBuffer(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }
  int error() const noexcept { return error_; }
  bool flush_all() { return sync() == 0; }

protected:
  int_type overflow(int_type c) override {
    if (sync() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override {
    const char* p = pbase();
    while (p < pptr()) {
      const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0) {
        if (errno == EINTR) continue;
        if (!error_) error_ = errno;
        setp(buffer_, buffer_ + sizeof buffer_);
        return -1;
      }
      p += n;
    }
    setp(buffer_, buffer_ + sizeof buffer_);
    return 0;
  }

private:
  int fd_;
  int error_ = 0;
  char buffer_[1 << 16];
};

} // namespace

struct AtomicFile::Impl {
  int fd = -1;
  FdBuffer buffer;
  std::ostream stream;
  explicit Impl(int descriptor) : fd(descriptor), buffer(descriptor), stream(&buffer) {}
};

namespace {

std::string cannot_write(const fs::path& target, int error) {
  return "cannot write " + target.string() + ": " + describe(error) + " (check that the folder exists and is writable)";
}

/// The mode the finished file gets: the previous target's, or what a new file gets under the umask.
mode_t mode_for(const fs::path& target) {
  struct stat existing {};
  if (::stat(target.c_str(), &existing) == 0) return existing.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

/// `.NAME.tmp-XXXXXX` beside the target, with six random letters and digits.
std::string temporary_name(const fs::path& target) {
  static constexpr char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  thread_local std::mt19937 random{std::random_device{}() ^ static_cast<unsigned>(::getpid())};
  std::string suffix(6, 'x');
  for (char& c : suffix)
    c = letters[random() % (sizeof letters - 1)];
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  return (folder / ("." + target.filename().string() + ".tmp-" + suffix)).string();
}

/// Where O_TMPFILE can be used: the kernel and the filesystem support it (EISDIR: a kernel older
/// than 3.11 reads the flag as O_DIRECTORY; EOPNOTSUPP: a filesystem without it), and /proc is
/// there to give the file a name on commit (linkat with AT_EMPTY_PATH would need
/// CAP_DAC_READ_SEARCH).
int open_unnamed(const fs::path& folder, mode_t mode) {
  static const bool have_proc = ::access("/proc/self/fd", X_OK) == 0;
  if (!have_proc) {
    errno = EOPNOTSUPP;
    return -1;
  }
  return ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
}

} // namespace

AtomicFile::AtomicFile(fs::path target) : target_(std::move(target)) {
  const fs::path folder = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
  const mode_t mode = mode_for(target_);
  int fd = open_unnamed(folder, mode);
  if (fd >= 0) {
    unnamed_ = true;
    temporary_ = "/proc/self/fd/" + std::to_string(fd);
  } else if (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL) {
    std::string pattern = temporary_name(target_);
    pattern.replace(pattern.size() - 6, 6, "XXXXXX");
    fd = ::mkstemp(pattern.data());
    if (fd >= 0) temporary_ = pattern;
  }
  if (fd < 0) throw OutputError(cannot_write(target_, errno));
  // O_TMPFILE applies the umask and mkstemp makes the file private (0600): set the mode wanted.
  ::fchmod(fd, mode);
  impl_ = std::make_unique<Impl>(fd);
}

AtomicFile::~AtomicFile() {
  if (impl_ && impl_->fd >= 0) ::close(impl_->fd);
  if (!committed_ && !unnamed_ && !temporary_.empty()) ::unlink(temporary_.c_str());
}

std::ostream& AtomicFile::stream() {
  return impl_->stream;
}

void AtomicFile::link_into_place() {
  // A new target: link the file straight to its name (atomic; fails rather than replace a file
  // that appeared meanwhile). An existing target cannot be replaced by a link, so the file is
  // linked under a temporary name and renamed over it: a SIGKILL in the microseconds between
  // the two leaves that named file, the only window in which one can be left behind.
  const char* proc = temporary_.c_str();
  if (::linkat(AT_FDCWD, proc, AT_FDCWD, target_.c_str(), AT_SYMLINK_FOLLOW) == 0) return;
  if (errno != EEXIST) throw OutputError(cannot_write(target_, errno) + "; the previous file is kept");
  std::string name;
  for (int attempt = 0;; ++attempt) {
    name = temporary_name(target_);
    if (::linkat(AT_FDCWD, proc, AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) break;
    if (errno != EEXIST || attempt == 99)
      throw OutputError(cannot_write(target_, errno) + "; the previous file is kept");
  }
  if (::rename(name.c_str(), target_.c_str()) != 0) {
    const int error = errno;
    ::unlink(name.c_str());
    throw OutputError("cannot replace " + target_.string() + ": " + describe(error));
  }
}

void AtomicFile::commit() {
  impl_->stream.flush();
  const bool flushed = impl_->buffer.flush_all() && impl_->stream.good();
  const int write_error = impl_->buffer.error();
  if (!flushed || write_error)
    throw OutputError("cannot write " + target_.string() + ": " + describe(write_error ? write_error : EIO) +
                      "; the previous file is kept");
  if (::fsync(impl_->fd) != 0)
    throw OutputError("cannot write " + target_.string() + ": " + describe(errno) + "; the previous file is kept");
  if (unnamed_) {
    link_into_place(); // through /proc/self/fd/N, so before the descriptor is closed
    committed_ = true;
    const int fd = impl_->fd;
    impl_->fd = -1;
    ::close(fd); // the data is synced and in place: a late close error changes nothing
    return;
  }
  const int fd = impl_->fd;
  impl_->fd = -1;
  if (::close(fd) != 0)
    throw OutputError("cannot write " + target_.string() + ": " + describe(errno) + "; the previous file is kept");
  if (::rename(temporary_.c_str(), target_.c_str()) != 0)
    throw OutputError("cannot replace " + target_.string() + ": " + describe(errno));
  committed_ = true;
}

void write_output(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path.empty() || path == "-") {
    errno = 0;
    write(std::cout);
    std::cout.flush();
    if (!std::cout)
      throw OutputError(std::string("cannot write to standard output") + (errno ? ": " + describe(errno) : ""));
    return;
  }
  AtomicFile file(path);
  write(file.stream());
  file.commit();
}

} // namespace vidensgraf
