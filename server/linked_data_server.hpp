// The linked-data server behind `vidensgraf serve`: the site (exporters/site/site.hpp), each file
// rendered from the one model when it is first asked for (exporters/site/site_renderer.hpp) and
// kept in a cache bounded by bytes, so the server answers as soon as the model and the SPARQL
// index are loaded, whatever the model's size; content negotiation on every IRI path
// (303 See Other to the document), and a SPARQL 1.1 Protocol endpoint at /sparql. Connections are
// read by an event-driven front (server/http_front.hpp) that hands complete requests to the
// worker threads; cpp-httplib parses and routes them and stays inside the .cpp.
#pragma once

#include "exporters/site/site.hpp"
#include "model/model.hpp"
#include "server/render_cache.hpp"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vidensgraf {

/// Limits and choices of the server.
struct ServerOptions {
  SiteOptions site;        ///< what the pages show
  std::size_t threads = 8; ///< worker threads (a fixed pool)
  /// Processes that run SPARQL queries side by side (server/query_workers.hpp); 0: in this
  /// process, one at a time (for the fuzzer, which must see a crash in Rasqal as its own).
  std::size_t query_workers = 4;
  std::size_t cache_bytes = RenderCache::default_bytes; ///< rendered files kept for the next request
  std::size_t max_body_bytes = 1 << 20;                 ///< larger request bodies get 413
  std::size_t sparql_row_limit = 10000;                 ///< more result rows is a 400 with a message
  double sparql_timeout_seconds = 10.0;                 ///< a longer query is stopped: 400 with a message
  std::size_t sparql_memory_bytes = 256u << 20; ///< a query growing the heap by more is stopped: 400 with a message
  int read_timeout_seconds = 10;      ///< a client that sends nothing this long (or takes no answer) is dropped
  double header_timeout_seconds = 10; ///< a request's headers must be complete this long after its first byte: 408
  double body_timeout_seconds = 30;   ///< and its body this long after its headers: 408
  std::size_t max_connections = 4096; ///< open at once; more get 503 with Retry-After
  std::size_t max_connections_per_client = 128; ///< open at once from one address (0: no cap); more get 429
  /// Where refusals and failures are reported, one line each and rate-limited; empty: standard error.
  std::function<void(const std::string&)> log;
};

/// An HTTP server over one model.
class LinkedDataServer {
public:
  /// Builds the SPARQL index from `model` (which it takes over); renders no file yet.
  LinkedDataServer(Model model, ServerOptions options);
  ~LinkedDataServer();
  LinkedDataServer(const LinkedDataServer&) = delete;
  LinkedDataServer& operator=(const LinkedDataServer&) = delete;

  /// Binds to host:port (port 0: any free port) and returns the port; throws OutputError when
  /// the address cannot be bound.
  int bind(const std::string& host, int port);
  /// Serves until stop() is called (from another thread or a signal handler's thread).
  void run();
  /// Stops run(), and the queries running in the workers (answered 503); safe to call from any thread.
  void stop();
  /// Number of files of the site it serves (counted, not rendered).
  std::size_t file_count() const;
  /// Number of rendered files it holds now, and whether it holds the one at `path` ("index.html").
  std::size_t cached_file_count() const;
  bool caches(const std::string& path) const;
  /// The process ids of the query workers now (none with ServerOptions::query_workers 0).
  std::vector<int> query_worker_pids() const;

  /// Answers the raw bytes of one HTTP/1.1 request (or a few pipelined ones, at most
  /// `max_requests`) exactly as a connection would: cpp-httplib's own request parser, then our
  /// routes. Returns the raw response bytes. No socket is involved, so the fuzzer
  /// (fuzz/fuzz_targets.cpp) and the tests can reach the parser and every handler directly.
  std::string answer_raw(std::string_view request, std::size_t max_requests = 4);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace vidensgraf
