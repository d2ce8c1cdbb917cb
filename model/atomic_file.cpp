#include "model/atomic_file.hpp"

#include "model/error.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <iostream>
#include <memory>
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

AtomicFile::AtomicFile(fs::path target) : target_(std::move(target)) {
  const fs::path folder = target_.has_parent_path() ? target_.parent_path() : fs::path(".");
  std::string pattern = (folder / ("." + target_.filename().string() + ".tmp-XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0)
    throw OutputError("cannot write " + target_.string() + ": " + describe(errno) +
                      " (check that the folder exists and is writable)");
  // mkstemp creates the file private (0600): give it the target's mode, or what a new file gets.
  struct stat existing {};
  mode_t mode = 0;
  if (::stat(target_.c_str(), &existing) == 0) {
    mode = existing.st_mode & 07777;
  } else {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    mode = 0666 & ~mask;
  }
  ::fchmod(fd, mode);
  temporary_ = pattern;
  impl_ = std::make_unique<Impl>(fd);
}

AtomicFile::~AtomicFile() {
  if (impl_ && impl_->fd >= 0) ::close(impl_->fd);
  if (!committed_ && !temporary_.empty()) ::unlink(temporary_.c_str());
}

std::ostream& AtomicFile::stream() {
  return impl_->stream;
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
    write(std::cout);
    std::cout.flush();
    if (!std::cout) throw OutputError("cannot write to standard output");
    return;
  }
  AtomicFile file(path);
  write(file.stream());
  file.commit();
}

} // namespace vidensgraf
