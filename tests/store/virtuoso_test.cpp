// vidensgraf push into a real triple store: OpenLink Virtuoso from Debian (virtuoso-opensource),
// started by this test on free loopback ports with its own database in the test's work folder
// and stopped at the end, also when a check fails. The bundled dataset goes in through the Graph
// Store endpoint with HTTP Digest authentication (/sparql-graph-crud-auth) and is read back
// through Virtuoso's own SPARQL endpoint (/sparql): the triple count against our N-Triples export,
// the projects' Danish labels and lead organisations against the dataset's CSV files, a second
// push that replaces the graph, and the errors (wrong password, refused, unreachable) that leave
// the graph as it was.
//
// Hidden from the default run ([.]): ctest runs it as its own test with the label 'store'
// (tests/CMakeLists.txt). It installs Virtuoso with apt-get when missing and run as root, and
// otherwise prints "SKIPPED:" (ctest reports the test as skipped).
#include "support/background_process.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

using namespace vidensgraf::test;
namespace fs = std::filesystem;

namespace {

const std::string graph_iri = "https://example.org/graph/signaturprojekter";
const std::string push_user = "vgpush";
const std::string push_password = "push-secret";

/// Empty when virtuoso-t and isql-vt are there (installing them first when run as root), else why not.
std::string ensure_virtuoso() {
  if (have_program("virtuoso-t") && have_program("isql-vt")) return {};
  if (geteuid() != 0) return "virtuoso-opensource is not installed and the test does not run as root";
  // A policy-rc.d would stop the package's postinst from starting the system-wide server; in a
  // container without init it may start it. Either way this test uses its own instance.
  const std::vector<std::string> install{
      "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-q", "virtuoso-opensource"};
  if (run_program(install).exit_code != 0) {
    run_program({"apt-get", "update", "-q"});
    const auto second = run_program(install);
    if (second.exit_code != 0) return "apt-get install virtuoso-opensource failed: " + second.err;
  }
  if (!have_program("virtuoso-t") || !have_program("isql-vt")) return "virtuoso-t or isql-vt missing after install";
  return {};
}

/// Our own Virtuoso: a database in `dir`, HTTP and SQL on free loopback ports, in the foreground
/// (so that the process we hold is the server), stopped by the destructor.
class Virtuoso {
public:
  explicit Virtuoso(const fs::path& dir)
      : dir_(dir), http_port_(free_loopback_port()), sql_port_(free_loopback_port()) {
    const std::string d = dir.string();
    write_file(dir / "virtuoso.ini", "[Database]\n"
                                     "DatabaseFile = " +
                                         d +
                                         "/virtuoso.db\n"
                                         "ErrorLogFile = " +
                                         d +
                                         "/virtuoso.log\n"
                                         "LockFile = " +
                                         d +
                                         "/virtuoso.lck\n"
                                         "TransactionFile = " +
                                         d +
                                         "/virtuoso.trx\n"
                                         "xa_persistent_file = " +
                                         d +
                                         "/virtuoso.pxa\n"
                                         "TempStorage = TempDatabase\n"
                                         "[TempDatabase]\n"
                                         "DatabaseFile = " +
                                         d +
                                         "/virtuoso-temp.db\n"
                                         "TransactionFile = " +
                                         d +
                                         "/virtuoso-temp.trx\n"
                                         "[Parameters]\n"
                                         "ServerPort = 127.0.0.1:" +
                                         std::to_string(sql_port_) +
                                         "\n"
                                         "DisableUnixSocket = 1\n"
                                         "NumberOfBuffers = 10000\n"
                                         "MaxDirtyBuffers = 6000\n"
                                         "DirsAllowed = .\n"
                                         "[HTTPServer]\n"
                                         "ServerPort = 127.0.0.1:" +
                                         std::to_string(http_port_) +
                                         "\n"
                                         "ServerRoot = " +
                                         d +
                                         "\n"
                                         "ServerThreads = 4\n"
                                         "[SPARQL]\n"
                                         "ResultSetMaxRows = 100000\n");
    process_.emplace(
        std::vector<std::string>{"virtuoso-t", "+foreground", "+configfile", (dir / "virtuoso.ini").string()},
        dir / "virtuoso.out");
  }

  /// Waits until both the SQL and the HTTP listener are up; false after `limit` or an early exit.
  bool wait_until_ready(std::chrono::seconds limit = std::chrono::seconds(120)) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline && process_->running()) {
      if (log().find("Server online at") != std::string::npos) {
        httplib::Client c("127.0.0.1", http_port_);
        c.set_connection_timeout(2);
        if (auto r = c.Get("/sparql"); r && r->status == 200) return true;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(250));
    }
    return false;
  }

  /// Runs SQL through isql-vt as dba (a fresh database's password); returns isql's error text.
  std::string sql(const std::string& statements) const {
    const auto run =
        run_program({"isql-vt", "127.0.0.1:" + std::to_string(sql_port_), "dba", "dba", "exec=" + statements});
    if (run.exit_code != 0) return "isql-vt exit " + std::to_string(run.exit_code) + ": " + run.err;
    if (run.err.find("*** Error") != std::string::npos || run.out.find("*** Error") != std::string::npos)
      return run.err + run.out;
    return {};
  }

  /// SELECT through Virtuoso's SPARQL endpoint, SPARQL 1.1 results in JSON.
  nlohmann::json select(const std::string& query) const {
    httplib::Client c("127.0.0.1", http_port_);
    c.set_read_timeout(60);
    const auto r = c.Get("/sparql", httplib::Params{{"query", query}},
                         httplib::Headers{{"Accept", "application/sparql-results+json"}});
    REQUIRE(r);
    INFO(r->body.substr(0, 500));
    REQUIRE(r->status == 200);
    return nlohmann::json::parse(r->body);
  }

  /// The number of triples in a graph.
  long long count(const std::string& graph) const {
    const auto j = select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }");
    return std::stoll(j.at("results").at("bindings").at(0).at("n").at("value").get<std::string>());
  }

  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(http_port_) + path; }
  std::string log() const {
    return (fs::exists(dir_ / "virtuoso.out") ? read_file(dir_ / "virtuoso.out") : std::string()) +
           (fs::exists(dir_ / "virtuoso.log") ? read_file(dir_ / "virtuoso.log") : std::string());
  }
  void stop() { process_->stop(); }
  bool running() { return process_->running(); }

private:
  fs::path dir_;
  int http_port_, sql_port_;
  std::optional<BackgroundProcess> process_;
};

/// The fields of one CSV record on one line (quotes and doubled quotes; the rows used here have
/// no line breaks inside fields).
std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
      fields.back() += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      fields.emplace_back();
    } else if (c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

/// A CSV file's records as column name -> value.
std::vector<std::map<std::string, std::string>> read_csv(const fs::path& path) {
  std::istringstream in(read_file(path));
  std::string line;
  std::getline(in, line);
  const auto header = csv_fields(line);
  std::vector<std::map<std::string, std::string>> rows;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto fields = csv_fields(line);
    std::map<std::string, std::string> row;
    for (std::size_t i = 0; i < header.size() && i < fields.size(); ++i)
      row[header[i]] = fields[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

/// The dataset's base IRI from its dataset.toml.
std::string dataset_base(const fs::path& dir) {
  const std::regex pattern(R"re(^base\s*=\s*"([^"]+)")re");
  std::istringstream in(read_file(dir / "dataset.toml"));
  for (std::string line; std::getline(in, line);)
    if (std::smatch m; std::regex_search(line, m, pattern)) return m[1].str();
  FAIL("no base in dataset.toml");
  return {};
}

/// Pairs (?a, ?b) of a SELECT answer.
std::set<std::pair<std::string, std::string>> pairs(const nlohmann::json& answer) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& b : answer.at("results").at("bindings"))
    out.emplace(b.at("a").at("value").get<std::string>(), b.at("b").at("value").get<std::string>());
  return out;
}

RunResult push(const Virtuoso& store, const std::string& path, const fs::path& password_file,
               const std::vector<std::string>& more = {}) {
  std::vector<std::string> args{"push", "--store", store.url(path), "--graph", graph_iri};
  if (!password_file.empty()) {
    args.insert(args.end(), {"--user", push_user, "--password-file", password_file.string()});
  }
  args.insert(args.end(), more.begin(), more.end());
  args.push_back(bundled_dataset().string());
  return run_vidensgraf(args);
}

} // namespace

TEST_CASE("push replaces a graph in a real Virtuoso and reports its errors", "[.][store]") {
  if (const auto why_not = ensure_virtuoso(); !why_not.empty()) {
    std::cout << "SKIPPED: " << why_not << "\n";
    return;
  }
  const fs::path dir = work_dir("virtuoso");
  Virtuoso store(dir);
  {
    INFO(store.log());
    REQUIRE(store.wait_until_ready());
  }
  // A user of its own for the push, with the role Virtuoso's Graph Store endpoints ask for.
  REQUIRE(store.sql("DB.DBA.USER_CREATE ('" + push_user + "', '" + push_password + "'); GRANT SPARQL_UPDATE TO \"" +
                    push_user + "\";") == "");
  write_file(dir / "password", push_password + "\n");
  write_file(dir / "wrong-password", "not-" + push_password + "\n");

  const auto exported = run_vidensgraf({"export", "--format", "ntriples", bundled_dataset().string()});
  REQUIRE(exported.exit_code == 0);
  const auto triples = std::count(exported.out.begin(), exported.out.end(), '\n');
  REQUIRE(triples > 1000);

  {
    // The pushed graph holds the export's triples and the CSV's facts.
    const auto pushed = push(store, "/sparql-graph-crud-auth", dir / "password");
    INFO(pushed.err);
    REQUIRE(pushed.exit_code == 0);
    CHECK(pushed.err.find("pushed " + std::to_string(triples) + " triples") != std::string::npos);
    CHECK(store.count(graph_iri) == triples);

    const std::string base = dataset_base(bundled_dataset());
    std::set<std::pair<std::string, std::string>> labels, leads;
    std::set<std::string> projects;
    for (const auto& row : read_csv(bundled_dataset() / "projects.csv")) {
      labels.emplace(base + "project/" + row.at("id"), row.at("label@da"));
      projects.insert(row.at("id"));
    }
    std::set<std::string> organisations;
    for (const auto& row : read_csv(bundled_dataset() / "organisations.csv"))
      organisations.insert(row.at("id"));
    for (const auto& row : read_csv(bundled_dataset() / "relations.csv"))
      if (row.at("relation") == "leadOrganisation" && projects.count(row.at("subject")) &&
          organisations.count(row.at("object")))
        leads.emplace(base + "project/" + row.at("subject"), base + "organisation/" + row.at("object"));
    REQUIRE(labels.size() >= 15);
    REQUIRE(leads.size() >= 15);

    const std::string graph = "GRAPH <" + graph_iri + "> ";
    CHECK(pairs(store.select("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                             "SELECT ?a ?b WHERE { " +
                             graph +
                             "{ ?a a <https://w3id.org/vidensgraf/ontology#Project> ; "
                             "rdfs:label ?b FILTER (lang(?b) = 'da') } }")) == labels);
    CHECK(pairs(store.select("SELECT ?a ?b WHERE { " + graph +
                             "{ ?a <https://w3id.org/vidensgraf/ontology#leadOrganisation> ?b } }")) == leads);

    // A triple that is not in the dataset, then a second push: the graph is replaced, not added to.
    REQUIRE(store.sql("SPARQL INSERT INTO GRAPH <" + graph_iri + "> { <urn:x:stale> <urn:x:p> \"stale\" };") == "");
    REQUIRE(store.count(graph_iri) == triples + 1);
    const auto again = push(store, "/sparql-graph-crud-auth", dir / "password");
    INFO(again.err);
    REQUIRE(again.exit_code == 0);
    CHECK(store.count(graph_iri) == triples);
    CHECK(store.select("SELECT ?a ?b WHERE { GRAPH <" + graph_iri + "> { <urn:x:stale> ?a ?b } }")
              .at("results")
              .at("bindings")
              .empty());

    // In batches (a PUT, then POSTs that add): the same graph, the stale triple gone again.
    REQUIRE(store.sql("SPARQL INSERT INTO GRAPH <" + graph_iri + "> { <urn:x:stale> <urn:x:p> \"stale\" };") == "");
    const auto batched = push(store, "/sparql-graph-crud-auth", dir / "password", {"--batch-triples", "500"});
    INFO(batched.err);
    REQUIRE(batched.exit_code == 0);
    CHECK(batched.err.find("in " + std::to_string((triples + 499) / 500) + " batches") != std::string::npos);
    CHECK(store.count(graph_iri) == triples);
    CHECK(pairs(store.select("SELECT ?a ?b WHERE { " + graph +
                             "{ ?a <https://w3id.org/vidensgraf/ontology#leadOrganisation> ?b } }")) == leads);

    // Errors leave the graph as it was.
    const auto denied = push(store, "/sparql-graph-crud-auth", dir / "wrong-password");
    CHECK(denied.exit_code == 3);
    INFO(denied.err);
    CHECK(denied.err.find("unauthorised (HTTP 401)") != std::string::npos);
    CHECK(denied.err.find("check --user and --password-file") != std::string::npos);
    const auto anonymous = push(store, "/sparql-graph-crud-auth", {});
    CHECK(anonymous.exit_code == 3);
    CHECK(anonymous.err.find("unauthorised (HTTP 401)") != std::string::npos);
    // The endpoint without authentication runs as the SPARQL user, who may not write here.
    const auto refused = push(store, "/sparql-graph-crud", {});
    CHECK(refused.exit_code == 3);
    CHECK(refused.err.find("(HTTP 403)") != std::string::npos);
    CHECK(store.count(graph_iri) == triples);
  }

  {
    // An unreachable store is named in a clear message.
    const int port = free_loopback_port(); // nothing listens there
    const auto unreachable =
        run_vidensgraf({"push", "--store", "http://127.0.0.1:" + std::to_string(port) + "/sparql-graph-crud-auth",
                        "--graph", graph_iri, bundled_dataset().string()});
    CHECK(unreachable.exit_code == 3);
    CHECK(unreachable.err.find("cannot reach the store at http://127.0.0.1:" + std::to_string(port)) !=
          std::string::npos);
    CHECK(store.count(graph_iri) == triples);
  }

  store.stop();
  CHECK_FALSE(store.running());
}
