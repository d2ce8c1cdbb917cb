// A SPARQL request's memory budget (ServerOptions::sparql_memory_bytes): a cross product under
// LIMIT 5 and a deep OPTIONAL chain, which Rasqal would materialise whole (about 880 MB for the
// cross product on the bundled dataset), stop at the budget with a 400 that names it; the memory
// of the server's processes (this one, its query workers and their spawner) comes back to where
// it was, and the next request is answered.
#include "model/dataset_loader.hpp"
#include "model/detail/address_sanitizer.hpp"
#include "server/linked_data_server.hpp"
#include "support/process_memory.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <thread>
#include <unistd.h>

using namespace vidensgraf;

namespace {

constexpr bool asan = detail::address_sanitizer;

/// The largest memory of the server's processes while `run` runs, sampled every 10 ms.
template <typename Run> std::size_t peak_while(Run run) {
  std::atomic<bool> done{false};
  std::size_t peak = test::tree_memory_bytes(getpid());
  std::thread sampler([&] {
    while (!done) {
      peak = std::max(peak, test::tree_memory_bytes(getpid()));
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  });
  run();
  done = true;
  sampler.join();
  return peak;
}

std::string post_query(LinkedDataServer& server, const std::string& query) {
  return server.answer_raw("POST /sparql HTTP/1.1\r\nHost: x\r\nAccept: application/sparql-results+json\r\n"
                           "Content-Type: application/sparql-query\r\nContent-Length: " +
                               std::to_string(query.size()) + "\r\nConnection: close\r\n\r\n" + query,
                           1);
}

} // namespace

TEST_CASE("a query over its memory budget stops with a 400 and the memory comes back", "[serve][budget]") {
  constexpr std::size_t budget = 64u << 20;
  ServerOptions options;
  options.site.diagrams = false;
  options.sparql_memory_bytes = budget;
  options.sparql_timeout_seconds = 120; // the budget, not the clock, must stop them
  LinkedDataServer server(load_dataset_or_throw(test::bundled_dataset()), options);
  // A first query, so that what any query allocates once (Rasqal's world) is in the baseline.
  REQUIRE(post_query(server, "ASK { ?s ?p ?o }").starts_with("HTTP/1.1 200"));
  REQUIRE_FALSE(server.query_worker_pids().empty()); // the queries run in workers
  const std::size_t before = test::tree_memory_bytes(getpid());
  const std::size_t peak = peak_while([&] {
    for (const std::string query :
         {"SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 5",
          "SELECT * WHERE { ?a ?b ?c OPTIONAL { ?d ?e ?f OPTIONAL { ?g ?h ?i } } } LIMIT 5"}) {
      INFO(query);
      const std::string answer = post_query(server, query);
      CHECK(answer.starts_with("HTTP/1.1 400"));
      CHECK_THAT(answer, Catch::Contains("memory budget of 64 MiB") && Catch::Contains("--max-query-memory"));
    }
  });
  // At their peak the processes grew by about the budget (not the 880 MB the query would take),
  // and afterwards they are back within a few MiB of where they were (the worker that ran a
  // query stopped at its budget is replaced by a fresh one). Not under ASan, whose quarantine
  // and shadow memory keep what was freed resident.
  INFO("before " << (before >> 20) << " MiB, peak " << (peak >> 20) << " MiB");
  CHECK(peak > before + (budget / 2)); // the sampler saw the query's memory: the check below can fail
  if (!asan) {
    CHECK(peak < before + budget + (48u << 20));
    CHECK(test::tree_memory_bytes(getpid()) < before + (16u << 20));
  }
  const std::string next = post_query(server, "ASK { ?s ?p ?o }");
  CHECK(next.starts_with("HTTP/1.1 200"));
  CHECK_THAT(next, Catch::Contains("\"boolean\": true"));
}

TEST_CASE("a query within its memory budget is answered whole", "[serve][budget]") {
  ServerOptions options;
  options.site.diagrams = false;
  options.sparql_memory_bytes = 64u << 20;
  LinkedDataServer server(load_dataset_or_throw(test::bundled_dataset()), options);
  const std::string answer = post_query(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . ?s a ?t }");
  CHECK(answer.starts_with("HTTP/1.1 200"));
  CHECK_THAT(answer, Catch::Contains("\"n\""));
}
