// The linked-data server, started in process on a free loopback port and spoken to over HTTP with
// cpp-httplib's client: content negotiation (303, 406), documents, 404, path traversal, the
// SPARQL 1.1 Protocol endpoint, bad requests.
#include "model/dataset_loader.hpp"
#include "server/content_negotiation.hpp"
#include "server/linked_data_server.hpp"
#include "support/rdf_tools.hpp"
#include "support/background_process.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <thread>

using namespace vidensgraf;
using namespace vidensgraf::test;

namespace {

/// A server over the hostile fixture (tests/data/site) on a free port, stopped at the end.
class RunningServer {
public:
  RunningServer() : server_(load_dataset_or_throw(data_dir() / "site"), options()) {
    port_ = server_.bind("127.0.0.1", 0);
    thread_ = std::thread([this] { server_.run(); });
  }
  ~RunningServer() {
    server_.stop();
    thread_.join();
  }
  /// A client of the server that sends paths exactly as given.
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_url_encode(false);
    c.set_connection_timeout(5);
    c.set_read_timeout(20);
    return c;
  }

private:
  static ServerOptions options() {
    ServerOptions o;
    o.threads = 4;
    o.max_body_bytes = 64 * 1024;
    o.sparql_row_limit = 100;
    return o;
  }
  LinkedDataServer server_;
  int port_ = 0;
  std::thread thread_;
};

RunningServer& server() {
  static RunningServer s; // one per test run: building the site draws five diagrams
  return s;
}

httplib::Result get(const std::string& path, const std::string& accept = {}) {
  auto c = server().client();
  httplib::Headers headers;
  if (!accept.empty()) headers.emplace("Accept", accept);
  auto r = c.Get(path.c_str(), headers);
  REQUIRE(r);
  return r;
}

std::string location_for(const std::string& accept) {
  const auto r = get("/project/evil", accept);
  INFO(accept);
  REQUIRE(r->status == 303);
  CHECK(r->get_header_value("Vary") == "Accept, Accept-Language");
  return r->get_header_value("Location");
}

} // namespace

TEST_CASE("Accept negotiation weighs q-values and specificity", "[serve]") {
  const std::vector<std::string_view> offered{"text/html", "text/turtle", "application/ld+json"};
  CHECK(negotiate("", offered) == 0u);
  CHECK(negotiate("text/turtle", offered) == 1u);
  CHECK(negotiate("text/html;q=0.5, application/ld+json", offered) == 2u);
  CHECK(negotiate("text/*;q=0.3, text/html;q=0.1", offered) == 1u); // text/html's own q is lower
  CHECK(negotiate("*/*;q=0.1, text/html;q=0", offered) == 1u);
  CHECK(negotiate("image/png", offered) == std::nullopt);
  CHECK(negotiate("TEXT/TURTLE ; Q=0.9", offered) == 1u);
}

TEST_CASE("Accept-Language negotiation weighs q-values, ranges and the default", "[serve]") {
  const std::vector<std::string_view> offered{"en", "da"};
  CHECK(negotiate_language("", offered) == 0u);
  CHECK(negotiate_language("da", offered) == 1u);
  CHECK(negotiate_language("en;q=1, da;q=0.5", offered) == 0u);
  CHECK(negotiate_language("da-DK, en;q=0.8", offered) == 1u);
  CHECK(negotiate_language("EN-gb;q=0.4, da;q=0.7", offered) == 1u);
  CHECK(negotiate_language("*;q=0.5, en;q=0", offered) == 1u);
  CHECK(negotiate_language("de, fr", offered) == 0u); // none of them: the default
}

TEST_CASE("the home page and an entity's page answer in the language Accept-Language prefers", "[serve]") {
  const auto ask = [](const std::string& path, const std::string& language) {
    auto c = server().client();
    auto r = c.Get(path.c_str(), httplib::Headers{{"Accept", "text/html"}, {"Accept-Language", language}});
    REQUIRE(r);
    INFO(path << " " << language);
    CHECK(r->get_header_value("Vary") == "Accept, Accept-Language");
    return std::make_pair(r->status, r->get_header_value("Location"));
  };
  CHECK(ask("/project/evil", "da") == std::make_pair(303, std::string("/project/evil.da.html")));
  CHECK(ask("/project/evil", "en;q=1, da;q=0.5") == std::make_pair(303, std::string("/project/evil.html")));
  CHECK(ask("/", "da") == std::make_pair(303, std::string("/index.da.html")));
  CHECK(ask("/", "en;q=1, da;q=0.5") == std::make_pair(200, std::string()));
  CHECK(ask("/project/", "da-DK,da;q=0.9") == std::make_pair(303, std::string("/project/index.da.html")));
  // What a page's language switch asks for is answered as asked.
  auto c = server().client();
  auto english = c.Get("/index.html", httplib::Headers{{"Accept-Language", "da"}});
  REQUIRE(english);
  CHECK(english->status == 200);
  CHECK(english->body.find("lang=\"en\"") != std::string::npos);
  const auto danish = c.Get("/index.da.html");
  REQUIRE(danish);
  CHECK(danish->body.find("lang=\"da\"") != std::string::npos);
}

TEST_CASE("an entity IRI answers 303 See Other to the document chosen by Accept", "[serve]") {
  CHECK(location_for("") == "/project/evil.html");
  CHECK(location_for("text/html,application/xhtml+xml,*/*;q=0.8") == "/project/evil.html");
  CHECK(location_for("text/turtle") == "/project/evil.ttl");
  CHECK(location_for("application/n-triples") == "/project/evil.nt");
  CHECK(location_for("application/ld+json;q=0.9, text/turtle;q=0.5") == "/project/evil.jsonld");
  CHECK(location_for("application/rdf+xml") == "/project/evil.rdf");
  CHECK(location_for("text/html;q=0, */*;q=0.1") == "/project/evil.ttl");
  CHECK(get("/dataset", "text/turtle")->get_header_value("Location") == "/dataset.ttl");
}

TEST_CASE("what cannot be given is 406, what is not there 404", "[serve]") {
  const auto r = get("/project/evil", "image/png");
  CHECK(r->status == 406);
  CHECK(r->body.find("text/turtle") != std::string::npos);
  CHECK(get("/project/nobody")->status == 404);
  CHECK(get("/nothing.html")->status == 404);
  CHECK(get("/project/nobody%3Cscript%3E")->body.find("<script>") == std::string::npos);
}

TEST_CASE("documents are served with their media types", "[serve]") {
  const auto ttl = get("/project/evil.ttl");
  CHECK(ttl->status == 200);
  CHECK(ttl->get_header_value("Content-Type") == "text/turtle; charset=utf-8");
  CHECK(ttl->body.find("https://example.org/hostile/project/evil") != std::string::npos);
  const auto html = get("/project/evil.html");
  CHECK(html->status == 200);
  CHECK(html->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(html->body.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html->body.find("<script>alert") == std::string::npos);
  CHECK(get("/")->body == get("/index.html")->body);
  CHECK(get("/project")->status == 303);
  CHECK(get("/project/")->status == 200);
  CHECK(get("/style.css")->get_header_value("Content-Type") == "text/css; charset=utf-8");
}

TEST_CASE("no path leaves the site", "[serve]") {
  for (const auto* path :
       {"/../../../../etc/passwd", "/project/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
        "/project/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "/..%5c..%5cetc%5cpasswd", "//etc/passwd", "/project/./evil.ttl"}) {
    INFO(path);
    const auto r = get(path);
    CHECK((r->status == 400 || r->status == 404));
    CHECK(r->body.find("root:") == std::string::npos);
  }
}

TEST_CASE("the SPARQL endpoint answers GET and POST with results chosen by Accept", "[serve]") {
  auto c = server().client();
  const std::string query = "SELECT ?label WHERE { <https://example.org/hostile/project/evil> "
                            "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label";
  const auto json = c.Get("/sparql", httplib::Params{{"query", query}},
                          httplib::Headers{{"Accept", "application/sparql-results+json"}});
  REQUIRE(json);
  REQUIRE(json->status == 200);
  CHECK(json->get_header_value("Content-Type") == "application/sparql-results+json; charset=utf-8");
  std::vector<std::string> labels;
  const auto parsed = nlohmann::json::parse(json->body);
  for (const auto& b : parsed["results"]["bindings"])
    labels.push_back(b["label"]["value"]);
  // tests/data/site/projects.csv, labels of "evil" in da and en.
  CHECK(labels == std::vector<std::string>{"<script>alert(1)</script>", "Quotes \" and ' & <b>bold</b>"});

  const auto csv = c.Post("/sparql", httplib::Headers{{"Accept", "text/csv"}}, query, "application/sparql-query");
  REQUIRE(csv);
  CHECK(csv->status == 200);
  CHECK(csv->body.starts_with("label\r\n"));
  const auto form =
      c.Post("/sparql", httplib::Headers{{"Accept", "text/tab-separated-values"}}, httplib::Params{{"query", query}});
  REQUIRE(form);
  CHECK(form->status == 200);
  CHECK(form->body.starts_with("?label\n"));

  const auto construct =
      c.Post("/sparql", httplib::Headers{{"Accept", "*/*"}},
             "CONSTRUCT { ?s <http://example.org/x> ?o } WHERE { ?s <http://www.w3.org/ns/org#> ?o }",
             "application/sparql-query");
  REQUIRE(construct);
  CHECK(construct->status == 200);
  CHECK(construct->get_header_value("Content-Type") == "text/turtle; charset=utf-8");
}

TEST_CASE("the SPARQL endpoint answers bad requests with 400, 405, 406, 413 and 415", "[serve]") {
  auto c = server().client();
  const auto malformed = c.Post("/sparql", "SELECT ?x WHERE { ?x ", "application/sparql-query");
  REQUIRE(malformed);
  CHECK(malformed->status == 400);
  CHECK(malformed->body.find("malformed") != std::string::npos);
  const auto unacceptable =
      c.Post("/sparql", httplib::Headers{{"Accept", "image/png"}}, "ASK { ?s ?p ?o }", "application/sparql-query");
  REQUIRE(unacceptable);
  CHECK(unacceptable->status == 406);
  const auto too_many = c.Post("/sparql", "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c }", "application/sparql-query");
  REQUIRE(too_many);
  CHECK(too_many->status == 400); // over the row limit of 100
  const auto big = c.Post("/sparql", std::string(100 * 1024, ' '), "application/sparql-query");
  REQUIRE(big);
  CHECK(big->status == 413);
  const auto wrong_type = c.Post("/sparql", "ASK {}", "text/plain");
  REQUIRE(wrong_type);
  CHECK(wrong_type->status == 415);
  const auto put = c.Put("/project/evil.ttl", "x", "text/turtle");
  REQUIRE(put);
  CHECK(put->status == 405);
  CHECK(put->get_header_value("Allow") == "GET, HEAD, OPTIONS");
  const auto put_sparql = c.Put("/sparql", "x", "text/plain");
  REQUIRE(put_sparql);
  CHECK(put_sparql->status == 405);
  CHECK(put_sparql->get_header_value("Allow") == "GET, HEAD, POST, OPTIONS");
}

namespace {

const std::string browser_accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

/// `body` written to a file of the test's work folder, for the independent parsers.
std::filesystem::path saved(const std::string& name, const std::string& body) {
  const auto dir = work_dir("serve-sparql");
  const auto path = dir / name;
  write_file(path, body);
  return path;
}

} // namespace

TEST_CASE("with no query the endpoint describes itself, and gives a browser a form", "[serve]") {
  const auto turtle = get("/sparql", "text/turtle");
  REQUIRE(turtle->status == 200);
  CHECK(turtle->get_header_value("Content-Type") == "text/turtle; charset=utf-8");
  CHECK(turtle->get_header_value("Vary") == "Accept");
  CHECK_THAT(turtle->body, Catch::Contains("http://www.w3.org/ns/sparql-service-description#Service"));
  CHECK_THAT(turtle->body, Catch::Contains("http://www.w3.org/ns/sparql-service-description#SPARQL11Query"));
  const auto count = rapper_count(saved("service.ttl", turtle->body), "turtle");
  REQUIRE(count);
  CHECK(*count >= 15); // the service, 8 result formats, its dataset and default graph
  const auto rdfxml = get("/sparql", "application/rdf+xml");
  REQUIRE(rdfxml->status == 200);
  CHECK(rapper_count(saved("service.rdf", rdfxml->body), "rdfxml") == count);
  CHECK(get("/sparql")->get_header_value("Content-Type") == "text/turtle; charset=utf-8"); // */*: the description

  const auto form = get("/sparql", browser_accept);
  REQUIRE(form->status == 200);
  CHECK(form->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK_THAT(form->body, Catch::Contains("<form method=\"get\" action=\"sparql\">"));
  CHECK_THAT(form->body, Catch::Contains("<label for=\"query\">"));
  CHECK_THAT(form->body, Catch::Contains("<textarea id=\"query\" name=\"query\""));
  CHECK(get("/sparql", "image/png")->status == 406);
}

TEST_CASE("the form's answers are an HTML table with the data escaped", "[serve]") {
  auto c = server().client();
  const std::string query = "SELECT ?label WHERE { <https://example.org/hostile/project/evil> "
                            "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label";
  const auto page = c.Get("/sparql", httplib::Params{{"query", query}}, httplib::Headers{{"Accept", browser_accept}});
  REQUIRE(page);
  REQUIRE(page->status == 200);
  CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK_THAT(page->body, Catch::Contains("<th scope=\"col\"><code>label</code></th>"));
  CHECK_THAT(page->body, Catch::Contains("<td><span lang=\"da\">&lt;script&gt;alert(1)&lt;/script&gt;</span></td>"));
  CHECK_THAT(page->body, Catch::Contains("2 rows."));
  CHECK(page->body.find("<script>alert") == std::string::npos);
  const auto ask =
      c.Get("/sparql", httplib::Params{{"query", "ASK { ?s ?p ?o }"}}, httplib::Headers{{"Accept", browser_accept}});
  REQUIRE(ask);
  CHECK_THAT(ask->body, Catch::Contains("Yes: the pattern matches (true)."));
}

TEST_CASE("the query form and its answers speak the language of the page they are asked from", "[serve]") {
  auto c = server().client();
  auto page = [&](const std::string& path, const std::string& language) {
    httplib::Headers headers{{"Accept", browser_accept}};
    if (!language.empty()) headers.emplace("Accept-Language", language);
    auto r = c.Get(path.c_str(), headers);
    REQUIRE(r);
    REQUIRE(r->status == 200);
    CHECK(r->get_header_value("Vary") == "Accept, Accept-Language");
    return r->body;
  };
  const std::string ask = "/sparql?query=" + httplib::detail::encode_query_param("ASK { ?s ?p ?o }");
  // By Accept-Language, and by the form's lang field (the page it was sent from) before it.
  CHECK_THAT(page("/sparql", "da"), Catch::Contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"da\""));
  CHECK_THAT(page("/sparql", "da"), Catch::Contains("<label for=\"query\">Forespørgsel</label>"));
  CHECK_THAT(page("/sparql", "da"), Catch::Contains("<input type=\"hidden\" name=\"lang\" value=\"da\"/>"));
  CHECK_THAT(page("/sparql", "en;q=1, da;q=0.5"), Catch::Contains("<label for=\"query\">Query</label>"));
  CHECK_THAT(page(ask + "&lang=da", "en"), Catch::Contains("Ja: mønstret findes i data (true)."));
  CHECK_THAT(page(ask + "&lang=en", "da"), Catch::Contains("Yes: the pattern matches (true)."));
  CHECK_THAT(page(ask + "&lang=xx", "da"), Catch::Contains("Ja: mønstret")); // not a site language: the header
  // The switch to the other language keeps the query.
  CHECK_THAT(page(ask + "&lang=da", ""), Catch::Contains("href=\"sparql?lang=en&amp;query=ASK%20%7B%20%3Fs"));

  // A Danish query page's form (POST, with its lang field) is answered in Danish.
  const auto posted =
      c.Post("/sparql", httplib::Headers{{"Accept", browser_accept}},
             "lang=da&query=" + httplib::detail::encode_query_param(
                                    "SELECT ?s WHERE { ?s a <https://w3id.org/vidensgraf/ontology#Project> }"),
             "application/x-www-form-urlencoded");
  REQUIRE(posted);
  REQUIRE(posted->status == 200);
  CHECK_THAT(posted->body, Catch::Matches(R"([\s\S]*<p>[0-9]+ rækker?\.</p>[\s\S]*)"));
  CHECK_THAT(posted->body, Catch::Contains("aria-label=\"Resultat\""));

  // Every interface text of the form and of an answer has both languages: the site's own check,
  // on the pages saved beside the site of the same dataset (whose dump tells data from text).
  const auto site = work_dir("serve-form-languages") / "site";
  const auto written = run_vidensgraf({"site", "--no-diagrams", "-o", site.string(), (data_dir() / "site").string()});
  REQUIRE(written.exit_code == 0);
  const std::string example =
      "/sparql?query=" +
      httplib::detail::encode_query_param(
          "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 3");
  for (const auto& [suffix, language] : {std::pair{".html", "en"}, std::pair{".da.html", "da"}}) {
    write_file(site / ("sparql-form" + std::string(suffix)), page("/sparql?lang=" + std::string(language), ""));
    write_file(site / ("sparql-answer" + std::string(suffix)), page(example + "&lang=" + language, ""));
    write_file(site / ("sparql-ask" + std::string(suffix)), page(ask + "&lang=" + language, ""));
  }
  const auto check =
      run_program({"/usr/bin/python3", (source_dir() / "tests" / "exporters" / "site" / "site_check.py").string(),
                   "languages", site.string()});
  INFO(check.out << check.err);
  CHECK(check.out.find("sparql-") == std::string::npos);
}

TEST_CASE("CONSTRUCT answers in Turtle, N-Triples, JSON-LD and RDF/XML by Accept", "[serve]") {
  auto c = server().client();
  const std::string query = "CONSTRUCT { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { ?s "
                            "<http://www.w3.org/2000/01/rdf-schema#label> ?l }";
  auto answer = [&](const std::string& accept) {
    const auto r = c.Post("/sparql", httplib::Headers{{"Accept", accept}}, query, "application/sparql-query");
    REQUIRE(r);
    REQUIRE(r->status == 200);
    CHECK(r->get_header_value("Content-Type") == accept + "; charset=utf-8");
    return r->body;
  };
  const auto turtle = rapper_count(saved("construct.ttl", answer("text/turtle")), "turtle");
  REQUIRE(turtle);
  CHECK(*turtle > 1); // every label of the fixture (at least the two of project/evil)
  CHECK(rapper_count(saved("construct.nt", answer("application/n-triples")), "ntriples") == turtle);
  CHECK(rapper_count(saved("construct.rdf", answer("application/rdf+xml")), "rdfxml") == turtle);
  const auto jsonld = saved("construct.jsonld", answer("application/ld+json"));
  if (node_ready()) {
    const auto nquads = jsonld.parent_path() / "construct.nq";
    REQUIRE(jsonld_to_nquads(jsonld, nquads).exit_code == 0);
    CHECK(serdi_count(nquads, "nquads") == turtle);
  }
}

TEST_CASE("DESCRIBE answers the resource's description in the syntax Accept asks for", "[serve]") {
  auto c = server().client();
  const std::string query = "DESCRIBE <https://example.org/hostile/project/evil>";
  const auto turtle = c.Post("/sparql", httplib::Headers{{"Accept", "*/*"}}, query, "application/sparql-query");
  REQUIRE(turtle);
  REQUIRE(turtle->status == 200);
  CHECK(turtle->get_header_value("Content-Type") == "text/turtle; charset=utf-8");
  const auto count = rapper_count(saved("describe.ttl", turtle->body), "turtle");
  REQUIRE(count);
  CHECK(*count > 2);
  const auto rdfxml =
      c.Post("/sparql", httplib::Headers{{"Accept", "application/rdf+xml"}}, query, "application/sparql-query");
  REQUIRE(rdfxml);
  CHECK(rapper_count(saved("describe.rdf", rdfxml->body), "rdfxml") == count);
}

TEST_CASE("the concept scheme and the ontology are negotiated like every IRI", "[serve]") {
  auto see = [](const std::string& path, const std::string& accept) {
    const auto r = get(path, accept);
    INFO(path << " " << accept);
    CHECK(r->status == 303);
    CHECK(r->get_header_value("Vary") == "Accept, Accept-Language");
    return r->get_header_value("Location");
  };
  CHECK(see("/challenge", "text/turtle") == "/challenge.ttl");
  CHECK(see("/challenge", "application/rdf+xml") == "/challenge.rdf");
  CHECK(see("/challenge", "text/html") == "/challenge/");
  CHECK(see("/challenge/", "text/turtle") == "/challenge.ttl");
  CHECK(see("/ontology/", "text/turtle") == "/ontology/vidensgraf.ttl");
  CHECK(see("/ontology", "text/turtle") == "/ontology/vidensgraf.ttl");
  // A browser, or a client that accepts anything, still gets the page.
  for (const std::string& accept : {browser_accept, std::string("*/*")}) {
    INFO(accept);
    const auto page = get("/challenge/", accept);
    CHECK(page->status == 200);
    CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(get("/ontology/", accept)->status == 200);
  }
  const auto turtle = get("/challenge.ttl");
  REQUIRE(turtle->status == 200);
  CHECK(turtle->get_header_value("Content-Type") == "text/turtle; charset=utf-8");
  // A folder with no documents of its own goes to its page whatever is accepted.
  const auto folder = get("/project", "text/turtle");
  CHECK(folder->status == 303);
  CHECK(folder->get_header_value("Location") == "/project/");
}

TEST_CASE("every answer allows any origin and OPTIONS answers a CORS preflight", "[serve]") {
  CHECK(get("/project/evil.ttl")->get_header_value("Access-Control-Allow-Origin") == "*");
  CHECK(get("/sparql", "text/turtle")->get_header_value("Access-Control-Allow-Origin") == "*");
  CHECK(get("/no/such/page")->get_header_value("Access-Control-Allow-Origin") == "*");
  auto c = server().client();
  const auto preflight = c.Options("/sparql", httplib::Headers{{"Origin", "https://yasgui.example"},
                                                               {"Access-Control-Request-Method", "POST"},
                                                               {"Access-Control-Request-Headers", "content-type"}});
  REQUIRE(preflight);
  CHECK(preflight->status == 204);
  CHECK(preflight->get_header_value("Access-Control-Allow-Origin") == "*");
  CHECK(preflight->get_header_value("Access-Control-Allow-Methods") == "GET, HEAD, POST, OPTIONS");
  CHECK_THAT(preflight->get_header_value("Access-Control-Allow-Headers"), Catch::Contains("Content-Type"));
  const auto document = c.Options("/project/evil.ttl", httplib::Headers{});
  REQUIRE(document);
  CHECK(document->status == 204);
  CHECK(document->get_header_value("Allow") == "GET, HEAD, OPTIONS");
}

TEST_CASE("a request that names a dataset the endpoint does not hold is refused with 400", "[serve]") {
  auto c = server().client();
  for (const std::string param : {"default-graph-uri", "named-graph-uri"}) {
    INFO(param);
    const auto r = c.Get("/sparql", httplib::Params{{"query", "ASK { ?s ?p ?o }"}, {param, "http://example.org/g"}},
                         httplib::Headers{});
    REQUIRE(r);
    CHECK(r->status == 400);
    CHECK_THAT(r->body, Catch::Contains(param + " is not supported"));
  }
}

TEST_CASE("vidensgraf serve's /dataset describes its SPARQL endpoint as a dcat:DataService serving the dataset",
          "[serve]") {
  const auto dir = work_dir("serve_dataset_service");
  const int port = free_loopback_port();
  BackgroundProcess serve({VIDENSGRAF_TEST_BINARY, "serve", "--port", std::to_string(port), "--threads", "2",
                           (data_dir() / "site").string()},
                          dir / "serve.log");
  httplib::Client c("127.0.0.1", port);
  c.set_connection_timeout(1);
  c.set_read_timeout(20);
  const httplib::Headers turtle{{"Accept", "text/turtle"}};
  // Wait until the site is built and the server answers.
  for (int i = 0; i < 300 && serve.running() && !c.Get("/"); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const auto negotiated = c.Get("/dataset", turtle);
  INFO(read_file(dir / "serve.log"));
  REQUIRE(negotiated);
  CHECK(negotiated->status == 303);
  REQUIRE(negotiated->get_header_value("Location") == "/dataset.ttl");
  const auto document = c.Get("/dataset.ttl", turtle);
  REQUIRE(document);
  CHECK(document->status == 200);
  CHECK(document->get_header_value("Content-Type").starts_with("text/turtle"));
  write_file(dir / "dataset.ttl", document->body);
  // Read back by Raptor, so that the check is on triples, not on how the Turtle is laid out.
  const auto triples = run_program({"rapper", "-q", "-i", "turtle", "-o", "ntriples", (dir / "dataset.ttl").string()});
  REQUIRE(triples.exit_code == 0);
  const std::string base = "https://example.org/hostile/";
  const std::string service = "<" + base + "dataset#sparql-service>";
  for (const std::string& triple :
       {service + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/dcat#DataService> .",
        service + " <http://www.w3.org/ns/dcat#endpointURL> <" + base + "sparql> .",
        service + " <http://www.w3.org/ns/dcat#servesDataset> <" + base + "dataset> .",
        "<" + base + "dataset#catalog> <http://www.w3.org/ns/dcat#service> " + service + " .",
        "<" + base + "dataset> <http://rdfs.org/ns/void#sparqlEndpoint> <" + base + "sparql> ."}) {
    INFO(triple);
    CHECK(triples.out.find(triple + "\n") != std::string::npos);
  }
  serve.stop();
}
