// The event-driven front of `vidensgraf serve`: one thread reads and writes every connection
// (Boost.Asio), enforces the deadlines for a request's headers and body and the caps on open
// connections, and hands only complete requests to a pool of worker threads, which answer them
// (LinkedDataServer: cpp-httplib's parser and our routes, without a socket). So no number of idle
// or slow clients can occupy a worker.
//
// Why this design: cpp-httplib reads each connection on a worker thread until its read timeout,
// so a few dozen idle sockets took every worker. Boost.Beast would have meant rewriting the
// routes and their status codes on another parser; keeping cpp-httplib behind this front keeps
// every answer byte for byte as it was, and Asio (already a dependency through Boost) does the
// sockets and timers instead of a hand-written epoll loop.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace vidensgraf {

/// Deadlines and caps of the front. Refusals: 503 (all connections in use) and 429 (this client
/// address has too many), both with Retry-After; 408 (headers or body too slow), 413 (body over
/// the limit, refused from its Content-Length or as soon as the chunks pass it), 431 (headers too
/// large), 400 (unframeable). Each closes the connection.
struct FrontLimits {
  std::size_t max_connections = 4096;           ///< open at once, in total (also bounded by RLIMIT_NOFILE)
  std::size_t max_connections_per_client = 128; ///< open at once from one address; 0: no cap
  double idle_seconds = 10;                     ///< no byte of a (next) request: closed silently
  double header_seconds = 10;                   ///< from a request's first byte to its blank line
  double body_seconds = 30;                     ///< from the end of the headers to the end of the body
  double write_seconds = 10;                    ///< a client that does not take its answer is dropped
  std::size_t max_header_bytes = std::size_t{64} * 1024;
  std::size_t max_body_bytes = 1 << 20;
  std::size_t keep_alive_max_count = 100; ///< requests on one connection before it is closed
  int retry_after_seconds = 10;           ///< in 429 and 503
};

/// A worker's answer to one request: the raw response, and whether to close afterwards.
struct FrontAnswer {
  std::string bytes;
  bool close = false;
};
/// Answers one complete request (its raw bytes); `last`: the connection closes after it.
using FrontResponder = std::function<FrontAnswer(std::string_view request, bool last)>;
/// Where the front reports refusals and failures (one line each, already rate-limited).
using FrontLog = std::function<void(const std::string&)>;

class HttpFront {
public:
  HttpFront(FrontLimits limits, std::size_t threads, FrontResponder respond, FrontLog log);
  ~HttpFront();
  HttpFront(const HttpFront&) = delete;
  HttpFront& operator=(const HttpFront&) = delete;

  /// Listens on host:port (0: any free port) and returns the port; throws OutputError when it
  /// cannot. Raises this process's open-file limit to what the caps need (as far as allowed).
  int bind(const std::string& host, int port);
  /// Serves on the calling thread until stop().
  void run();
  /// Ends run(); safe from any thread, also before run() has started.
  void stop();

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace vidensgraf
