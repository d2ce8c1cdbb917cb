// The server's query workers (server/query_workers.hpp): queries run side by side, so a slow one
// does not hold up fast ones; a worker that dies, or that does not answer within its time limit,
// is replaced and the next query is answered; stop() ends a running query at once. Orders of
// completion are asserted, not durations.
#include "model/dataset_loader.hpp"
#include "server/linked_data_server.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <filesystem>
#include <thread>

using namespace vidensgraf;

namespace {

/// Every pair of the bundled dataset's 2539 triples is tried against the filter, which no pair
/// passes: seconds of work in little memory.
constexpr const char* slow_query = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f FILTER(?a = ?f && ?b = ?e) }";

std::string post_query(LinkedDataServer& server, const std::string& query) {
  return server.answer_raw("POST /sparql HTTP/1.1\r\nHost: x\r\nAccept: application/sparql-results+json\r\n"
                           "Content-Type: application/sparql-query\r\nContent-Length: " +
                               std::to_string(query.size()) + "\r\nConnection: close\r\n\r\n" + query,
                           1);
}

ServerOptions workers(std::size_t count) {
  ServerOptions options;
  options.site.diagrams = false;
  options.sparql_timeout_seconds = 600; // the slow query must not be stopped by its clock
  options.query_workers = count;
  return options;
}

/// Runs the slow query on its own thread, then five ASKs here, and checks that all were
/// answered; returns whether the slow one was still running after the ASKs had been answered
/// (and 200 ms more, for a slow query that ended just then to write its answer).
bool slow_query_outlasts_fast_ones(LinkedDataServer& server) {
  std::atomic<bool> slow_done{false};
  std::string slow_answer;
  std::thread slow([&] {
    slow_answer = post_query(server, slow_query);
    slow_done = true;
  });
  // The slow query takes seconds (about 4 s here, longer under sanitizers), the ASKs milliseconds.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  REQUIRE_FALSE(slow_done);
  for (int i = 0; i < 5; ++i) {
    const std::string answer = post_query(server, "ASK { ?s a ?type }");
    CHECK(answer.starts_with("HTTP/1.1 200"));
    CHECK_THAT(answer, Catch::Contains("\"boolean\": true"));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const bool outlasted = !slow_done;
  slow.join();
  CHECK(slow_answer.starts_with("HTTP/1.1 200"));
  return outlasted;
}

bool alive(pid_t pid) {
  return std::filesystem::exists("/proc/" + std::to_string(pid));
}

/// Waits until the processes have ended (the spawner reaps them), at most ten seconds.
void wait_ended(const std::vector<int>& pids) {
  for (int i = 0; i < 1000 && std::any_of(pids.begin(), pids.end(), alive); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  REQUIRE_FALSE(std::any_of(pids.begin(), pids.end(), alive));
}

} // namespace

TEST_CASE("with query workers fast queries are answered while a slow one runs", "[serve][workers]") {
  LinkedDataServer server(load_dataset_or_throw(test::bundled_dataset()), workers(2));
  REQUIRE(server.query_worker_pids().size() == 2);
  CHECK(slow_query_outlasts_fast_ones(server));
}

TEST_CASE("without query workers queries wait for each other", "[serve][workers]") {
  // The contrast that shows the test above can fail: one query at a time in the server's process.
  LinkedDataServer server(load_dataset_or_throw(test::bundled_dataset()), workers(0));
  CHECK(server.query_worker_pids().empty());
  CHECK_FALSE(slow_query_outlasts_fast_ones(server));
}

TEST_CASE("a query worker that dies is replaced and the next query is answered", "[serve][workers]") {
  LinkedDataServer server(load_dataset_or_throw(test::bundled_dataset()), workers(1));
  REQUIRE(post_query(server, "ASK { ?s ?p ?o }").starts_with("HTTP/1.1 200"));
  const auto before = server.query_worker_pids();
  REQUIRE(before.size() == 1);
  kill(before.front(), SIGKILL);
  wait_ended(before);
  const std::string answer = post_query(server, "ASK { ?s ?p ?o }");
  CHECK(answer.starts_with("HTTP/1.1 200"));
  CHECK_THAT(answer, Catch::Contains("\"boolean\": true"));
  const auto after = server.query_worker_pids();
  REQUIRE(after.size() == 1);
  CHECK(after != before);
}

TEST_CASE("a query worker that does not answer within the time limit is killed and replaced", "[serve][workers]") {
  ServerOptions options = workers(1);
  options.sparql_timeout_seconds = 1;
  LinkedDataServer server(load_dataset_or_throw(test::bundled_dataset()), options);
  REQUIRE(post_query(server, "ASK { ?s ?p ?o }").starts_with("HTTP/1.1 200"));
  const auto before = server.query_worker_pids();
  REQUIRE(before.size() == 1);
  // A stopped worker answers nothing, as a worker caught in a loop that never looks at the clock.
  kill(before.front(), SIGSTOP);
  const std::string late = post_query(server, "ASK { ?s ?p ?o }");
  CHECK(late.starts_with("HTTP/1.1 400"));
  CHECK_THAT(late, Catch::Contains("stopped after 1 s") && Catch::Contains("--timeout"));
  wait_ended(before);
  const std::string next = post_query(server, "ASK { ?s ?p ?o }");
  CHECK(next.starts_with("HTTP/1.1 200"));
  CHECK(server.query_worker_pids() != before);
}

TEST_CASE("stopping the server ends a running query at once with a 503", "[serve][workers]") {
  LinkedDataServer server(load_dataset_or_throw(test::bundled_dataset()), workers(2));
  const auto pids = server.query_worker_pids();
  std::string answer;
  std::thread slow([&] { answer = post_query(server, slow_query); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  server.stop();
  slow.join();
  CHECK(answer.starts_with("HTTP/1.1 503"));
  CHECK_THAT(answer, Catch::Contains("stopping"));
  wait_ended(pids);
  CHECK(post_query(server, "ASK { ?s ?p ?o }").starts_with("HTTP/1.1 503"));
}
