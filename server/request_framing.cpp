// RequestFramer: the blank line that ends the headers, then Content-Length or the chunks of a
// chunked body. Hand-written rather than taken from a parser library because it must agree with
// cpp-httplib's reader, which answers the request afterwards (a library's own rules would frame
// differently at the edges); the front closes the connection whenever httplib reads a request
// other than the bytes framed here, so a disagreement cannot smuggle a second request through.
#include "server/request_framing.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

namespace vidensgraf {

namespace {

constexpr std::size_t max_chunk_line = 1024; // a chunk-size line (with extensions) or a trailer line

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
    s.remove_suffix(1);
  return s;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::optional<std::uint64_t> decimal(std::string_view s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  std::uint64_t n = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return n;
}

/// The size of a chunk from its line (without the LF): hex digits, then extensions after ';'.
std::optional<std::uint64_t> chunk_size(std::string_view line) {
  if (line.empty() || line.back() != '\r') return std::nullopt;
  line.remove_suffix(1);
  std::size_t digits = 0;
  std::uint64_t n = 0;
  for (; digits < line.size() && std::isxdigit(static_cast<unsigned char>(line[digits])); ++digits) {
    if (digits == 15) return std::nullopt;
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(line[digits])));
    n = n * 16 + static_cast<std::uint64_t>(c <= '9' ? c - '0' : c - 'a' + 10);
  }
  if (digits == 0) return std::nullopt;
  const auto rest = trim(line.substr(digits));
  if (!rest.empty() && rest.front() != ';') return std::nullopt;
  return n;
}

} // namespace

FramingResult RequestFramer::scan(std::string_view bytes) {
  if (!have_headers_) {
    // A line that is just CRLF ends the headers (httplib skips lines ending in a bare LF).
    const auto from = header_scan_ == 0 ? 0 : header_scan_ - 1;
    const auto blank = bytes.find("\n\r\n", from);
    if (blank == std::string_view::npos) {
      header_scan_ = bytes.size() < 2 ? 0 : bytes.size() - 2;
      if (bytes.size() > limits_.max_header_bytes) return {Framing::headers_too_large};
      return {Framing::need_headers};
    }
    header_end_ = blank + 3;
    if (header_end_ > limits_.max_header_bytes) return {Framing::headers_too_large};
    have_headers_ = true;
    const auto result = headers_done(bytes.substr(0, header_end_));
    if (result.state != Framing::need_body) return result;
    chunk_at_ = header_end_;
  }
  FramingResult result;
  if (body_ == Body::none) {
    result = {Framing::complete, header_end_};
  } else if (body_ == Body::length) {
    const auto have = bytes.size() - header_end_;
    result = have >= content_length_ ? FramingResult{Framing::complete, header_end_ + content_length_}
                                     : FramingResult{Framing::need_body};
  } else {
    result = scan_chunks(bytes);
  }
  result.expect_continue = expect_continue_;
  return result;
}

FramingResult RequestFramer::headers_done(std::string_view headers) {
  std::optional<std::uint64_t> length;
  int encodings = 0;
  bool chunked = false;
  std::size_t start = headers.find('\n') + 1; // past the request line
  while (start < headers.size()) {
    const auto end = headers.find('\n', start);
    auto line = headers.substr(start, end - start);
    start = end + 1;
    if (line.empty() || line.back() != '\r') continue; // httplib skips it too
    line.remove_suffix(1);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const auto name = trim(line.substr(0, colon));
    const auto value = trim(line.substr(colon + 1));
    if (iequals(name, "Content-Length")) {
      const auto n = decimal(value);
      if (!n || (length && *length != *n)) return {Framing::bad_request};
      length = n;
    } else if (iequals(name, "Transfer-Encoding")) {
      ++encodings;
      chunked = iequals(value, "chunked");
    } else if (iequals(name, "Expect")) {
      expect_continue_ = iequals(value, "100-continue");
    }
  }
  // Only "chunked" alone can be framed; with a Content-Length beside it the message is ambiguous.
  if (encodings > 1 || (encodings == 1 && (!chunked || length))) return {Framing::bad_request};
  if (chunked) {
    body_ = Body::chunked;
    return {Framing::need_body};
  }
  if (length && *length > limits_.max_body_bytes) return {Framing::body_too_large};
  if (!length || *length == 0) {
    body_ = Body::none;
    expect_continue_ = false; // nothing to continue with
    return {Framing::need_body};
  }
  body_ = Body::length;
  content_length_ = *length;
  return {Framing::need_body};
}

FramingResult RequestFramer::scan_chunks(std::string_view bytes) {
  for (;;) {
    const auto newline = bytes.find('\n', chunk_at_);
    if (newline == std::string_view::npos)
      return {bytes.size() - chunk_at_ > max_chunk_line ? Framing::bad_request : Framing::need_body};
    const auto line = bytes.substr(chunk_at_, newline - chunk_at_);
    if (line.size() > max_chunk_line) return {Framing::bad_request};
    if (in_trailers_) {
      if (line == "\r") return {Framing::complete, newline + 1};
      if (newline + 1 - header_end_ > limits_.max_body_bytes + limits_.max_header_bytes)
        return {Framing::headers_too_large};
      chunk_at_ = newline + 1;
      continue;
    }
    const auto size = chunk_size(line);
    if (!size) return {Framing::bad_request};
    if (*size == 0) {
      in_trailers_ = true;
      chunk_at_ = newline + 1;
      continue;
    }
    if (chunk_bytes_ + *size > limits_.max_body_bytes) return {Framing::body_too_large};
    const auto data_end = newline + 1 + *size;
    if (bytes.size() < data_end + 2) return {Framing::need_body};
    if (bytes.substr(data_end, 2) != "\r\n") return {Framing::bad_request};
    chunk_bytes_ += *size;
    chunk_at_ = data_end + 2;
  }
}

} // namespace vidensgraf
