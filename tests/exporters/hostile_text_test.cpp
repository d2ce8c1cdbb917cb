// The worst text we could think of (tests/data/hostile/dataset) through every output: every RDF
// syntax, JSON-LD and the dataset description, every diagram view in every format, the site and
// the server (pages, documents, SPARQL). Each output is read back by an independent parser
// (rapper, serdi, rdflib, jsonld.js, dot, xmllint, Python's XML parser): no crash, no corrupt
// file, no markup taken from the data, the values exactly as loaded, or a clear refusal.
// Hostile ids and an encoded surrogate are refused with file:line:column.
#include "model/rdf/syntax.hpp"
#include "support/rdf_tools.hpp"
#include "model/dataset_loader.hpp"
#include "model/error.hpp"
#include "server/linked_data_server.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <regex>
#include <thread>

namespace fs = std::filesystem;
using namespace vidensgraf;
using namespace vidensgraf::test;
using nlohmann::json;

namespace {

const std::string base = "https://example.org/hostile-all/";
const std::string rdfs_label = "http://www.w3.org/2000/01/rdf-schema#label";
const std::string vg_description = "https://w3id.org/vidensgraf/ontology#description";
const std::string dct_title = "http://purl.org/dc/terms/title";

fs::path fixture(const std::string& name) {
  return data_dir() / "hostile" / name;
}

/// The fixture without tools.csv, whose C0 controls neither RDF/XML nor HTML can carry.
fs::path without_controls(const fs::path& work) {
  const fs::path copy = work / "no-controls";
  fs::copy(fixture("dataset"), copy, fs::copy_options::recursive);
  fs::remove(copy / "tools.csv");
  return copy;
}

/// What an entity's text attribute holds after loading, as rdf_check.py prints literals: the
/// sorted [lexical form, language, datatype] of each value. Every output must carry exactly this.
json loaded_values(const Model& model, const std::string& entity, const std::string& attribute) {
  const auto v = model.find(entity);
  REQUIRE(v);
  std::vector<std::vector<std::string>> values;
  for (const auto& value : model.entity(*v).values)
    if (model.schema().attribute(value.attribute).name == attribute)
      values.push_back({value.value, model.language(value.language), ""});
  std::sort(values.begin(), values.end());
  return values;
}

/// The cases compared in every RDF output: (entity, predicate IRI, attribute name).
struct ValueCase {
  std::string entity, predicate, attribute;
};
std::vector<ValueCase> value_cases(bool with_controls) {
  std::vector<ValueCase> cases{{"project/evil", rdfs_label, "label"},
                               {"project/evil", vg_description, "description"},
                               {"organisation/org", rdfs_label, "label"},
                               {"challenge/sprog", rdfs_label, "label"},
                               {"challenge/sprog", vg_description, "description"},
                               {"source/rapport", rdfs_label, "label"}};
  if (with_controls) cases.push_back({"tool/controls", rdfs_label, "label"});
  return cases;
}

/// Checks that `file` (in rdf_check.py's `format`) holds exactly the loaded values.
void check_values(const Model& model, const fs::path& file, const std::string& format, bool with_controls) {
  for (const auto& c : value_cases(with_controls)) {
    INFO(file.filename().string() << ": " << c.entity << " " << c.predicate);
    const json expected = loaded_values(model, c.entity, c.attribute);
    REQUIRE_FALSE(expected.empty());
    CHECK(json::parse(rdflib_values(file, format, base + c.entity, c.predicate)) == expected);
  }
}

/// Python's XML parser over an XHTML page or SVG: the type of every script element anywhere
/// (inline SVG included) and every element name, to see markup the data might have injected.
json scripts_and_elements(const fs::path& file) {
  static const char* program = R"(
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
names = sorted({e.tag.split('}')[-1] for e in root.iter()})
scripts = [e.get('type') or 'src=' + (e.get('src') or '') for e in root.iter() if e.tag.split('}')[-1] == 'script']
print(json.dumps({'names': names, 'scripts': scripts}))
)";
  const auto run = run_program({"/usr/bin/python3", "-c", program, file.string()});
  INFO(file << ": " << run.err);
  REQUIRE(run.exit_code == 0);
  return json::parse(run.out);
}

/// Elements no data may ever produce in a page or a diagram.
void check_no_injected_elements(const fs::path& file) {
  const json seen = scripts_and_elements(file);
  INFO(file);
  // JSON-LD, and on the search page the site's own index and script, loaded from beside it.
  for (const auto& type : seen["scripts"])
    CHECK((type == "application/ld+json" || type == "src=search-index.js" || type == "src=search.js"));
  for (const char* injected : {"b", "i", "em", "img", "image", "iframe", "object", "foreignObject", "x", "h2x"})
    CHECK(std::find(seen["names"].begin(), seen["names"].end(), injected) == seen["names"].end());
}

bool xmllint_ok(const std::vector<fs::path>& files) {
  std::vector<std::string> args{"xmllint", "--noout"};
  for (const auto& f : files)
    args.push_back(f.string());
  const auto run = run_program(args);
  INFO(run.err.substr(0, 2000));
  return run.exit_code == 0 && run.err.empty();
}

/// Text as a diagram shows it: every run of spaces and control characters becomes one space.
std::string as_shown(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool blank = static_cast<unsigned char>(c) <= 0x20 || c == 0x7F;
    if (blank && (out.empty() || out.back() == ' ')) continue;
    out += blank ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  return out;
}

json inspect_svg(const fs::path& file) {
  const auto run =
      run_program({"/usr/bin/python3", (source_dir() / "tests" / "exporters" / "diagram" / "svg_inspect.py").string(),
                   file.string()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return json::parse(run.out);
}

bool any_starts_with(const json& list, const std::string& prefix) {
  return std::any_of(list.begin(), list.end(),
                     [&](const json& s) { return s.get<std::string>().rfind(prefix, 0) == 0; });
}

bool any_contains(const json& list, const std::string& part) {
  return std::any_of(list.begin(), list.end(),
                     [&](const json& s) { return s.get<std::string>().find(part) != std::string::npos; });
}

void check_rdf_exports(const Model& model, const fs::path& full, const fs::path& clean, const fs::path& dir) {
  for (const auto& format : rdf_formats) {
    const std::string name(format.name);
    INFO(name);
    const fs::path file = dir / ("data." + std::string(format.extension));
    bool controls = true;
    if (format.format == RdfFormat::rdfxml) {
      // XML 1.0 cannot carry U+0001..U+001F but tab, LF and CR: refused, naming the entity.
      const auto refused = export_to(full, name, file);
      CHECK(refused.exit_code == 1);
      CHECK_THAT(refused.err, Catch::Contains("contains the character U+00") &&
                                  Catch::Contains("which XML 1.0 cannot carry") &&
                                  Catch::Contains("entity <" + base + "tool/controls>"));
      CHECK_FALSE(fs::exists(file));
      controls = false;
    }
    const auto run = export_to(controls ? full : clean, name, file);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    switch (format.format) {
    case RdfFormat::turtle:
      CHECK(rapper_count(file, "turtle"));
      CHECK(serdi_count(file, "turtle"));
      check_values(model, file, "turtle", controls);
      break;
    case RdfFormat::ntriples:
      CHECK(rapper_count(file, "ntriples"));
      CHECK(serdi_count(file, "ntriples"));
      check_values(model, file, "nt", controls);
      break;
    case RdfFormat::nquads:
      CHECK(rapper_count(file, "nquads"));
      CHECK(serdi_count(file, "nquads"));
      check_values(model, file, "nquads", controls);
      break;
    case RdfFormat::rdfxml:
      CHECK(rapper_count(file, "rdfxml"));
      CHECK(xmllint_ok({file}));
      check_values(model, file, "xml", controls);
      break;
    case RdfFormat::rdfjson:
      CHECK(rapper_count(file, "json"));
      check_values(model, file, "rdfjson", controls);
      break;
    case RdfFormat::jsonld:
      if (node_ready()) {
        const auto expanded = jsonld_to_nquads(file, dir / "jsonld.nq");
        INFO(expanded.err);
        REQUIRE(expanded.exit_code == 0);
        check_values(model, dir / "jsonld.nq", "nquads", controls);
      }
      check_values(model, file, "json-ld", controls);
      break;
    }
  }

  // The dataset description carries the metadata's hostile title (CR, LF, U+202E, markup) on the
  // dcat:Dataset.
  static const char* titles = R"(
import json, sys
from rdflib import Graph, URIRef
g = Graph()
g.parse(sys.argv[1], format=sys.argv[2])
print(json.dumps(sorted([str(o), o.language] for s in g.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef("http://www.w3.org/ns/dcat#Dataset")) for o in g.objects(s, URIRef(sys.argv[3])) if o.language)))
)";
  const json expected_titles =
      json::array({json::array({"Fjendtlig <script>alert('t')</script> \"]; node [ shape=box ] \\N &amp; ]]>", "da"}),
                   json::array({"Hostile \u202Egnp.exe\u202C \u05E2\u05D1\u05E8\u05D9\u05EA "
                                "\u0627\u0644\u0639\u0631\u0628\u064A\u0629\r\nline two",
                                "en"})});
  for (const auto& [name, parser] : std::vector<std::pair<std::string, std::string>>{
           {"turtle", "turtle"}, {"ntriples", "turtle"}, {"rdfxml", "xml"}, {"jsonld", "json-ld"}}) {
    INFO("dataset description in " << name);
    // The file's extension must agree with --format (a contradiction is a usage error).
    const fs::path file = dir / ("dataset." + std::string(info(*find_rdf_format(name)).extension));
    const auto run = export_to(full, name, file, {"--what", "dataset"});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const auto read = run_program({"/usr/bin/python3", "-c", titles, file.string(), parser, dct_title});
    INFO(read.err);
    REQUIRE(read.exit_code == 0);
    CHECK(json::parse(read.out) == expected_titles);
  }
}

void check_diagrams(const Model& model, const fs::path& full, const fs::path& dir) {
  const std::string label = std::string(model.label(*model.find("project/evil"), "da"));
  const std::vector<std::vector<std::string>> views = {{"overview"},
                                                       {"overview", "--full"},
                                                       {"focus", "project/evil"},
                                                       {"focus", "organisation/org", "--depth", "2"},
                                                       {"challenges"},
                                                       {"ontology"}};
  for (const auto& view : views) {
    const std::string stem = view.front() + std::to_string(view.size());
    json shown_titles;
    for (const std::string format : {"svg", "png", "pdf", "dot"}) {
      INFO(stem << " " << format);
      const fs::path file = dir / (stem + "." + format);
      std::vector<std::string> args{"diagram"};
      args.insert(args.end(), view.begin(), view.end());
      args.insert(args.end(), {"--format", format, "-o", file.string()});
      if (view.front() != "ontology") args.push_back(full.string());
      const auto run = run_vidensgraf(args);
      INFO(run.err);
      REQUIRE(run.exit_code == 0);
      const std::string bytes = read_file(file);
      if (format == "svg") {
        CHECK(xmllint_ok({file}));
        check_no_injected_elements(file);
        const json shown = inspect_svg(file);
        for (const auto& href : shown["hrefs"])
          CHECK(href.get<std::string>().rfind("https://", 0) == 0);
        shown_titles = shown["titles"];
        const bool by_kind = view == std::vector<std::string>{"overview"}; // kinds, no entity labels
        if (view.front() != "ontology" && view.front() != "challenges" && !by_kind) {
          // The label whole in the tooltip, controls shown as spaces; Graphviz's \N not expanded.
          CHECK(any_starts_with(shown["titles"], "Projekt: " + as_shown(label)));
          CHECK(any_contains(shown["texts"], "\\N"));
        }
      } else if (format == "png") {
        CHECK(bytes.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
        CHECK(bytes.size() > 12);
        CHECK(bytes.substr(bytes.size() - 8, 4) == "IEND");
      } else if (format == "pdf") {
        CHECK(bytes.rfind("%PDF-", 0) == 0);
        CHECK(bytes.find("%%EOF", bytes.size() - 32) != std::string::npos);
      } else {
        // dot reads our DOT back and draws the same tooltips as our own SVG.
        const fs::path again = dir / (stem + "-from-dot.svg");
        const auto drawn = run_program({"dot", "-Tsvg", "-o", again.string(), file.string()});
        INFO(drawn.err);
        REQUIRE(drawn.exit_code == 0);
        CHECK(xmllint_ok({again}));
        check_no_injected_elements(again);
        // The same tooltips, in whatever order the dot program lays them out.
        auto titles = inspect_svg(again)["titles"].get<std::vector<std::string>>();
        auto ours = shown_titles.get<std::vector<std::string>>();
        std::sort(titles.begin(), titles.end());
        std::sort(ours.begin(), ours.end());
        CHECK(titles == ours);
      }
    }
  }
}

std::vector<fs::path> pages_of(const fs::path& site) {
  std::vector<fs::path> pages;
  for (const auto& entry : fs::recursive_directory_iterator(site))
    if (entry.path().extension() == ".html") pages.push_back(entry.path());
  std::sort(pages.begin(), pages.end());
  return pages;
}

/// The page of project/evil in `lang` shows its label and description in that language, as text.
void check_page_shows(const Model& model, const fs::path& page, const char* lang) {
  const auto run =
      run_program({"/usr/bin/python3", (source_dir() / "tests" / "exporters" / "site" / "site_check.py").string(),
                   "page", page.string()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const json shown = json::parse(run.out);
  const auto evil = *model.find("project/evil");
  // An XML parser reads "\r\n" and a lone "\r" as "\n" (XML 1.0 section 2.11).
  std::string label(model.label(evil, lang));
  label = std::regex_replace(label, std::regex("\r\n?"), "\n");
  CHECK(shown["h1"].get<std::string>().find(label) != std::string::npos);
  const auto description = model.schema().require_attribute("description");
  // The 100 kB description or the right-to-left text, whole and as text.
  CHECK(shown["text"].get<std::string>().find(std::string(model.text(evil, description, lang))) != std::string::npos);
}

void check_site(const Model& model, const fs::path& full, const fs::path& clean, const fs::path& dir) {
  // The C0 controls cannot go into HTML or RDF/XML: the whole site is refused, nothing written.
  const auto refused = run_vidensgraf({"site", "-o", (dir / "refused").string(), full.string()});
  CHECK(refused.exit_code == 1);
  CHECK_THAT(refused.err, Catch::Contains("which XML 1.0 cannot carry") && Catch::Contains(base + "tool/controls"));
  CHECK_FALSE(fs::exists(dir / "refused"));

  const fs::path site = dir / "site";
  const auto run = run_vidensgraf({"site", "-o", site.string(), clean.string()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const fs::path checker = source_dir() / "tests" / "exporters" / "site" / "site_check.py";
  for (const char* what : {"pages", "jsonld"}) {
    const auto check = run_program({"/usr/bin/python3", checker.string(), what, site.string()});
    INFO(what << ": " << check.out << check.err);
    CHECK(check.exit_code == 0);
  }
  const auto pages = pages_of(site);
  REQUIRE(pages.size() > 10);
  CHECK(xmllint_ok(pages));
  for (const auto& page : pages)
    check_no_injected_elements(page);
  check_page_shows(model, site / "project" / "evil.html", "en");
  check_page_shows(model, site / "project" / "evil.da.html", "da");

  const fs::path doc = site / "project" / "evil";
  CHECK(json::parse(rdflib_values(doc.string() + ".ttl", "turtle", base + "project/evil", rdfs_label)) ==
        loaded_values(model, "project/evil", "label"));
  CHECK(json::parse(rdflib_values(doc.string() + ".nt", "nt", base + "project/evil", vg_description)) ==
        loaded_values(model, "project/evil", "description"));
  CHECK(json::parse(rdflib_values(doc.string() + ".rdf", "xml", base + "project/evil", rdfs_label)) ==
        loaded_values(model, "project/evil", "label"));
  CHECK(json::parse(rdflib_values(doc.string() + ".jsonld", "json-ld", base + "project/evil", vg_description)) ==
        loaded_values(model, "project/evil", "description"));
}

/// The linked-data server over `dataset` on a free loopback port, stopped at the end.
class Server {
public:
  explicit Server(const fs::path& dataset) : server_(load_dataset_or_throw(dataset), ServerOptions{}) {
    port_ = server_.bind("127.0.0.1", 0);
    thread_ = std::thread([this] { server_.run(); });
  }
  ~Server() {
    server_.stop();
    thread_.join();
  }
  httplib::Result get(const std::string& path, const std::string& accept) {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60);
    return c.Get(path.c_str(), httplib::Headers{{"Accept", accept}});
  }
  httplib::Result sparql(const std::string& query, const std::string& accept) {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60);
    return c.Get("/sparql", httplib::Params{{"query", query}}, httplib::Headers{{"Accept", accept}});
  }

private:
  LinkedDataServer server_;
  int port_ = 0;
  std::thread thread_;
};

void check_server(const Model& model, const fs::path& full, const fs::path& clean, const fs::path& dir) {
  CHECK_THROWS_WITH(Server(full),
                    Catch::Contains("which XML 1.0 cannot carry") && Catch::Contains(base + "tool/controls"));

  Server server(clean);
  const auto redirect = server.get("/project/evil", "text/html");
  REQUIRE(redirect);
  REQUIRE(redirect->status == 303);
  const auto html = server.get(redirect->get_header_value("Location"), "text/html");
  REQUIRE(html);
  REQUIRE(html->status == 200);
  write_file(dir / "served.html", html->body);
  CHECK(xmllint_ok({dir / "served.html"}));
  check_no_injected_elements(dir / "served.html");
  check_page_shows(model, dir / "served.html", "en");

  const auto turtle = server.get("/project/evil", "text/turtle");
  REQUIRE(turtle);
  REQUIRE(turtle->status == 303);
  const auto ttl = server.get(turtle->get_header_value("Location"), "text/turtle");
  REQUIRE(ttl);
  REQUIRE(ttl->status == 200);
  write_file(dir / "served.ttl", ttl->body);
  CHECK(json::parse(rdflib_values(dir / "served.ttl", "turtle", base + "project/evil", vg_description)) ==
        loaded_values(model, "project/evil", "description"));

  // SPARQL: the labels and descriptions come back exactly, in JSON and in (well-formed) XML.
  for (const auto& [predicate, attribute] :
       std::vector<std::pair<std::string, std::string>>{{rdfs_label, "label"}, {vg_description, "description"}}) {
    const std::string query = "SELECT ?v WHERE { <" + base + "project/evil> <" + predicate + "> ?v }";
    const auto answer = server.sparql(query, "application/sparql-results+json");
    REQUIRE(answer);
    INFO(answer->body.substr(0, 500));
    REQUIRE(answer->status == 200);
    std::vector<std::vector<std::string>> values;
    const json parsed = json::parse(answer->body); // kept: a range-for over a temporary's member dangles
    for (const auto& b : parsed["results"]["bindings"])
      values.push_back({b["v"]["value"], b["v"].value("xml:lang", ""), ""});
    std::sort(values.begin(), values.end());
    CHECK(json(values) == loaded_values(model, "project/evil", attribute));
    const auto xml = server.sparql(query, "application/sparql-results+xml");
    REQUIRE(xml);
    REQUIRE(xml->status == 200);
    write_file(dir / "answer.srx", xml->body);
    CHECK(xmllint_ok({dir / "answer.srx"}));
  }
}

void check_refused_inputs() {
  // Ids: each refused where it stands, the message on one line with controls and bidi escaped.
  const auto ids_run = run_vidensgraf({"validate", fixture("bad-ids").string()});
  CHECK(ids_run.exit_code == 1);
  const std::string ids = ids_run.out + ids_run.err; // validate reports on standard output
  const std::string file = (fixture("bad-ids") / "projects.csv").string();
  // Line numbers: the id with a line feed spans lines 11-12, the one with a lone CR 13-14.
  for (int line : {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 16, 17}) {
    INFO(line);
    CHECK_THAT(ids, Catch::Contains(file + ":" + std::to_string(line) + ":1: error: bad id '"));
  }
  CHECK_THAT(ids, Catch::Contains("bad id 'a\\x1B[2Jb'") && Catch::Contains("bad id 'a\\u202Eb'") &&
                      Catch::Contains("bad id 'line\\x0Abreak'"));
  for (const char* raw : {"\x1b", "\x01", "\r", "\xE2\x80\xAE"}) {
    INFO("raw byte " << static_cast<int>(static_cast<unsigned char>(raw[0])));
    CHECK(ids.find(raw) == std::string::npos);
  }
  const auto exported = run_vidensgraf({"export", "--format", "turtle", fixture("bad-ids").string()});
  CHECK(exported.exit_code == 1);
  CHECK(exported.out.empty());

  // Bytes ED A0 80 encode the surrogate U+D800 (CESU-8): not UTF-8, refused at its column.
  const auto surrogate = run_vidensgraf({"validate", fixture("surrogate").string()});
  CHECK(surrogate.exit_code == 1);
  CHECK_THAT(surrogate.out, Catch::Contains((fixture("surrogate") / "projects.csv").string() +
                                            ":3:11: error: invalid UTF-8 (byte 0xED)"));
  // The same in RDF input: as bytes, refused at line and column before Raptor reads them; as an
  // escape (\uD800), which Raptor decodes to those bytes, refused at its line.
  const auto bytes = run_vidensgraf({"validate", fixture("surrogate-bytes.ttl").string()});
  CHECK(bytes.exit_code == 1);
  CHECK_THAT(bytes.out,
             Catch::Contains(fixture("surrogate-bytes.ttl").string() + ":4:20: error: invalid UTF-8 (byte 0xED)"));
  const auto escape = run_vidensgraf({"export", "--format", "jsonld", fixture("surrogate-escape.ttl").string()});
  CHECK(escape.exit_code == 1);
  CHECK(escape.out.empty());
  CHECK_THAT(escape.err, Catch::Contains(fixture("surrogate-escape.ttl").string() +
                                         ":4: error: invalid UTF-8 (byte 0xED) after \"Halv \" in a literal"));
}

} // namespace

TEST_CASE("hostile text goes through every output intact, or is refused clearly", "[hostile]") {
  const fs::path dir = work_dir("hostile-text");
  const fs::path full = fixture("dataset");
  const fs::path clean = without_controls(dir);
  const Model model = load_dataset_or_throw(full);
  // The loader kept what the fixture holds: the checks below compare against it.
  const auto evil = *model.find("project/evil");
  CHECK(model.label(evil, "en").find("\r\n") != std::string_view::npos);
  CHECK(model.label(evil, "en").find("three\rline") != std::string_view::npos);
  CHECK(model.text(evil, model.schema().require_attribute("description"), "en").size() >= 100000);
  CHECK(model.label(*model.find("tool/controls"), "da").find('\x01') != std::string_view::npos);

  check_rdf_exports(model, full, clean, dir);
  check_diagrams(model, full, dir);
  check_site(model, full, clean, dir);
  check_server(model, full, clean, dir);
  check_refused_inputs();
}
