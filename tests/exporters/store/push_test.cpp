// vidensgraf push against a stand-in Graph Store (an in-process cpp-httplib server that checks
// the request the way a store would): the PUT, its graph and media type, authentication, and the
// errors for an unauthorised upload and an unreachable store.
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <httplib.h>

#include <algorithm>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

using namespace vidensgraf::test;

namespace {

/// One request the stand-in accepted.
struct Received {
  std::string method, content_length, body;
  bool chunked = false;
};

/// A Graph Store stand-in on a free loopback port that accepts PUT /store from user "u" with
/// password "secret" and keeps what it was sent; it adds POSTs (batches) too, refusing the one
/// numbered `refuse_post` (from 1) with a 500.
class FakeStore {
public:
  FakeStore() {
    server_.Post("/store", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard lock(mutex_);
      if (++posts == refuse_post) {
        res.status = 500;
        res.set_content("SR325: transaction log after image size went above the limit", "text/plain");
        return;
      }
      received.push_back(
          {"POST", req.get_header_value("Content-Length"), req.body, req.has_header("Transfer-Encoding")});
      res.status = 200;
    });
    server_.Put("/store", [this](const httplib::Request& req, httplib::Response& res) {
      std::lock_guard lock(mutex_);
      ++puts;
      if (req.get_header_value("Authorization") != "Basic dTpzZWNyZXQ=") { // base64("u:secret")
        res.status = 401;
        res.set_header("WWW-Authenticate", "Basic realm=\"store\""); // RFC 7235: a 401 names its scheme
        return;
      }
      if (refuse_put) {
        res.status = 500;
        res.set_content("SR325: transaction log after image size went above the limit", "text/plain");
        return;
      }
      content_type = req.get_header_value("Content-Type");
      content_length = req.get_header_value("Content-Length");
      chunked = req.has_header("Transfer-Encoding");
      graph = req.get_param_value("graph");
      body = req.body;
      received.push_back({"PUT", content_length, body, chunked});
      res.status = 201;
    });
    port = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
  }
  ~FakeStore() {
    server_.stop();
    thread_.join();
  }
  int port = 0;
  std::string content_type, content_length, graph, body;
  bool chunked = false;
  int puts = 0;  ///< PUT requests received, refused ones included
  int posts = 0; ///< POST requests received, refused ones included
  int refuse_post = 0;
  bool refuse_put = false;
  std::vector<Received> received; ///< the accepted requests, in order

private:
  httplib::Server server_;
  std::mutex mutex_;
  std::thread thread_;
};

} // namespace

TEST_CASE("push PUTs the dataset as N-Triples into the named graph", "[push]") {
  FakeStore store;
  const auto dir = work_dir("push_ok");
  write_file(dir / "password", "secret\n");
  const auto run = run_vidensgraf({"push", "--store", "http://127.0.0.1:" + std::to_string(store.port) + "/store",
                                   "--graph", "https://example.org/graph?x=1&y", "--user", "u", "--password-file",
                                   (dir / "password").string(), (data_dir() / "site").string()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(store.content_type == "application/n-triples");
  CHECK(store.graph == "https://example.org/graph?x=1&y");
  // The same triples as the N-Triples export, one a line.
  const auto exported = run_vidensgraf({"export", "--format", "ntriples", (data_dir() / "site").string()});
  REQUIRE(exported.exit_code == 0);
  CHECK(store.body == exported.out);
  // Streamed with its length measured first (not chunked, which not every store takes), and sent
  // whole again after the store asked for authentication.
  CHECK(store.content_length == std::to_string(store.body.size()));
  CHECK_FALSE(store.chunked);
  CHECK(store.puts == 2);
  const auto lines = std::count(store.body.begin(), store.body.end(), '\n');
  CHECK(run.err.find("pushed " + std::to_string(lines) + " triples") != std::string::npos);
}

TEST_CASE("push reports an unauthorised upload and an unreachable store clearly", "[push]") {
  int closed_port = 0;
  {
    FakeStore store;
    const auto dir = work_dir("push_denied");
    write_file(dir / "password", "wrong\n");
    const auto denied =
        run_vidensgraf({"push", "--store", "http://127.0.0.1:" + std::to_string(store.port) + "/store", "--user", "u",
                        "--password-file", (dir / "password").string(), (data_dir() / "site").string()});
    CHECK(denied.exit_code == 3);
    CHECK(denied.err.find("unauthorised (HTTP 401)") != std::string::npos);
    CHECK(store.body.empty());
    closed_port = store.port;
  }
  const auto unreachable =
      run_vidensgraf({"push", "--store", "http://127.0.0.1:" + std::to_string(closed_port) + "/store",
                      (data_dir() / "site").string()});
  CHECK(unreachable.exit_code == 3);
  CHECK(unreachable.err.find("cannot reach the store") != std::string::npos);
  const auto bad_url = run_vidensgraf({"push", "--store", "ftp://example.org/x", (data_dir() / "site").string()});
  CHECK(bad_url.exit_code == 2);
}

TEST_CASE("push sends the graph in batches: a PUT then POSTs, whose bodies make the export", "[push]") {
  FakeStore store;
  const auto dir = work_dir("push_batches");
  write_file(dir / "password", "secret\n");
  const std::string url = "http://127.0.0.1:" + std::to_string(store.port) + "/store";
  const auto exported = run_vidensgraf({"export", "--format", "ntriples", (data_dir() / "site").string()});
  REQUIRE(exported.exit_code == 0);
  const auto lines = static_cast<std::size_t>(std::count(exported.out.begin(), exported.out.end(), '\n'));
  REQUIRE(lines > 90); // four batches or more
  const auto run =
      run_vidensgraf({"push", "--store", url, "--graph", "https://example.org/g", "--user", "u", "--password-file",
                      (dir / "password").string(), "--batch-triples", "30", (data_dir() / "site").string()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const std::size_t batches = (lines + 29) / 30;
  REQUIRE(store.received.size() == batches);
  std::string joined;
  for (std::size_t i = 0; i < batches; ++i) {
    const Received& r = store.received[i];
    CHECK(r.method == (i == 0 ? "PUT" : "POST"));
    CHECK(r.content_length == std::to_string(r.body.size()));
    CHECK_FALSE(r.chunked);
    CHECK(static_cast<std::size_t>(std::count(r.body.begin(), r.body.end(), '\n')) ==
          (i + 1 < batches ? 30 : lines - 30 * (batches - 1)));
    joined += r.body;
  }
  CHECK(joined == exported.out);
  CHECK(run.err.find("pushed " + std::to_string(lines) + " triples") != std::string::npos);
  CHECK(run.err.find("in " + std::to_string(batches) + " batches") != std::string::npos);
}

TEST_CASE("a refused batch is an error that says what the graph now holds", "[push]") {
  FakeStore store;
  store.refuse_post = 2; // the third batch
  const auto dir = work_dir("push_batch_refused");
  write_file(dir / "password", "secret\n");
  const auto run = run_vidensgraf({"push", "--store", "http://127.0.0.1:" + std::to_string(store.port) + "/store",
                                   "--user", "u", "--password-file", (dir / "password").string(), "--batch-triples",
                                   "30", (data_dir() / "site").string()});
  CHECK(run.exit_code == 3);
  CHECK(store.received.size() == 2);
  CHECK(run.err.find("HTTP 500 (batch 3 of ") != std::string::npos);
  CHECK(run.err.find("triples 61 to 90") != std::string::npos);
  CHECK(run.err.find("SR325") != std::string::npos);
  CHECK(run.err.find("the graph now holds the first 60 of ") != std::string::npos);
  // One PUT refused whole says it changed nothing and names --batch-triples.
  FakeStore whole;
  whole.refuse_put = true;
  const auto refused =
      run_vidensgraf({"push", "--store", "http://127.0.0.1:" + std::to_string(whole.port) + "/store", "--user", "u",
                      "--password-file", (dir / "password").string(), (data_dir() / "site").string()});
  CHECK(refused.exit_code == 3);
  CHECK(refused.err.find("a failed PUT leaves the graph as it was") != std::string::npos);
  CHECK(refused.err.find("--batch-triples N") != std::string::npos);
  CHECK(whole.received.empty());
}
