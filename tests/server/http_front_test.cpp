// The server's front over real loopback sockets: deadlines for headers and bodies (408), bodies
// over the limit refused from their length (413), caps on connections in total (503) and per
// address (429) with Retry-After, each logged once; 100-continue, pipelined requests, and 405
// with Allow for every unsupported method, with or without a body.
#include "support/raw_client.hpp"
#include "support/running_server.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <thread>

using namespace vidensgraf;
using namespace vidensgraf::test;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

/// Short deadlines, a small body limit and small caps, so that each can be reached quickly.
LoggingServer& strict_server() {
  static LoggingServer s([] {
    ServerOptions o;
    o.threads = 2;
    o.max_body_bytes = 64 * 1024;
    o.header_timeout_seconds = 1;
    o.body_timeout_seconds = 1;
    return o;
  }());
  return s;
}

/// Small caps, on a server of their own so that no other test's connections count against them.
LoggingServer& capped_server() {
  static LoggingServer s([] {
    ServerOptions o;
    o.threads = 2;
    o.max_connections = 12;
    o.max_connections_per_client = 4;
    return o;
  }());
  return s;
}

std::size_t lines_with(const std::vector<std::string>& log, const std::string& text) {
  return static_cast<std::size_t>(
      std::count_if(log.begin(), log.end(), [&](const std::string& l) { return l.find(text) != std::string::npos; }));
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

TEST_CASE("headers sent over longer than the deadline are answered 408, logged once", "[serve][front]") {
  auto& server = strict_server();
  std::vector<RawClient> slow;
  for (int i = 0; i < 3; ++i) {
    slow.emplace_back(server.port(), "127.0.0.21");
    REQUIRE(slow.back().send("GET / HTTP/1.1\r\nHost: x\r\n"));
  }
  const auto start = Clock::now();
  // A byte every 200 ms: never idle, but the headers are not done within the 1 s deadline.
  bool refused = false;
  while (!refused && seconds_since(start) < 4) {
    std::this_thread::sleep_for(200ms);
    for (auto& c : slow)
      refused = !c.send("X") || refused;
  }
  for (auto& c : slow) {
    const auto answer = c.read_until_closed(3s);
    CHECK(answer.starts_with("HTTP/1.1 408 Request Timeout\r\n"));
  }
  CHECK(seconds_since(start) < 4);
  CHECK(lines_with(server.log(), "request headers took longer than") == 1);
}

TEST_CASE("a body sent slower than the deadline is answered 408", "[serve][front]") {
  RawClient c(strict_server().port(), "127.0.0.22");
  REQUIRE(c.send("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                 "Content-Length: 100\r\n\r\nASK"));
  const auto start = Clock::now();
  const auto answer = c.read_until_closed(4s);
  CHECK(answer.starts_with("HTTP/1.1 408 Request Timeout\r\n"));
  CHECK(seconds_since(start) > 0.5);
  CHECK(seconds_since(start) < 3);
}

TEST_CASE("a body over the limit is refused with 413 before it is sent", "[serve][front]") {
  RawClient by_length(strict_server().port(), "127.0.0.23");
  REQUIRE(by_length.send("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                         "Content-Length: 10000000\r\n\r\nSELECT"));
  const auto start = Clock::now();
  const auto answer = by_length.read_response(2s);
  CHECK(answer.starts_with("HTTP/1.1 413 Payload Too Large\r\n"));
  CHECK(seconds_since(start) < 0.5);              // not after a deadline: at once
  CHECK(by_length.read_until_closed(3s).empty()); // and the connection is closed

  RawClient chunked(strict_server().port(), "127.0.0.23");
  REQUIRE(chunked.send("POST /sparql HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n20000\r\nSEL"));
  CHECK(chunked.read_response(2s).starts_with("HTTP/1.1 413 Payload Too Large\r\n"));
}

TEST_CASE("connections over the caps are refused with 429 or 503 and Retry-After", "[serve][front]") {
  auto& server = capped_server();
  std::vector<RawClient> held;
  for (int i = 0; i < 4; ++i)
    held.emplace_back(server.port(), "127.0.0.31");
  RawClient fifth(server.port(), "127.0.0.31");
  const auto too_many = fifth.read_until_closed(3s);
  CHECK(too_many.starts_with("HTTP/1.1 429 Too Many Requests\r\n"));
  CHECK(too_many.find("\r\nRetry-After: 10\r\n") != std::string::npos);
  // Another address still gets in, until all 12 are taken.
  RawClient other(server.port(), "127.0.0.32");
  REQUIRE(other.send("GET /style.css HTTP/1.1\r\nHost: x\r\n\r\n"));
  CHECK(other.read_response(3s).starts_with("HTTP/1.1 200 OK\r\n"));
  for (int a = 33; held.size() < 11; ++a)
    for (int i = 0; i < 4 && held.size() < 11; ++i)
      held.emplace_back(server.port(), "127.0.0." + std::to_string(a));
  std::this_thread::sleep_for(200ms); // the server has accepted them all
  RawClient over(server.port(), "127.0.0.40");
  const auto full = over.read_until_closed(3s);
  CHECK(full.starts_with("HTTP/1.1 503 Service Unavailable\r\n"));
  CHECK(full.find("\r\nRetry-After: 10\r\n") != std::string::npos);
  for (const auto& c : held)
    CHECK(c.quiet_and_open()); // the held ones were neither answered nor dropped
  const auto log = server.log();
  CHECK(lines_with(log, "(429)") == 1);
  CHECK(lines_with(log, "(503)") == 1);
}

TEST_CASE("100-continue, pipelined requests and keep-alive go through the front", "[serve][front]") {
  RawClient c(strict_server().port(), "127.0.0.24");
  REQUIRE(c.send("POST /sparql HTTP/1.1\r\nHost: x\r\nAccept: application/sparql-results+json\r\n"
                 "Content-Type: application/sparql-query\r\nExpect: 100-continue\r\nContent-Length: 17\r\n\r\n"));
  CHECK(c.read_response(2s) == "HTTP/1.1 100 Continue\r\n\r\n");
  REQUIRE(c.send("ASK { ?s ?p ?o }\n"));
  const auto ask = c.read_response(3s);
  CHECK(ask.starts_with("HTTP/1.1 200 OK\r\n"));
  CHECK(ask.find("\"boolean\": true") != std::string::npos);
  CHECK(ask.find("100 Continue") == std::string::npos); // httplib's own 100 is not sent twice

  REQUIRE(c.send("GET /project/evil HTTP/1.1\r\nHost: x\r\nAccept: text/turtle\r\n\r\n"
                 "HEAD /project/evil.ttl HTTP/1.1\r\nHost: x\r\n\r\n"));
  const auto first = c.read_response(3s);
  CHECK(first.starts_with("HTTP/1.1 303 See Other\r\n"));
  CHECK(first.find("\r\nLocation: /project/evil.ttl\r\n") != std::string::npos);
  const auto second = c.read_until_closed(1500ms); // HEAD: headers only, then the connection idles
  CHECK(second.starts_with("HTTP/1.1 200 OK\r\n"));
  CHECK(second.find("Content-Type: text/turtle; charset=utf-8\r\n") != std::string::npos);
  CHECK(second.ends_with("\r\n\r\n"));
}

TEST_CASE("unsupported methods get 405 with Allow, with or without a body", "[serve][front]") {
  for (const std::string method : {"PUT", "DELETE", "PATCH", "TRACE"}) {
    INFO(method);
    for (const std::string body : {"", "Content-Length: 2\r\n\r\nab"}) {
      RawClient c(strict_server().port(), "127.0.0.25");
      REQUIRE(c.send(method + " /project/evil.ttl HTTP/1.1\r\nHost: x\r\n" + (body.empty() ? "\r\n" : body)));
      const auto answer = c.read_response(3s);
      CHECK(answer.starts_with("HTTP/1.1 405 Method Not Allowed\r\n"));
      CHECK(answer.find("\r\nAllow: GET, HEAD, OPTIONS\r\n") != std::string::npos);
    }
  }
}
