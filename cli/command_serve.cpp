// vidensgraf serve [--host 127.0.0.1] [--port 8080] [--threads N] [limits] [DIR]: the linked-data
// server (server/linked_data_server.hpp) until SIGINT or SIGTERM.
#include "cli/commands.hpp"
#include "model/rdf/triples.hpp"
#include "model/load_input.hpp"
#include "model/dataset_loader.hpp"
#include "model/error.hpp"
#include "server/linked_data_server.hpp"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <pthread.h>
#include <thread>

namespace vidensgraf::cli {

namespace {

struct ServeCommandOptions {
  std::string dir;
  std::string host = "127.0.0.1";
  int port = 8080;
  std::size_t threads = 8;
  std::string base;
  double timeout = 10.0;
  std::size_t limit = 10000;
  ServerOptions limits; // connection caps and deadlines, defaults from ServerOptions
};

void run_serve(const ServeCommandOptions& options) {
  // Signals are blocked in every thread and taken by one waiting thread, started before anything
  // else: during start-up (loading, the SPARQL index) it ends the process at once, which
  // loses nothing since serve writes no file; once the server runs it stops the server.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::atomic<LinkedDataServer*> running{nullptr};
  std::atomic<bool> done{false};
  std::thread waiter([&] {
    int received = 0;
    sigwait(&signals, &received);
    if (done) return; // woken to be joined
    if (auto* server = running.load()) {
      server->stop();
      // run() returns once the workers have finished what they answer, and one writing a dump of
      // a large model takes minutes: serve writes no file, so after a grace it ends without them.
      for (int waited = 0; waited < 70 && !done; ++waited)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      if (done) return;
      std::cerr << "vidensgraf: stopped while answering (signal " << received << ")" << std::endl;
      std::_Exit(0);
    }
    std::cout.flush();
    std::cerr << "vidensgraf: stopped during start-up (signal " << received << ")" << std::endl;
    std::_Exit(0);
  });
  struct JoinWaiter {
    std::thread& waiter;
    std::atomic<bool>& done;
    ~JoinWaiter() {
      done = true;
      // Wakes it if no signal came: the thread sigwait()s for SIGTERM, which does not end it.
      pthread_kill(waiter.native_handle(), SIGTERM); // NOLINT(bugprone-bad-signal-to-kill-thread)
      waiter.join();
    }
  } join_waiter{waiter, done};

  ServerOptions server_options = options.limits;
  server_options.site.base = options.base;
  server_options.threads = options.threads;
  server_options.sparql_timeout_seconds = options.timeout;
  server_options.sparql_row_limit = options.limit;
  Model model = load_model(options.dir);
  // The description at /dataset names this server's endpoint, {base}sparql, as a dcat:DataService.
  server_options.site.sparql_endpoint = effective_base(model, RdfOptions{options.base}) + "sparql";
  LinkedDataServer server(std::move(model), server_options);
  const int port = server.bind(options.host, options.port);
  running = &server; // a signal from here on stops the server (before run(): run returns at once)
  std::cout << "vidensgraf: serving " << server.file_count() << " files at http://" << options.host << ':' << port
            << "/ (SPARQL at /sparql); stop with Ctrl-C" << std::endl;
  server.run();
  running = nullptr;
}

} // namespace

void add_serve_command(CLI::App& app) {
  auto options = std::make_shared<ServeCommandOptions>();
  auto* cmd = app.add_subcommand("serve", "Serve the linked-data site with content negotiation and a SPARQL 1.1 "
                                          "endpoint at /sparql (loopback by default)");
  add_dataset_argument(*cmd, options->dir);
  cmd->add_option("--host", options->host, "Address to listen on (default 127.0.0.1)");
  cmd->add_option("--port", options->port, "Port (default 8080; 0: any free port, printed at start)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--threads", options->threads, "Worker threads (default 8)")->check(CLI::Range(1, 256));
  cmd->add_option("--query-workers", options->limits.query_workers,
                  "Processes that run SPARQL queries side by side, sharing the loaded index (default 4; 0: one "
                  "query at a time in the server's process)")
      ->check(CLI::Range(0, 64));
  add_base_option(*cmd, options->base, BaseEnding::slash);
  cmd->add_option("--timeout", options->timeout, "Seconds a SPARQL query may run (default 10)")
      ->check(CLI::Range(0.1, 600.0));
  cmd->add_option("--limit", options->limit, "Most SPARQL result rows (default 10000)");
  cmd->add_option_function<std::size_t>(
         "--max-query-memory", [options](std::size_t mib) { options->limits.sparql_memory_bytes = mib << 20; },
         "MiB a SPARQL query may grow the heap by before it is stopped with a 400 (default 256; 0: no budget)")
      ->check(CLI::Range(std::size_t{0}, std::size_t{1} << 20));
  cmd->add_option_function<std::size_t>(
         "--cache-size", [options](std::size_t mib) { options->limits.cache_bytes = mib << 20; },
         "MiB of rendered pages and documents kept for the next request (default 128); every file is rendered "
         "from the model on its first request")
      ->check(CLI::Range(std::size_t{0}, std::size_t{1} << 20));
  auto& limits = options->limits;
  cmd->add_option("--max-connections", limits.max_connections,
                  "Connections open at once; more are refused with 503 and Retry-After (default 4096)")
      ->check(CLI::Range(1, 1000000));
  cmd->add_option("--max-connections-per-client", limits.max_connections_per_client,
                  "Connections open at once from one address; more get 429 (default 128; 0: no cap, e.g. "
                  "behind a reverse proxy)");
  cmd->add_option("--header-timeout", limits.header_timeout_seconds,
                  "Seconds from a request's first byte to the end of its headers, else 408 (default 10)")
      ->check(CLI::Range(0.1, 3600.0));
  cmd->add_option("--body-timeout", limits.body_timeout_seconds,
                  "Seconds from the end of a request's headers to the end of its body, else 408 (default 30)")
      ->check(CLI::Range(0.1, 3600.0));
  cmd->add_option("--idle-timeout", limits.read_timeout_seconds,
                  "Seconds a kept-alive connection may wait for its next request, or a client for its answer "
                  "(default 10)")
      ->check(CLI::Range(1, 3600));
  cmd->footer(help_footer(reading_command_codes));
  cmd->callback([options] { run_serve(*options); });
}

} // namespace vidensgraf::cli
