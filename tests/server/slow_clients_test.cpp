// 1000 idle and trickling connections from loopback do not delay an ordinary visitor: with them
// open, a page, an RDF document (through its 303) and an ASK each answer within 1 s. Bounded:
// 1000 connections from ten loopback addresses (100 each, under the per-address cap of 128), a
// few seconds, everything closed at the end.
#include "support/raw_client.hpp"
#include "support/running_server.hpp"

#include <catch2/catch.hpp>
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace vidensgraf;
using namespace vidensgraf::test;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int idle_count = 500;
constexpr int trickling_count = 500;

/// Sends one byte of a never-ending header to each trickling connection every 250 ms.
class Trickler {
public:
  explicit Trickler(std::vector<RawClient>& clients)
      : thread_([this, &clients] {
          while (!stop_) {
            for (auto& c : clients)
              c.send("a");
            std::this_thread::sleep_for(250ms);
          }
        }) {}
  ~Trickler() {
    stop_ = true;
    thread_.join();
  }

private:
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

/// Runs `request` and checks it took under a second.
template <typename F> httplib::Result timed(const char* what, F request) {
  const auto start = Clock::now();
  auto r = request();
  const double took = std::chrono::duration<double>(Clock::now() - start).count();
  INFO(what << " took " << took << " s");
  CHECK(took < 1.0);
  return r;
}

} // namespace

TEST_CASE("1000 idle and trickling connections do not delay a page, a document or an ASK", "[serve][slow]") {
  REQUIRE(raise_open_file_limit(4096) >= 2200); // both ends of 1000 connections live in this process
  ServerOptions options;                        // the defaults of `vidensgraf serve`: 8 threads, 10 s deadlines
  LoggingServer server(options);
  std::vector<RawClient> idle;
  std::vector<RawClient> trickling;
  for (int i = 0; i < idle_count + trickling_count; ++i) {
    const std::string source = "127.0.0." + std::to_string(2 + i % 10);
    auto& into = i % 2 ? trickling : idle;
    into.emplace_back(server.port(), source);
    REQUIRE(into.back().send(i % 2 ? "GET / HTTP/1.1\r\nX-Slow: " : "GET / HTTP/1.1\r\n"));
  }
  Trickler trickler(trickling);
  std::this_thread::sleep_for(500ms); // every connection accepted and waiting

  httplib::Client c("127.0.0.1", server.port());
  c.set_connection_timeout(2);
  c.set_read_timeout(5);
  const auto page = timed("the page", [&] { return c.Get("/project/evil.html"); });
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("</html>") != std::string::npos);

  const auto see_other = timed("the 303", [&] { return c.Get("/project/evil", {{"Accept", "text/turtle"}}); });
  REQUIRE(see_other);
  REQUIRE(see_other->status == 303);
  const auto document = timed("the document", [&] { return c.Get(see_other->get_header_value("Location").c_str()); });
  REQUIRE(document);
  CHECK(document->status == 200);
  CHECK(document->get_header_value("Content-Type") == "text/turtle; charset=utf-8");
  CHECK(document->body.find("https://example.org/hostile/project/evil") != std::string::npos);

  const auto ask = timed("the ASK", [&] {
    return c.Get("/sparql", httplib::Params{{"query", "ASK { ?s ?p ?o }"}},
                 httplib::Headers{{"Accept", "application/sparql-results+json"}});
  });
  REQUIRE(ask);
  CHECK(ask->status == 200);
  CHECK(ask->body.find("true") != std::string::npos);

  // The slow ones were all still there: neither answered nor dropped, and nothing was logged.
  std::size_t open = 0;
  for (const auto* group : {&idle, &trickling})
    for (const auto& client : *group)
      open += client.quiet_and_open() ? 1 : 0;
  CHECK(open == idle_count + trickling_count);
  CHECK(server.log().empty());
}
