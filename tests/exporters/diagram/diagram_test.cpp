// Diagrams: text helpers, golden DOT for a tiny fixture, determinism, hostile labels, every view
// of the bundled dataset in every format (checked by xmllint, Python's XML parser and `dot`), and
// the refusal of a diagram too large to read.
#include "exporters/diagram/render.hpp"
#include "exporters/diagram/text.hpp"
#include "exporters/diagram/views.hpp"
#include "model/dataset_loader.hpp"
#include "model/error.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>
#include <thread>

using namespace vidensgraf;
namespace fs = std::filesystem;

namespace {

fs::path tiny_dataset() {
  return test::data_dir() / "diagram" / "tiny";
}

const Model& tiny_model() {
  static const Model model = load_dataset_or_throw(tiny_dataset());
  return model;
}

const Model& bundled_model() {
  static const Model model = load_dataset_or_throw(test::bundled_dataset());
  return model;
}

// What an SVG file shows, read by Python's XML parser (tests/exporters/diagram/svg_inspect.py).
nlohmann::json inspect_svg(const fs::path& file) {
  const auto run = test::run_program(
      {"/usr/bin/python3", (test::source_dir() / "tests" / "exporters" / "diagram" / "svg_inspect.py").string(),
       file.string()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return nlohmann::json::parse(run.out);
}

bool contains(const nlohmann::json& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::vector<std::string> edge_triples(const Diagram& d) {
  std::vector<std::string> out;
  for (const auto& e : d.edges)
    out.push_back(e.from + " " + e.to + " " + std::to_string(static_cast<int>(e.basis)));
  return out;
}

} // namespace

TEST_CASE("labels are wrapped at spaces and shortened without splitting a UTF-8 character", "[diagram]") {
  using detail::wrap_lines;
  // "sygdomsforværring blandt" is 24 characters but 25 bytes: it still fits a 24-character line.
  CHECK(wrap_lines("Prædiktion af sygdomsforværring blandt KOL-patienter", 24, 3) ==
        std::vector<std::string>{"Prædiktion af", "sygdomsforværring blandt", "KOL-patienter"});
  // A word longer than a line is split between characters; the last kept line ends in an ellipsis.
  CHECK(wrap_lines("ææææææææææ", 4, 2) == std::vector<std::string>{"ææææ", "æææ…"});
  CHECK(detail::shorten("Københavns Kommune", 5) == "Købe…");
  CHECK(detail::shorten("kort", 5) == "kort");
  CHECK(detail::clean_text("a\n\tb  c\x01") == "a b c");
  CHECK(detail::clean_text("ab\xFF"
                           "cd") == "ab"); // cut at the first invalid byte
}

TEST_CASE("text from the data is escaped for each Graphviz context", "[diagram]") {
  CHECK(detail::esc_string(R"(a\N&b)") == R"(a\\N&amp;b)");
  CHECK(detail::esc_lines({"a\\", "b"}) == R"(a\\\nb)");
  CHECK(detail::html_escape(R"(<IMG SRC="x">&'\)") == R"(&lt;IMG SRC=&quot;x&quot;&gt;&amp;&#39;\\)");
  CHECK(detail::esc_tooltip(R"(a\b&)") == R"(a\\\\b&amp;)");
}

TEST_CASE("only http(s) and relative links are kept", "[diagram]") {
  using detail::is_safe_link;
  CHECK(is_safe_link("https://example.org/tiny/project/p1"));
  CHECK(is_safe_link("http://example.org/"));
  CHECK(is_safe_link("project/p1.html"));
  CHECK(is_safe_link("../page?x=1#top"));
  CHECK_FALSE(is_safe_link("javascript:alert(1)"));
  CHECK_FALSE(is_safe_link("JavaScript:alert(1)//x"));
  CHECK_FALSE(is_safe_link("data:text/html,<b>x</b>"));
  CHECK_FALSE(is_safe_link("file:///etc/passwd"));
  CHECK_FALSE(is_safe_link("//evil.example/"));
  CHECK_FALSE(is_safe_link("https://example.org/a b"));
  CHECK_FALSE(is_safe_link("https://example.org/\"onmouseover=x"));
  CHECK_FALSE(is_safe_link(""));
}

TEST_CASE("the DOT of the tiny fixture matches the golden files", "[diagram]") {
  // The golden files were read against tests/data/diagram/tiny: p1 leads org1 and states Data; the
  // case owned by org1 addresses Jura, so p1 meets Jura indirectly; p2's Jura link is curated.
  DiagramOptions options;
  CHECK(render_diagram(focus_diagram(tiny_model(), "p1", options), DiagramFormat::dot) ==
        test::read_file(test::data_dir() / "diagram" / "tiny-focus-p1.dot"));
  CHECK(render_diagram(challenges_diagram(tiny_model(), options), DiagramFormat::dot) ==
        test::read_file(test::data_dir() / "diagram" / "tiny-challenges.dot"));
}

TEST_CASE("the challenges view shows stated, curated and indirect links", "[diagram]") {
  DiagramOptions options;
  const Diagram all = challenges_diagram(tiny_model(), options);
  CHECK(edge_triples(all) == std::vector<std::string>{"project/p1 challenge/data 0", "project/p1 challenge/jura 2",
                                                      "project/p2 challenge/jura 1"});
  // Without curated links, p2 still meets Jura through its partner org1, which owns the case.
  options.curated = false;
  const Diagram stated = challenges_diagram(tiny_model(), options);
  CHECK(edge_triples(stated) == std::vector<std::string>{"project/p1 challenge/data 0", "project/p1 challenge/jura 2",
                                                         "project/p2 challenge/jura 2"});
  // Only through lead organisations (and the case's links): p2's partner path is gone.
  options.relations = {"leadOrganisation", "owner", "addressesChallenge", "facesChallenge"};
  CHECK(edge_triples(challenges_diagram(tiny_model(), options)) ==
        std::vector<std::string>{"project/p1 challenge/data 0", "project/p1 challenge/jura 2"});
}

TEST_CASE("focus follows relations both ways up to the depth, with filters", "[diagram]") {
  DiagramOptions options;
  const Diagram one = focus_diagram(tiny_model(), "project/p2", options);
  std::vector<std::string> names;
  for (const auto& n : one.nodes)
    names.push_back(n.name + (n.focus ? "*" : ""));
  CHECK(names == std::vector<std::string>{"project/p2*", "organisation/org1", "organisation/org2", "challenge/jura"});
  CHECK(one.legend_kinds.size() == 3);
  CHECK(one.legend_bases == std::vector<LinkBasis>{LinkBasis::stated, LinkBasis::curated});
  options.depth = 2; // and p1 (led by org1) and case1 (owned by org1, addresses Jura)
  CHECK(focus_diagram(tiny_model(), "p2", options).nodes.size() == 6);
  options.depth = 1;
  options.curated = false;
  CHECK(focus_diagram(tiny_model(), "p2", options).nodes.size() == 3);
  options.kinds = {"Project", "organisations"}; // a kind by name or by table
  CHECK(focus_diagram(tiny_model(), "p2", options).nodes.size() == 3);
  CHECK_THROWS_AS(focus_diagram(tiny_model(), "nobody", options), UsageError);
  options.kinds = {"Planet"};
  CHECK_THROWS_WITH(focus_diagram(tiny_model(), "p2", options), Catch::Contains("unknown kind 'Planet'"));
}

// A project of the generated model of 100 entities with seventeen neighbours (p16, seed 7).
const Model& generated_model() {
  static const Model model = [] {
    const fs::path dir = test::work_dir("diagram-generated-focus");
    const auto gen = test::run_vidensgraf({"generate", "--entities", "100", "--seed", "7", (dir / "data").string()});
    REQUIRE(gen.exit_code == 0);
    return load_dataset_or_throw(dir / "data");
  }();
  return model;
}

TEST_CASE("focus draws at most nine neighbours of one entity, the largest groups collapsed", "[diagram]") {
  DiagramOptions options;
  for (const int depth : {1, 2}) {
    options.depth = depth;
    const Diagram d = focus_diagram(generated_model(), "p16", options);
    INFO("--depth " << depth);
    std::set<std::string> names;
    for (const auto& node : d.nodes)
      CHECK(names.insert(node.name).second); // two groups of one hub and kind have their own nodes
    std::set<std::string> neighbours;
    for (const auto& edge : d.edges) {
      if (edge.from == "project/p16") neighbours.insert(edge.to);
      if (edge.to == "project/p16") neighbours.insert(edge.from);
    }
    CHECK(neighbours.size() <= 9);
    CHECK(std::any_of(d.nodes.begin(), d.nodes.end(), [](const DiagramNode& n) { return n.group; }));
    CHECK(d.nodes.size() <= options.max_nodes + 2); // a group stands for at least two
  }
}

TEST_CASE("focus past one step draws each ring as a column, every edge laid out outwards", "[diagram]") {
  DiagramOptions options;
  CHECK_FALSE(focus_diagram(generated_model(), "p16", options).left_to_right);
  options.depth = 2;
  // Six boxes or fewer stay in rows (five here: columns made the drawing wider than rows did).
  CHECK_FALSE(focus_diagram(bundled_model(), "forankring-af-dataejerskab", options).left_to_right);
  for (const Model* model : {&generated_model(), &bundled_model()}) {
    const Diagram d = focus_diagram(*model, model == &bundled_model() ? "rehabilitering-aalborg" : "p16", options);
    CHECK(d.left_to_right);
    CHECK(d.stacks.empty());
    std::map<std::string, int> column;
    for (const auto& node : d.nodes) {
      CHECK(node.rank_group >= 0);
      CHECK(node.rank_group <= 2);
      column[node.name] = node.rank_group;
    }
    for (const auto& node : d.nodes)
      if (node.focus) CHECK(node.rank_group == 0);
    for (const auto& edge : d.edges) {
      const auto& [inner, outer] =
          edge.laid_out_backwards ? std::pair{edge.to, edge.from} : std::pair{edge.from, edge.to};
      INFO(edge.from << " -> " << edge.to);
      CHECK(column[inner] <= column[outer]);
    }
  }
}

TEST_CASE("labels with quotes, backslashes, markup and <IMG> render as text", "[diagram]") {
  const fs::path dir = test::work_dir("diagram-hostile");
  DiagramOptions full;
  full.full = true; // every entity, with its label
  const std::string svg = render_diagram(overview_diagram(tiny_model(), full), DiagramFormat::svg);
  test::write_file(dir / "tiny.svg", svg);
  const nlohmann::json shown = inspect_svg(dir / "tiny.svg");
  // The label `Projekt "Ét" \N & <b>fed</b>` + line break + `<IMG SRC="/etc/passwd">`, wrapped at 24.
  CHECK(contains(shown["texts"], R"(Projekt "Ét" \N &)"));
  CHECK(contains(shown["texts"], "<b>fed</b> <IMG"));
  CHECK(contains(shown["texts"], R"(SRC="/etc/passwd">)"));
  CHECK(contains(shown["titles"],
                 R"(Projekt: Projekt "Ét" \N & <b>fed</b> <IMG SRC="/etc/passwd"> — Beskrivelse & <i>mere</i>)"));
  CHECK(contains(shown["texts"], "Kommune & Co"));
  for (const char* tag : {"image", "b", "IMG", "img", "script", "foreignObject"})
    CHECK_FALSE(contains(shown["tags"], tag));
  for (const auto& href : shown["hrefs"])
    CHECK(href.get<std::string>().rfind("https://example.org/tiny/", 0) == 0);
  // PNG goes through cairo's own text path; it must render too (an <IMG> taken as markup would read the file).
  CHECK(render_diagram(overview_diagram(tiny_model(), full), DiagramFormat::png).rfind("\x89PNG\r\n\x1a\n", 0) == 0);
}

TEST_CASE("the same model gives byte-identical SVG and DOT", "[diagram]") {
  for (const Model* model : {&tiny_model(), &bundled_model()}) {
    const Diagram overview = overview_diagram(*model, {});
    CHECK(render_diagram(overview, DiagramFormat::dot) == render_diagram(overview, DiagramFormat::dot));
    // The overview's SVG is compared across processes below: a second clustered dot layout in one
    // process ended in a double free inside Graphviz's dot_layout cleanup (under investigation).
    // The dot layout gives the same SVG on a second render in one process; sfdp keeps some state
    // between layouts in one process, so it is compared across processes (below and in [large]).
    const Diagram challenges = challenges_diagram(*model, {});
    REQUIRE(layout_engine_for(challenges.nodes.size(), challenges.edges.size()) == "dot");
    CHECK(render_diagram(challenges, DiagramFormat::svg) == render_diagram(challenges, DiagramFormat::svg));
  }
  for (const auto& dataset : {tiny_dataset(), test::bundled_dataset()}) {
    for (const char* view : {"overview", "challenges"}) {
      const auto a = test::run_vidensgraf({"diagram", view, "--format", "svg", dataset.string()});
      const auto b = test::run_vidensgraf({"diagram", view, "--format", "svg", dataset.string()});
      REQUIRE(a.exit_code == 0);
      CHECK(a.out == b.out);
    }
  }
}

TEST_CASE("a PDF is the same bytes whenever it is drawn, dated by SOURCE_DATE_EPOCH", "[diagram]") {
  const auto tiny = tiny_dataset().string();
  const auto dated = [&](const char* epoch) {
    const auto dir = test::work_dir("pdf_date");
    const auto run = test::run_program({"/usr/bin/env", epoch, VIDENSGRAF_TEST_BINARY, "diagram", "focus", "p1",
                                        "--format", "pdf", "-o", (dir / "f.pdf").string(), tiny});
    REQUIRE(run.exit_code == 0);
    return test::read_file(dir / "f.pdf");
  };
  const std::string first = dated("SOURCE_DATE_EPOCH=");
  CHECK_THAT(first, Catch::Contains("/CreationDate (D:19700101000000Z)"));
  std::this_thread::sleep_for(std::chrono::milliseconds(1100)); // cairo stamps whole seconds
  CHECK(dated("SOURCE_DATE_EPOCH=") == first);
  CHECK_THAT(dated("SOURCE_DATE_EPOCH=86400"), Catch::Contains("/CreationDate (D:19700102000000Z)"));
}

TEST_CASE("every view of the bundled dataset renders in every format", "[diagram][bundled]") {
  REQUIRE(test::have_program("xmllint"));
  REQUIRE(test::have_program("dot"));
  const fs::path dir = test::work_dir("diagram-bundled");
  const Model& model = bundled_model();
  const auto projects = model.entities_of_kind(model.schema().require_kind("Project"));
  REQUIRE_FALSE(projects.empty());
  const std::string focus = "project/" + model.entity(projects.front()).id;
  const std::vector<std::vector<std::string>> views = {
      {"overview"}, {"focus", focus}, {"focus", focus, "--depth", "2"}, {"challenges"}, {"ontology"}};
  for (const auto& view : views) {
    for (const std::string format : {"svg", "png", "pdf", "dot"}) {
      const fs::path file = dir / (view.front() + std::to_string(view.size()) + "." + format);
      std::vector<std::string> args{"diagram"};
      args.insert(args.end(), view.begin(), view.end());
      args.insert(args.end(), {"--format", format, "-o", file.string(), "--lang", "en"});
      if (view.front() != "ontology") args.push_back(test::bundled_dataset().string());
      INFO(view.front() << " " << format);
      const auto run = test::run_vidensgraf(args);
      INFO(run.err);
      REQUIRE(run.exit_code == 0);
      const std::string bytes = test::read_file(file);
      if (format == "svg") {
        CHECK(test::run_program({"xmllint", "--noout", file.string()}).exit_code == 0);
        const nlohmann::json shown = inspect_svg(file);
        CHECK(shown["texts"].size() > 3);
        for (const auto& href : shown["hrefs"])
          CHECK(href.get<std::string>().rfind("https://", 0) == 0);
      } else if (format == "png") {
        CHECK(bytes.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
      } else if (format == "pdf") {
        CHECK(bytes.rfind("%PDF-", 0) == 0);
      } else {
        const auto run_dot = test::run_program({"dot", "-Tsvg", "-o", (dir / "check.svg").string(), file.string()});
        INFO(run_dot.err);
        CHECK(run_dot.exit_code == 0);
      }
    }
  }
  // Nothing but the outputs is left in the folder (no temporary files).
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir))
    ++files;
  CHECK(files == views.size() * 4 + 1);
}

TEST_CASE("a diagram too large to read is refused, and a large filtered one is drawn with sfdp", "[diagram][large]") {
  const fs::path dir = test::work_dir("diagram-large");
  const auto gen = test::run_vidensgraf({"generate", "--entities", "4000", (dir / "data").string()});
  REQUIRE(gen.exit_code == 0);
  const auto refused =
      test::run_vidensgraf({"diagram", "overview", "--full", "--format", "svg", (dir / "data").string()});
  CHECK(refused.exit_code == 2);
  CHECK_THAT(refused.err,
             Catch::Contains("too many to read") && Catch::Contains("focus") && Catch::Contains("--kinds"));
  CHECK(refused.out.empty());

  const Model model = load_dataset_or_throw(dir / "data");
  DiagramOptions options;
  options.kinds = {"Organisation", "Result"};
  options.full = true;
  const Diagram filtered = overview_diagram(model, options);
  REQUIRE(filtered.nodes.size() > max_dot_layout_nodes);
  REQUIRE(filtered.nodes.size() <= max_diagram_nodes);
  CHECK(layout_engine_for(filtered.nodes.size(), filtered.edges.size()) == "sfdp");
  // Drawn by the program twice: sfdp with a fixed seed gives the same file.
  for (const char* name : {"a.svg", "b.svg"}) {
    const auto run = test::run_vidensgraf({"diagram", "overview", "--full", "--kinds", "Organisation,Result",
                                           "--format", "svg", "-o", (dir / name).string(), (dir / "data").string()});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
  }
  CHECK(test::read_file(dir / "a.svg") == test::read_file(dir / "b.svg"));
  CHECK(test::run_program({"xmllint", "--noout", (dir / "a.svg").string()}).exit_code == 0);
}

TEST_CASE("diagram command errors say what to do and end with the documented codes", "[diagram][cli]") {
  const fs::path dir = test::work_dir("diagram-cli");
  const auto unknown = test::run_vidensgraf({"diagram", "focus", "nobody", tiny_dataset().string()});
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err ==
        "vidensgraf: no entity with id or label 'nobody'; run 'vidensgraf stats' to see what the dataset holds\n");
  const auto bad_kind = test::run_vidensgraf({"diagram", "overview", "--kinds", "Planet", tiny_dataset().string()});
  CHECK(bad_kind.exit_code == 2);
  CHECK_THAT(bad_kind.err, Catch::Contains("the kinds are"));
  CHECK(test::run_vidensgraf({"diagram", "overview", "--format", "gif", tiny_dataset().string()}).exit_code == 2);
  const auto unwritable =
      test::run_vidensgraf({"diagram", "ontology", "-o", (dir / "missing" / "folder" / "x.svg").string()});
  CHECK(unwritable.exit_code == 3);
  // A file written with -o replaces the previous one whole.
  test::write_file(dir / "o.dot", "old");
  const auto written = test::run_vidensgraf({"diagram", "ontology", "--format", "dot", "-o", (dir / "o.dot").string()});
  REQUIRE(written.exit_code == 0);
  CHECK(test::read_file(dir / "o.dot").rfind("digraph vidensgraf {", 0) == 0);
}

TEST_CASE("the format follows -o's extension, and a contradiction or an unknown extension is a usage error",
          "[diagram][cli]") {
  const fs::path dir = test::work_dir("diagram-extension");
  const std::vector<std::pair<std::string, std::string>> files{
      {"a.svg", "<?xml"}, {"a.png", "\x89PNG"}, {"a.pdf", "%PDF-"}, {"a.dot", "digraph"}, {"a.gv", "digraph"}};
  for (const auto& [name, start] : files) {
    INFO(name);
    const auto run = test::run_vidensgraf({"diagram", "ontology", "-o", (dir / name).string()});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    CHECK(test::read_file(dir / name).rfind(start, 0) == 0);
  }
  const auto contradiction =
      test::run_vidensgraf({"diagram", "ontology", "--format", "svg", "-o", (dir / "guess.png").string()});
  CHECK(contradiction.exit_code == 2);
  CHECK_THAT(contradiction.err, Catch::Contains("--format svg") && Catch::Contains(".png is png"));
  CHECK_FALSE(fs::exists(dir / "guess.png"));
  const auto unknown = test::run_vidensgraf({"diagram", "ontology", "-o", (dir / "a.gif").string()});
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("unknown extension .gif") && Catch::Contains(".svg (svg)"));
  const auto unknown_given =
      test::run_vidensgraf({"diagram", "ontology", "--format", "png", "-o", (dir / "a.txt").string()});
  CHECK(unknown_given.exit_code == 2);
  CHECK_THAT(unknown_given.err, Catch::Contains(".txt") && Catch::Contains("--format png"));
}

TEST_CASE("a binary format is not written to a terminal", "[diagram][cli]") {
  REQUIRE(test::have_program("script"));
  // script(1) runs the command with a pseudo-terminal as its standard output.
  const std::string command = std::string(VIDENSGRAF_TEST_BINARY) + " diagram ontology --format png";
  const auto run = test::run_program({"script", "-q", "-e", "-c", command, "/dev/null"});
  CHECK(run.exit_code == 2);
  CHECK_THAT(run.out, Catch::Contains("standard output is a terminal") && Catch::Contains("-o FILE.png"));
  CHECK(run.out.find("PNG") == std::string::npos);
  // Piped, it is written.
  const auto piped = test::run_vidensgraf({"diagram", "ontology", "--format", "png"});
  CHECK(piped.exit_code == 0);
  CHECK(piped.out.rfind("\x89PNG", 0) == 0);
}

TEST_CASE("export's syntax follows -o's extension too", "[diagram][cli]") {
  const fs::path dir = test::work_dir("export-extension");
  const std::vector<std::pair<std::string, std::string>> files{
      {"d.ttl", "rapper:turtle"}, {"d.nt", "rapper:ntriples"}, {"d.nq", "rapper:nquads"}, {"d.rdf", "rapper:rdfxml"},
      {"d.json", "rapper:json"},  {"d.rj", "rapper:json"},     {"d.jsonld", "json"}};
  for (const auto& [name, check] : files) {
    INFO(name);
    const auto run = test::run_vidensgraf({"export", "-o", (dir / name).string(), tiny_dataset().string()});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    if (check == "json") {
      CHECK(nlohmann::json::parse(test::read_file(dir / name)).is_object());
    } else {
      const auto parsed = test::run_program({"rapper", "-q", "-c", "-i", check.substr(7), (dir / name).string()});
      INFO(parsed.err);
      CHECK(parsed.exit_code == 0);
    }
  }
  const auto contradiction =
      test::run_vidensgraf({"export", "--format", "turtle", "-o", (dir / "x.nt").string(), tiny_dataset().string()});
  CHECK(contradiction.exit_code == 2);
  CHECK_THAT(contradiction.err, Catch::Contains("--format turtle") && Catch::Contains(".nt is ntriples"));
  const auto unknown = test::run_vidensgraf({"export", "-o", (dir / "x.xml").string(), tiny_dataset().string()});
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("unknown extension .xml") && Catch::Contains(".ttl (turtle)"));
}

TEST_CASE("the site's English pages embed English diagrams, the Danish pages Danish ones", "[diagram][site]") {
  const fs::path dir = test::work_dir("diagram-site-language");
  const auto run = test::run_vidensgraf({"site", "-o", (dir / "site").string(), tiny_dataset().string()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  // The page shows relations in both languages; only its diagram is checked.
  const auto diagram_of = [&](const std::string& page) {
    const std::string html = test::read_file(dir / "site" / "project" / page);
    const auto start = html.find("<div class=\"diagram\">");
    REQUIRE(start != std::string::npos);
    return html.substr(start, html.find("</svg>", start) - start);
  };
  const std::string english = diagram_of("p1.html");
  const std::string danish = diagram_of("p1.da.html");
  CHECK(english.find(">lead organisation<") != std::string::npos);
  CHECK(english.find("ledes af") == std::string::npos);
  CHECK(danish.find(">ledes af<") != std::string::npos);
  CHECK(danish.find("lead organisation") == std::string::npos);
}

TEST_CASE("diagram focus names entities as query does: by label in either language and with suggestions",
          "[diagram][cli]") {
  const std::string dataset = test::bundled_dataset().string();
  const auto typo = test::run_vidensgraf({"diagram", "focus", "kol-region-nrd", dataset});
  CHECK(typo.exit_code == 2);
  CHECK(typo.err == "vidensgraf: no entity with id or label 'kol-region-nrd'; did you mean:\n"
                    "  project/kol-region-nord (Prædiktion af sygdomsforværring blandt KOL-patienter)\n");
  CHECK(typo.out.empty());
  for (const char* name : {"jura", "challenge/jura", "Jura", "LAW"}) {
    const auto r = test::run_vidensgraf({"diagram", "focus", name, "--format", "dot", dataset});
    INFO(name << ": " << r.err);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("digraph vidensgraf"));
  }
}
