// A bare TCP client for the server tests that must send exactly the bytes they mean (a request
// cut in the middle, one byte at a time, a body never sent), from a chosen loopback address.
#pragma once

#include <chrono>
#include <string>

namespace vidensgraf::test {

/// One client connection; owns its descriptor.
class RawClient {
public:
  /// Connects to 127.0.0.1:port from `source` (any 127.x.y.z address: Linux routes them all to
  /// the loopback device, so the server sees distinct client addresses). Throws on failure.
  RawClient(int port, const std::string& source = "127.0.0.1");
  ~RawClient();
  RawClient(RawClient&& other) noexcept;
  RawClient& operator=(RawClient&&) = delete;
  RawClient(const RawClient&) = delete;

  /// Sends all of `bytes`; false when the connection no longer takes them.
  bool send(const std::string& bytes);
  /// Reads until the server closes the connection or `limit` has passed.
  std::string read_until_closed(std::chrono::milliseconds limit);
  /// Reads one response (headers and its Content-Length body) or what came until `limit`.
  std::string read_response(std::chrono::milliseconds limit);
  /// True when the server has neither sent anything nor closed (checked without waiting).
  bool quiet_and_open() const;

private:
  int fd_ = -1;
  std::string pending_; // read past the last response
};

/// Raises this process's soft limit on open files to at least `n` (within the hard limit);
/// returns the limit now in effect.
long raise_open_file_limit(long n);

} // namespace vidensgraf::test
