// RequestFramer: where a request ends, fed whole and byte by byte, and what it refuses.
#include "server/request_framing.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace vidensgraf;

namespace {

FramingLimits small() {
  FramingLimits l;
  l.max_header_bytes = 256;
  l.max_body_bytes = 100;
  return l;
}

/// The result of feeding `bytes` one at a time (the way a trickling client sends them).
FramingResult byte_by_byte(const std::string& bytes, FramingLimits limits = small()) {
  RequestFramer framer(limits);
  FramingResult r;
  for (std::size_t n = 1; n <= bytes.size(); ++n) {
    r = framer.scan(std::string_view(bytes).substr(0, n));
    if (r.state != Framing::need_headers && r.state != Framing::need_body) return r;
  }
  return r;
}

FramingResult whole(const std::string& bytes, FramingLimits limits = small()) {
  RequestFramer framer(limits);
  return framer.scan(bytes);
}

} // namespace

TEST_CASE("a request without a body ends at the blank line", "[serve][framing]") {
  const std::string get = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
  for (const auto& r : {whole(get + "GET /next"), byte_by_byte(get + "GET /next")}) {
    CHECK(r.state == Framing::complete);
    CHECK(r.length == get.size());
  }
  CHECK(whole("GET / HTTP/1.1\r\nHost: x\r\n").state == Framing::need_headers);
  // A line ending in a bare LF does not end the headers (httplib skips such lines).
  CHECK(whole("GET / HTTP/1.1\nHost: x\n\n").state == Framing::need_headers);
  // No Content-Length and no Transfer-Encoding: no body, whatever the method.
  const std::string put = "PUT /x HTTP/1.1\r\nHost: x\r\n\r\n";
  CHECK(whole(put).state == Framing::complete);
  CHECK(whole(put).length == put.size());
}

TEST_CASE("a body is framed by Content-Length or by its chunks", "[serve][framing]") {
  const std::string post = "POST /sparql HTTP/1.1\r\ncontent-length: 5\r\n\r\nASK{}";
  for (const auto& r : {whole(post + "extra"), byte_by_byte(post + "extra")}) {
    CHECK(r.state == Framing::complete);
    CHECK(r.length == post.size());
  }
  CHECK(whole(post.substr(0, post.size() - 1)).state == Framing::need_body);
  const std::string chunked =
      "POST /sparql HTTP/1.1\r\nTransfer-Encoding: Chunked\r\n\r\n3;ext=1\r\nASK\r\n2\r\n{}\r\n0\r\nX-T: 1\r\n\r\n";
  for (const auto& r : {whole(chunked + "GET"), byte_by_byte(chunked + "GET")}) {
    CHECK(r.state == Framing::complete);
    CHECK(r.length == chunked.size());
  }
  const auto expect = whole("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
  CHECK(expect.state == Framing::need_body);
  CHECK(expect.expect_continue);
}

TEST_CASE("oversized and ambiguous requests are refused before their body is read", "[serve][framing]") {
  CHECK(whole("POST / HTTP/1.1\r\nContent-Length: 101\r\n\r\n").state == Framing::body_too_large);
  CHECK(whole("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\n").state == Framing::need_body);
  // The chunks are refused as soon as a chunk-size line takes the body past the limit.
  CHECK(whole("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n50\r\n" + std::string(80, 'a') + "\r\n40\r\n")
            .state == Framing::body_too_large);
  CHECK(byte_by_byte("GET / HTTP/1.1\r\nX: " + std::string(300, 'a') + "\r\n\r\n").state == Framing::headers_too_large);
  CHECK(whole("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n").state == Framing::bad_request);
  CHECK(whole("POST / HTTP/1.1\r\nContent-Length: -3\r\n\r\n").state == Framing::bad_request);
  CHECK(whole("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n").state ==
        Framing::bad_request);
  CHECK(whole("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n").state == Framing::bad_request);
  CHECK(whole("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n").state == Framing::bad_request);
  CHECK(whole("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n").state == Framing::bad_request);
}
