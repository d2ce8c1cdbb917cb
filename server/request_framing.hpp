// Where one HTTP/1.1 request ends in the bytes a connection has received so far, found
// incrementally (each call looks only at what arrived since the last one), so that the
// event-driven front (server/http_front.hpp) can hand a worker one complete request and refuse an
// oversized one before reading it. Framing follows RFC 9112 section 6 and cpp-httplib's reader:
// the headers end at a line that is just CRLF; a body is given by Transfer-Encoding: chunked or
// Content-Length, and a request with neither has none.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace vidensgraf {

/// What a request may be.
struct FramingLimits {
  std::size_t max_header_bytes = std::size_t{64} * 1024; ///< request line and headers together
  std::size_t max_body_bytes = 1 << 20;                  ///< the body (decoded size when chunked)
};

/// Where a scan stands.
enum class Framing {
  need_headers,      ///< the headers are not complete yet
  need_body,         ///< the headers are complete, the body is not
  complete,          ///< one whole request: the first `length` bytes
  headers_too_large, ///< 431: the headers went past max_header_bytes
  body_too_large,    ///< 413: Content-Length or the chunks so far are over max_body_bytes
  bad_request,       ///< 400: conflicting or malformed Content-Length, Transfer-Encoding or chunks
};

struct FramingResult {
  Framing state = Framing::need_headers;
  std::size_t length = 0;       ///< bytes of the request when complete
  bool expect_continue = false; ///< the headers ask for "100 Continue" before the body
};

/// Finds the end of one request in a growing buffer. Call scan() with the connection's bytes
/// from the request's first byte on, each time more have arrived; reset() for the next request.
class RequestFramer {
public:
  explicit RequestFramer(FramingLimits limits) : limits_(limits) {}
  FramingResult scan(std::string_view bytes);
  void reset() { *this = RequestFramer(limits_); }

private:
  enum class Body { none, length, chunked };
  FramingResult headers_done(std::string_view headers);
  FramingResult scan_chunks(std::string_view bytes);

  FramingLimits limits_;
  std::size_t header_scan_ = 0; ///< where to look for the blank line next
  std::size_t header_end_ = 0;  ///< first body byte, once the headers are complete
  bool have_headers_ = false;
  bool expect_continue_ = false;
  Body body_ = Body::none;
  std::uint64_t content_length_ = 0;
  std::size_t chunk_at_ = 0;      ///< next chunk-size line (or trailer line) when chunked
  std::uint64_t chunk_bytes_ = 0; ///< decoded body bytes so far
  bool in_trailers_ = false;
};

} // namespace vidensgraf
