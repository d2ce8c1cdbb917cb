// The W3C SPARQL 1.1 Protocol test suite (w3c/rdf-tests, sparql/sparql11/protocol/manifest.ttl)
// against `serve`'s endpoint: every case, by its name in the manifest, with its request as the
// manifest gives it (method, query string, media type, body) and its expected status class and
// results. Three groups differ from the manifest, each by what the protocol lets a service do:
// - the dataset cases (default-graph-uri, named-graph-uri): the endpoint holds one default graph,
//   the whole dataset, and refuses a protocol-specified dataset with 400 (so each is checked with
//   its parameters, refused, and without them, where the query still applies to our data);
// - the update cases: the endpoint is read-only, so every update, well-formed or not, gets a 4xx
//   that says so;
// - the manifest's queries name kasei.us graphs that are not ours; ASK {} and the content-type
//   queries need no data and are run as written.
#include "support/running_server.hpp"

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using namespace vidensgraf;
using namespace vidensgraf::test;

namespace {

LoggingServer& protocol_server() {
  static LoggingServer s([] {
    ServerOptions o;
    o.threads = 2;
    return o;
  }());
  return s;
}

/// One request of the manifest: its method, the path and query string after /sparql/, the
/// Content-Type (empty: none) and the body.
struct ProtocolRequest {
  std::string method;
  std::string query_string;
  std::string content_type;
  std::string body;
  std::string accept = "application/sparql-results+json, text/turtle;q=0.9";
};

httplib::Result send(const ProtocolRequest& r) {
  httplib::Client c("127.0.0.1", protocol_server().port());
  c.set_url_encode(false);
  c.set_read_timeout(20);
  const std::string path = "/sparql" + (r.query_string.empty() ? std::string() : "?" + r.query_string);
  httplib::Request req;
  req.method = r.method;
  req.path = path;
  req.headers.emplace("Accept", r.accept);
  if (!r.content_type.empty()) req.headers.emplace("Content-Type", r.content_type);
  req.body = r.body;
  return c.send(req);
}

/// The status class the manifest names: 2 for StatusCode2xx (or 3xx), 4 for StatusCode4xx.
int status_class(const httplib::Result& r) {
  return r ? r->status / 100 : 0;
}

/// The boolean of an ASK answer in SPARQL JSON results.
bool ask_answer(const httplib::Result& r) {
  const auto doc = nlohmann::json::parse(r->body);
  return doc.at("boolean").get<bool>();
}

const std::string form = "application/x-www-form-urlencoded";
const std::string direct = "application/sparql-query";
const std::string data0 = "default-graph-uri=http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata0.rdf";
const std::string data1_named = "named-graph-uri=http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata1.rdf";

} // namespace

TEST_CASE("the W3C protocol suite's query cases are answered as the manifest expects", "[serve][w3c]") {
  SECTION("query_post_direct: POST application/sparql-query") {
    const auto r = send({"POST", "", direct, "ASK {}"});
    REQUIRE(status_class(r) == 2);
    CHECK(ask_answer(r));
  }
  SECTION("query_get and query_post_form, without the protocol dataset this endpoint refuses") {
    const auto get = send({"GET", "query=ASK%20%7B%7D", "", ""});
    REQUIRE(status_class(get) == 2);
    CHECK(ask_answer(get));
    const auto post = send({"POST", "", form, "query=ASK%20%7B%7D"});
    REQUIRE(status_class(post) == 2);
    CHECK(ask_answer(post));
  }
  SECTION("query_content_type_select: XML, JSON, CSV or TSV") {
    const auto r = send({"POST", "", direct, "SELECT (1 AS ?value) {}", "*/*"});
    REQUIRE(status_class(r) == 2);
    const std::string type = r->get_header_value("Content-Type");
    CHECK((type.starts_with("application/sparql-results+xml") || type.starts_with("application/sparql-results+json") ||
           type.starts_with("text/csv") || type.starts_with("text/tab-separated-values")));
  }
  SECTION("query_content_type_ask: XML or JSON") {
    const auto r = send({"POST", "", direct, "ASK {}", "*/*"});
    REQUIRE(status_class(r) == 2);
    const std::string type = r->get_header_value("Content-Type");
    CHECK((type.starts_with("application/sparql-results+xml") || type.starts_with("application/sparql-results+json")));
  }
  SECTION("query_content_type_describe and query_content_type_construct: RDF/XML, Turtle or N-Triples") {
    for (const std::string query : {"DESCRIBE <http://example.org/>", "CONSTRUCT { <s> <p> 1 } WHERE {}"}) {
      INFO(query);
      const auto r = send({"POST", "", direct, query, "*/*"});
      REQUIRE(status_class(r) == 2);
      const std::string type = r->get_header_value("Content-Type");
      CHECK((type.starts_with("application/rdf+xml") || type.starts_with("text/turtle") ||
             type.starts_with("application/n-triples")));
    }
  }
}

TEST_CASE("the W3C protocol suite's dataset cases are refused with 400 naming the parameter", "[serve][w3c]") {
  // query_post_form, query_get, query_content_type_*, query_dataset_default_graphs_get/post,
  // query_dataset_named_graphs_get/post, query_dataset_full and query_multiple_dataset all name a
  // protocol dataset; the endpoint has one default graph and no named graphs.
  const std::vector<std::pair<std::string, ProtocolRequest>> cases{
      {"query_post_form", {"POST", data0, form, "query=ASK%20%7B%7D"}},
      {"query_get", {"GET", "query=ASK%20%7B%7D&" + data0, "", ""}},
      {"query_content_type_ask", {"POST", data0, direct, "ASK {}"}},
      {"query_dataset_named_graphs_post", {"POST", data1_named, direct, "ASK { GRAPH ?g { ?s ?p ?o } }"}},
      {"query_dataset_full", {"POST", data0 + "&" + data1_named, direct, "ASK { ?s ?p ?o }"}},
  };
  for (const auto& [name, request] : cases) {
    INFO(name);
    const auto r = send(request);
    REQUIRE(r);
    CHECK(r->status == 400);
    CHECK_THAT(r->body, Catch::Contains("-graph-uri is not supported"));
  }
}

TEST_CASE("the W3C protocol suite's bad query cases get a 4xx", "[serve][w3c]") {
  const std::vector<std::pair<std::string, ProtocolRequest>> cases{
      {"bad_query_method", {"PUT", "query=ASK%20%7B%7D", "", ""}},
      {"bad_multiple_queries", {"GET", "query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D", "", ""}},
      {"bad_query_wrong_media_type", {"POST", "", "text/plain", "ASK {}"}},
      {"bad_query_missing_form_type", {"POST", "", "", "query=ASK%20%7B%7D"}},
      {"bad_query_missing_direct_type", {"POST", "", "", "ASK {}"}},
      {"bad_query_non_utf8",
       {"POST", "", "application/sparql-query; charset=UTF-16", std::string("A\0S\0K\0 \0{\0}\0", 12)}},
      {"bad_query_syntax", {"GET", "query=ASK%20%7B", "", ""}},
  };
  for (const auto& [name, request] : cases) {
    INFO(name);
    const auto r = send(request);
    REQUIRE(r);
    CHECK(status_class(r) == 4);
    CHECK_FALSE(r->body.empty()); // every refusal says why
  }
}

TEST_CASE("the W3C protocol suite's update cases get a 4xx: the endpoint is read-only", "[serve][w3c]") {
  const std::string update = "application/sparql-update";
  const std::vector<std::pair<std::string, ProtocolRequest>> cases{
      {"update_post_form", {"POST", "", form, "update=CLEAR+ALL"}},
      {"update_post_direct", {"POST", "", update, "CLEAR ALL"}},
      {"update_dataset_default_graph",
       {"POST", "using-graph-uri=http%3A%2F%2Fkasei.us%2F2009%2F09%2Fsparql%2Fdata%2Fdata1.rdf", update,
        "INSERT { <s> <p> 1 } WHERE {}"}},
      {"update_base_uri", {"POST", "", update, "CLEAR SILENT GRAPH <http://example.org/protocol-base-test/>"}},
      {"bad_update_get", {"GET", "update=CLEAR%20ALL", "", ""}},
      {"bad_multiple_updates", {"POST", "", form, "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT"}},
      {"bad_update_wrong_media_type", {"POST", "", "text/plain", "CLEAR NAMED"}},
      {"bad_update_missing_form_type", {"POST", "", "", "update=CLEAR%20NAMED"}},
      {"bad_update_non_utf8",
       {"POST", "", "application/sparql-update; charset=UTF-16", std::string("C\0L\0E\0A\0R\0", 10)}},
      {"bad_update_syntax", {"POST", "", form, "update=CLEAR%20XYZ"}},
      {"bad_update_dataset_conflict",
       {"POST", "using-named-graph-uri=http%3A%2F%2Fexample%2Fpeople", update,
        "WITH <http://example/addresses> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"}},
  };
  for (const auto& [name, request] : cases) {
    INFO(name);
    const auto r = send(request);
    REQUIRE(r);
    CHECK(status_class(r) == 4);
    CHECK_FALSE(r->body.empty());
  }
  // An update is named as such, not as a missing query.
  const auto form_update = send({"POST", "", form, "update=CLEAR+ALL"});
  CHECK_THAT(form_update->body, Catch::Contains("read-only") && Catch::Contains("SPARQL Update"));
  const auto get_update = send({"GET", "update=CLEAR%20ALL", "", ""});
  CHECK_THAT(get_update->body, Catch::Contains("read-only"));
}
