// SPARQL through Rasqal over the model: answers compared with rdflib's (an independent engine)
// on the same triples, unsupported features refused, malformed queries located, limits enforced.
//
// The Turtle exporter was not in git when this was written, so the triples rdflib reads are
// written here as N-Triples straight from model/rdf/triples.hpp's for_each_triple, the
// function the exporter serialises.
#include "support/rdf_tools.hpp"
#include "model/rdf/triples.hpp"
#include "model/dataset_loader.hpp"
#include "exporters/site/example_queries.hpp"
#include "model/challenge_matrix.hpp"
#include "model/error.hpp"
#include "sparql/feature_scan.hpp"
#include "sparql/sparql.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

using namespace vidensgraf;
namespace fs = std::filesystem;

namespace {

const Model& bundled() {
  static const Model model = load_dataset_or_throw(test::bundled_dataset());
  return model;
}

const SparqlEngine& engine() {
  static const SparqlEngine e(bundled());
  return e;
}

std::string nt_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
    case '\\':
      out += "\\\\";
      break;
    case '"':
      out += "\\\"";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    default:
      out += c;
    }
  }
  return out;
}

std::string nt_term(const Term& t) {
  if (t.is_iri()) return "<" + t.value + ">";
  if (t.is_blank()) return "_:" + t.value;
  std::string out = "\"" + nt_escape(t.value) + "\"";
  if (!t.language.empty()) return out + "@" + t.language;
  if (!t.datatype.empty()) return out + "^^<" + t.datatype + ">";
  return out;
}

/// The model's triples as an N-Triples file (written once per run).
fs::path ntriples_file() {
  static const fs::path path = [] {
    const auto dir = test::work_dir("sparql-rdflib");
    std::string text;
    for_each_triple(bundled(), {}, [&](const Triple& t) {
      text += nt_term(t.subject) + " " + nt_term(t.predicate) + " " + nt_term(t.object) + " .\n";
    });
    test::write_file(dir / "data.nt", text);
    return dir / "data.nt";
  }();
  return path;
}

/// A SPARQL JSON term as one comparable string (xsd:string typed literals as plain ones).
std::string json_term(const nlohmann::json& b) {
  const std::string type = b["type"];
  const std::string value = b["value"];
  if (type == "uri") return "<" + value + ">";
  if (type == "bnode") return "_:";
  std::string out = "\"" + value + "\"";
  if (b.contains("xml:lang")) return out + "@" + b["xml:lang"].get<std::string>();
  if (b.contains("datatype") && b["datatype"] != "http://www.w3.org/2001/XMLSchema#string")
    return out + "^^<" + b["datatype"].get<std::string>() + ">";
  return out;
}

/// Rows of a SPARQL JSON result as sorted strings ("var=term ..."), or "ASK true|false".
std::vector<std::string> rows_of(const std::string& json_text) {
  const auto j = nlohmann::json::parse(json_text);
  if (j.contains("boolean")) return {std::string("ASK ") + (j["boolean"].get<bool>() ? "true" : "false")};
  std::vector<std::string> vars = j["head"]["vars"];
  std::sort(vars.begin(), vars.end());
  std::vector<std::string> rows;
  for (const auto& binding : j["results"]["bindings"]) {
    std::string row;
    for (const auto& v : vars)
      row += v + "=" + (binding.contains(v) ? json_term(binding[v]) : "UNBOUND") + " ";
    rows.push_back(row);
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

test::RunResult rdflib(const std::string& query) {
  const auto dir = test::work_dir("sparql-rdflib-query");
  test::write_file(dir / "query.rq", query);
  return test::run_program({"/usr/bin/python3", (test::source_dir() / "tests/sparql/rdflib_query.py").string(),
                            ntriples_file().string(), (dir / "query.rq").string()});
}

const std::string prefixes = "PREFIX vg: <https://w3id.org/vidensgraf/ontology#>\n"
                             "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
                             "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";

std::string error_of(const std::string& query, SparqlOptions options = {}) {
  try {
    engine().run(query, options);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

} // namespace

TEST_CASE("SPARQL answers equal rdflib's on the same triples", "[sparql]") {
  if (!fs::exists("/usr/bin/python3") || rdflib("ASK { }").exit_code != 0) {
    WARN("rdflib (apt python3-rdflib) is not installed; skipped");
    return;
  }
  const std::vector<std::string> queries = {
      "SELECT ?p ?o WHERE { ?p vg:leadOrganisation ?o }",
      "SELECT ?p ?l WHERE { ?p a vg:Project ; vg:label ?l FILTER(lang(?l) = \"da\") }",
      "SELECT ?o (COUNT(?p) AS ?n) WHERE { ?p vg:leadOrganisation ?o } GROUP BY ?o",
      "SELECT ?p ?partner WHERE { ?p a vg:Project OPTIONAL { ?p vg:partner ?partner } }",
      "SELECT DISTINCT ?p ?c WHERE { ?p vg:leadOrganisation ?org . ?case vg:owner ?org . "
      "?case vg:addressesChallenge ?c }",
      "SELECT ?s ?l WHERE { ?s vg:label ?l FILTER(CONTAINS(STR(?l), \"Kommune\")) }",
      "SELECT ?s WHERE { ?s vg:label \"Etik\"@da }",
      "SELECT ?x WHERE { { ?x vg:facesChallenge ?c } UNION { ?x vg:addressesChallenge ?c } }",
      // A UNION that is the whole WHERE clause, each branch whole (the site's first example query).
      "SELECT ?c (COUNT(DISTINCT ?p) AS ?n) WHERE { { ?p a vg:Project ; vg:facesChallenge ?c } UNION { ?p a "
      "vg:Project ; vg:leadOrganisation ?o . ?t vg:owner ?o ; vg:addressesChallenge ?c } UNION { ?p a vg:Project . ?t "
      "vg:concernsProject ?p ; vg:addressesChallenge ?c } } GROUP BY ?c",
      "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
      "SELECT ?s ?p WHERE { ?s ?p ?s }",
      "SELECT ?s ?d WHERE { ?s ?p ?d FILTER(datatype(?d) = xsd:gYear || datatype(?d) = xsd:date) }",
      "SELECT ?p WHERE { ?p vg:facesChallenge <" + bundled().iri(*bundled().find("etik")) + "> }",
      "ASK { ?p vg:partner ?o }",
      "ASK { ?p vg:leadOrganisation ?p }",
  };
  for (const auto& body : queries) {
    const std::string query = prefixes + body;
    INFO(body);
    SparqlOptions options;
    options.format = "json";
    const auto ours = rows_of(engine().run(query, options));
    const auto theirs = rdflib(query);
    REQUIRE(theirs.exit_code == 0);
    CHECK(ours == rows_of(theirs.out));
    CHECK_FALSE(ours.empty());
  }
}

namespace {

/// The lines of an N-Triples text, as a set.
std::set<std::string> lines_of(const std::string& text) {
  std::set<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start) lines.insert(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

} // namespace

TEST_CASE("SPARQL CONSTRUCT gives the same triples as rdflib's", "[sparql]") {
  if (rdflib("ASK { }").exit_code != 0) return;
  const std::string query =
      prefixes + "CONSTRUCT { ?c vg:concernedBy ?p } WHERE { ?p vg:leadOrganisation ?o . ?case vg:owner ?o . "
                 "?case vg:addressesChallenge ?c }";
  SparqlOptions options;
  options.format = "ntriples";
  const auto ours = lines_of(engine().run(query, options));
  const auto theirs = rdflib(query);
  REQUIRE(theirs.exit_code == 0);
  CHECK(ours == lines_of(theirs.out));
  CHECK(ours.size() >= 2);
}

TEST_CASE("SPARQL CONSTRUCT writes the same graph in every RDF syntax", "[sparql]") {
  const std::string query = prefixes + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                                       "CONSTRUCT { ?p vg:leadOrganisation ?o . ?o rdfs:label ?l } WHERE { ?p "
                                       "vg:leadOrganisation ?o . ?o rdfs:label ?l }";
  const auto dir = test::work_dir("sparql-construct-syntaxes");
  SparqlOptions options;
  options.format = "ntriples";
  test::write_file(dir / "construct.nt", engine().run(query, options));
  const std::pair<const char*, const char*> syntaxes[] = {
      {"turtle", "turtle"}, {"rdfxml", "xml"}, {"jsonld", "json-ld"}, {"nquads", "nquads"}};
  for (const auto& [format, rdflib_name] : syntaxes) {
    INFO(format);
    options.format = format;
    const auto file = dir / (std::string("construct.") + format);
    test::write_file(file, engine().run(query, options));
    CHECK(test::rdflib_difference(dir / "construct.nt", "nt", file, rdflib_name).empty());
  }
  options.format = "png";
  CHECK_THROWS_AS(engine().run(query, options), UsageError);
}

TEST_CASE("DESCRIBE gives the resource's concise bounded description, its reifications included", "[sparql]") {
  const std::string kol = "<https://w3id.org/vidensgraf/signaturprojekter/project/kol-region-nord>";
  SparqlOptions nt;
  nt.format = "ntriples";
  const auto described = lines_of(engine().run("DESCRIBE " + kol, nt));
  // Rasqal's own answers, independent of the description's code: the resource's triples, and
  // the statement nodes about it.
  const auto own = lines_of(engine().run("CONSTRUCT { " + kol + " ?p ?o } WHERE { " + kol + " ?p ?o }", nt));
  REQUIRE(!own.empty());
  for (const auto& line : own)
    CHECK(described.contains(line));
  SparqlOptions csv;
  csv.format = "csv";
  const std::string statements =
      engine().run("SELECT ?s WHERE { ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> " + kol + " }", csv);
  std::set<std::string> subjects{kol};
  for (const auto& line : lines_of(statements))
    if (line != "s\r") subjects.insert("<" + line.substr(0, line.size() - 1) + ">");
  REQUIRE(subjects.size() > 1); // the fixture reifies the project's relations
  std::set<std::string> seen;
  for (const auto& line : described) {
    const std::string subject = line.substr(0, line.find(' '));
    CHECK((subjects.contains(subject) || subject.starts_with("_:")));
    seen.insert(subject);
  }
  CHECK(seen == subjects); // every statement about it is described

  // DESCRIBE of a variable describes what the pattern binds.
  const std::string programme_iri = engine().run(prefixes + "SELECT ?p WHERE { ?p a vg:Programme } LIMIT 1", csv);
  const auto by_pattern = lines_of(engine().run(prefixes + "DESCRIBE ?p WHERE { ?p a vg:Programme } LIMIT 1", nt));
  const auto rows = lines_of(programme_iri);
  REQUIRE(rows.size() == 2);
  const std::string iri = *std::find_if(rows.begin(), rows.end(), [](const auto& r) { return r != "p\r"; });
  CHECK(by_pattern == lines_of(engine().run("DESCRIBE <" + iri.substr(0, iri.size() - 1) + ">", nt)));
  CHECK_FALSE(by_pattern.empty());

  CHECK_THROWS_AS(engine().run("DESCRIBE ?x " + kol + " WHERE { ?x ?p ?o }", nt), InputError);
  std::string many = "DESCRIBE ?x WHERE { ?x ?p ?o }";
  for (int i = 0; i < 20000; ++i)
    many += " DESCRIBE ?x";
  CHECK_THROWS_AS(engine().run(many, nt), InputError); // refused at once, not rewritten word by word
  SparqlOptions json;
  json.format = "json";
  CHECK_THROWS_AS(engine().run("DESCRIBE " + kol, json), UsageError);
}

TEST_CASE("the index holds every distinct triple of the RDF form", "[sparql]") {
  std::set<std::string> distinct;
  for_each_triple(bundled(), {}, [&](const Triple& t) {
    distinct.insert(nt_term(t.subject) + nt_term(t.predicate) + nt_term(t.object));
  });
  CHECK(engine().triple_count() == distinct.size());
}

TEST_CASE("features Rasqal 0.9.33 gets wrong are refused with a clear error", "[sparql]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"SELECT ?p WHERE { ?p vg:partner ?o MINUS { ?p vg:facesChallenge ?c } }", "MINUS"},
      {"SELECT ?p WHERE { ?p a vg:Project FILTER NOT EXISTS { ?p vg:partner ?o } }", "FILTER NOT EXISTS"},
      {"SELECT ?p WHERE { VALUES ?p { vg:a vg:b } ?p ?q ?o }", "VALUES with several values"},
      {"SELECT (GROUP_CONCAT(?l; SEPARATOR=\",\") AS ?all) WHERE { ?s vg:label ?l }", "GROUP_CONCAT"},
      {"SELECT ?n WHERE { ?p vg:leadOrganisation/vg:label ?n }", "property path"},
      {"SELECT ?n WHERE { ?p ^vg:owner ?n }", "property path"},
      {"SELECT ?s FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", "FROM"},
      // Rasqal loses the join between a UNION and what else its group holds.
      {"SELECT ?l ?x WHERE { ?c vg:label ?l . ?x a vg:Project . { ?x vg:facesChallenge ?c } UNION { ?x vg:partner ?c } "
       "}",
       "UNION joined with other patterns"},
      {"SELECT ?x WHERE { { ?x vg:facesChallenge ?c } UNION { ?x vg:partner ?c } ?x a vg:Project }",
       "UNION joined with other patterns"},
      {"SELECT ?x WHERE { { ?x vg:facesChallenge ?c } UNION { ?x vg:partner ?c } FILTER(?x != ?c) }",
       "UNION joined with other patterns"},
      {"SELECT ?x WHERE { { SELECT ?x ?c WHERE { { ?x vg:facesChallenge ?c } UNION { ?x vg:partner ?c } } } ?c "
       "vg:label "
       "?l }",
       "UNION joined with other patterns"},
      {"SELECT ?x WHERE { ?x a vg:Project OPTIONAL { { ?x vg:facesChallenge ?c } UNION { ?x vg:partner ?c } } }",
       "UNION joined with other patterns"},
  };
  for (const auto& [body, feature] : cases) {
    INFO(body);
    const auto message = error_of(prefixes + body);
    CHECK_THAT(message, Catch::Contains(feature) && Catch::Contains("not supported") && Catch::Contains("query:4:"));
  }
  // The same words inside strings and IRIs are not features.
  CHECK_FALSE(find_unsupported_feature("SELECT ?s WHERE { ?s ?p \"MINUS or FROM\" . ?s ?q <http://x/a/b> }"));
  CHECK_FALSE(find_unsupported_feature("SELECT (COUNT(*) AS ?n) WHERE { ?s a ?t ; ?p ?o FILTER(?o / 2 > 1 || ?o) }"));
  CHECK_FALSE(find_unsupported_feature("SELECT ?d WHERE { ?s ?p \"2020\"^^xsd:gYear ; ?q ?d } VALUES ?d { 1 }"));
  // A UNION that is the whole WHERE clause, nested or in a group of its own, is fine.
  CHECK_FALSE(find_unsupported_feature("SELECT ?x WHERE { { ?x ?p ?c } UNION { { ?x ?q ?c } UNION { ?x ?r ?c } } . }"));
  CHECK_FALSE(find_unsupported_feature("SELECT ?x { { { ?x ?p ?c . ?c ?q ?d } UNION { ?x ?r ?c } } } LIMIT 5"));
  CHECK_FALSE(find_unsupported_feature("SELECT ?x WHERE { ?x ?p \"a } UNION { b\" }"));
}

TEST_CASE("the site's first example query counts each challenge area's projects as the matrix does", "[sparql]") {
  for (const std::string language : {"en", "da"}) {
    INFO(language);
    std::map<std::string, std::size_t> matrix; // area label -> projects the matrix links to it
    const auto m = challenge_matrix(bundled(), BasisFilter::any, MatrixGrouping::sector, language);
    for (std::size_t c = 0; c < m.challenges.size(); ++c)
      for (const auto& row : m.rows)
        if (row.cells[c].best) ++matrix[std::string(bundled().label(m.challenges[c], language))];
    REQUIRE(matrix.size() >= 3); // the bundled sources link projects to at least three areas
    SparqlOptions options;
    options.format = "json";
    const auto answer =
        nlohmann::json::parse(engine().run(example_query_text(example_queries()[0], language), options));
    std::map<std::string, std::size_t> counted;
    for (const auto& row : answer["results"]["bindings"])
      counted[row["area"]["value"].get<std::string>()] = std::stoul(row["projects"]["value"].get<std::string>());
    CHECK(counted == matrix);
  }
}

TEST_CASE("a malformed query is reported with its line", "[sparql]") {
  const auto message = error_of("SELECT ?s\nWHERE { ?s ?p }\n");
  CHECK_THAT(message, Catch::Contains("query:2") && Catch::Contains("malformed"));
}

TEST_CASE("the row limit and the time limit stop runaway queries", "[sparql]") {
  SparqlOptions options;
  options.row_limit = 10;
  CHECK_THAT(error_of("SELECT * WHERE { ?s ?p ?o }", options), Catch::Contains("more than 10 rows"));
  CHECK_NOTHROW(engine().run("SELECT * WHERE { ?s ?p ?o } LIMIT 10", options));
  options.format = "ntriples";
  CHECK_THAT(error_of("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", options), Catch::Contains("more than 10 triples"));
  SparqlOptions quick;
  quick.timeout_seconds = 0.2;
  quick.row_limit = 1000000000;
  CHECK_THAT(error_of("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", quick),
             Catch::Contains("stopped after"));
}

TEST_CASE("unbound variables are left out of JSON results, as SPARQL 1.1 says", "[sparql]") {
  const auto j = nlohmann::json::parse(
      engine().run(prefixes + "SELECT ?p ?partner WHERE { ?p a vg:Project OPTIONAL { ?p vg:partner ?partner } }", {}));
  std::size_t without = 0;
  for (const auto& b : j["results"]["bindings"])
    without += b.contains("partner") ? 0 : 1;
  CHECK(without > 0); // most projects name no partner
  CHECK(j.dump().find("unbound") == std::string::npos);
}

TEST_CASE("formats follow the query form", "[sparql]") {
  SparqlOptions csv;
  csv.format = "csv";
  CHECK(engine()
            .run(prefixes + "SELECT ?o WHERE { ?p vg:leadOrganisation ?o . ?o vg:label \"Rigshospitalet\"@da } LIMIT 1",
                 csv)
            .rfind("o\r\n", 0) == 0);
  CHECK(engine().run(prefixes + "SELECT ?o ?p WHERE { ?p vg:leadOrganisation ?o . ?o vg:label \"nobody\" }", csv) ==
        "o,p\r\n");
  CHECK_THROWS_AS(engine().run("ASK { ?s ?p ?o }", csv), UsageError);
  SparqlOptions turtle;
  turtle.format = "turtle";
  CHECK_THROWS_AS(engine().run("SELECT * WHERE { ?s ?p ?o } LIMIT 1", turtle), UsageError);
  SparqlOptions table;
  table.format = "table";
  CHECK(engine().run("ASK { ?s ?p ?o }", table) == "true\n");
}
