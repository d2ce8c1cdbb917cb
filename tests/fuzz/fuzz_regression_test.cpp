// Every input a fuzzer found a problem with (tests/data/fuzz/<harness>/) replayed through the same
// function the harness calls (fuzz/fuzz_targets.hpp): each must now finish without a crash, a
// sanitizer report (in the sanitizer build) or an unexpected exception. Also the seed corpora,
// so a harness that starts failing on its own seeds is caught without libFuzzer.
#include "fuzz/fuzz_targets.hpp"
#include "server/linked_data_server.hpp"
#include "model/dataset_loader.hpp"
#include "model/dataset_location.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <map>

namespace fs = std::filesystem;
using namespace vidensgraf;
using namespace vidensgraf::test;

namespace {

using Harness = std::function<void(const std::uint8_t*, std::size_t)>;

const std::map<std::string, Harness>& harnesses() {
  static const std::map<std::string, Harness> all{{"csv_dataset", fuzz::run_csv_dataset},
                                                  {"rdf_import", fuzz::run_rdf_import},
                                                  {"sparql", fuzz::run_sparql},
                                                  {"http", fuzz::run_http}};
  return all;
}

/// Runs every file under `dir`/<harness>/ through its harness; returns how many ran.
std::size_t replay(const fs::path& dir, const std::string& harness) {
  std::size_t count = 0;
  if (!fs::exists(dir / harness)) return 0;
  for (const auto& entry : fs::directory_iterator(dir / harness)) {
    if (!entry.is_regular_file()) continue;
    const std::string input = read_file(entry.path());
    INFO(entry.path().string());
    CHECK_NOTHROW(harnesses().at(harness)(reinterpret_cast<const std::uint8_t*>(input.data()), input.size()));
    ++count;
  }
  return count;
}

} // namespace

TEST_CASE("Every kept fuzzer finding runs cleanly through its harness", "[fuzz]") {
  // Each harness has found something so far, and its findings are kept: a missing or emptied
  // folder (a moved data directory, say) fails here instead of replaying nothing.
  for (const auto& [name, harness] : harnesses()) {
    INFO(name);
    CHECK(replay(data_dir() / "fuzz", name) > 0);
  }
}

TEST_CASE("Every seed of the fuzzing corpora runs cleanly through its harness", "[fuzz]") {
  for (const auto& [name, harness] : harnesses()) {
    INFO(name);
    CHECK(replay(source_dir() / "fuzz" / "corpus", name) > 0);
  }
}

TEST_CASE("The CSV harness's container splits into the files of a dataset folder", "[fuzz]") {
  const auto files = fuzz::split_dataset("junk\n=== dataset.toml\nid = \"x\"\n=== ../evil.csv\nno\n"
                                         "=== projects.csv\na,b\r\n1,2\n=== dataset.toml\nid = \"y\"");
  REQUIRE(files.size() == 2);
  CHECK(files[0].name == "projects.csv");
  CHECK(files[0].content == "a,b\r\n1,2\n");
  CHECK(files[1].name == "dataset.toml"); // the later one replaces the earlier
  CHECK(files[1].content == "id = \"y\"");
  CHECK(fuzz::split_dataset(fuzz::join_dataset(files)).size() == 2);
}

TEST_CASE("The RDF harness sniffs the syntax from the first bytes", "[fuzz]") {
  CHECK(fuzz::rdf_syntax_of("<?xml version=\"1.0\"?>") == "rdfxml");
  CHECK(fuzz::rdf_syntax_of("<rdf:RDF>") == "rdfxml");
  CHECK(fuzz::rdf_syntax_of("<!-- a comment -->") == "rdfxml");
  CHECK(fuzz::rdf_syntax_of("<http://a> <http://b> <http://c> .") == "ntriples");
  CHECK(fuzz::rdf_syntax_of("_:a <http://b> <http://c> .") == "ntriples");
  CHECK(fuzz::rdf_syntax_of("\t<http://a> <http://b> <http://c> <http://g> .") == "nquads");
  CHECK(fuzz::rdf_syntax_of("{}") == "json");
  CHECK(fuzz::rdf_syntax_of("@prefix a: <http://a#> .") == "turtle");
  CHECK(fuzz::rdf_syntax_of("") == "turtle");
}

TEST_CASE("A raw HTTP request goes through httplib's parser and the server's routes", "[fuzz][serve]") {
  ServerOptions options;
  options.site.diagrams = false;
  LinkedDataServer server(load_dataset_or_throw(data_dir() / "site"), options);
  const std::string home = server.answer_raw("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  CHECK(home.starts_with("HTTP/1.1 200 OK\r\n"));
  CHECK_THAT(home, Catch::Contains("<!DOCTYPE html>"));
  // Two pipelined requests, answered in order on the one connection.
  const std::string two = server.answer_raw("DELETE / HTTP/1.1\r\n\r\nGET /sparql?query=ASK%7B%7D HTTP/1.1\r\n\r\n");
  const auto second = two.find("HTTP/1.1 200");
  CHECK(two.starts_with("HTTP/1.1 405"));
  CHECK(second != std::string::npos);
  CHECK(server.answer_raw("GARBAGE\r\n\r\n").starts_with("HTTP/1.1 400"));
}
