// Diagrams a report can print: every view of the bundled dataset and of a generated model of 100
// entities, in both languages, measured on the SVG by tests/exporters/diagram/svg_geometry.py (Python's XML
// parser, glyph widths from the DejaVu font files by fontTools). Each rule is its own assertion
// naming the rule, the view and the labels involved. And the PDF names the SVG's face (pdffonts).
#include "exporters/diagram/style.hpp"
#include "model/dataset_loader.hpp"
#include "support/test_support.hpp"
#include "page_rules.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <sstream>

using namespace vidensgraf;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using page_rules::check_page_size;
using page_rules::joined;
constexpr double closest_colours = 12.0; // CIE76 distance, under normal vision and each simulation

json measure(const fs::path& svg) {
  const auto run = test::run_program(
      {"/usr/bin/python3", (test::source_dir() / "tests" / "exporters" / "diagram" / "svg_geometry.py").string(),
       svg.string()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return json::parse(run.out);
}

// The words of the interface (kinds, relation kinds, the diagrams' own words) in one language
// that the other language does not use.
std::set<std::string> words_of(std::string_view text) {
  std::set<std::string> out;
  std::string word;
  for (const char c : std::string(text) + " ") {
    const bool letter = static_cast<unsigned char>(c) >= 0x80 || std::isalpha(static_cast<unsigned char>(c));
    if (letter) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      if (word.size() >= 3) out.insert(word);
      word.clear();
    }
  }
  return out;
}

std::set<std::string> interface_words(const Schema& schema, std::string_view lang) {
  std::set<std::string> out;
  auto add = [&](std::string_view text) { out.merge(words_of(text)); };
  for (const auto& kind : schema.kinds())
    add(kind.labels.get(lang));
  for (const auto& relation : schema.relations())
    add(relation.labels.get(lang));
  for (const auto basis : {LinkBasis::stated, LinkBasis::curated, LinkBasis::indirect})
    add(basis_label(basis, lang));
  for (const char* key : {"legend", "lines", "attributes_all", "more"})
    add(diagram_word(key, lang));
  add(lang == "da" ? "Projekter og udfordringsområder vidensgraf-ontologien"
                   : "Projects and challenge areas The vidensgraf ontology");
  return out;
}

std::set<std::string> foreign_words(const Schema& schema, std::string_view lang) {
  const std::set<std::string> own = interface_words(schema, lang);
  std::set<std::string> out;
  for (const auto& word : interface_words(schema, lang == "da" ? "en" : "da"))
    if (!own.contains(word)) out.insert(word);
  return out;
}

struct View {
  std::string name; // how the failure names it
  std::vector<std::string> args;
  bool data_title = false; // the title is an entity's label (data, not interface)
};

// The project with the most relations: the hardest focus.
std::string busiest_project(const Model& model) {
  const auto projects = model.entities_of_kind(model.schema().require_kind("Project"));
  REQUIRE_FALSE(projects.empty());
  const auto degree = [&](Vertex v) {
    return boost::out_degree(v, model.graph()) + boost::in_degree(v, model.graph());
  };
  return model
      .entity(*std::max_element(projects.begin(), projects.end(),
                                [&](Vertex a, Vertex b) { return degree(a) < degree(b); }))
      .id;
}

std::vector<View> views_of(const Model& model) {
  const std::string busy = busiest_project(model);
  std::vector<View> views{{"overview", {"overview"}}};
  for (const std::string& id : {busy, std::string("kol-region-nord")}) {
    if (!model.find(id)) continue;
    views.push_back({"focus " + id, {"focus", id}, true});
    views.push_back({"focus " + id + " --depth 2", {"focus", id, "--depth", "2"}, true});
  }
  views.push_back({"challenges", {"challenges"}});
  views.push_back({"matrix", {"matrix"}});
  views.push_back({"ontology", {"ontology"}});
  return views;
}

// The other rules of a printable diagram, each its own assertion.
void check_printable(const json& g, const Schema& schema, const std::string& lang, const View& view) {
  page_rules::check_texts_apart(g);
  for (const auto& family : g["families"]) {
    INFO("rule: every font-family ends with the generic sans-serif: " << family);
    CHECK(family.get<std::string>() == std::string(font_family) + "," + std::string(generic_family));
  }
  for (const auto& weight : g["weights"]) {
    INFO("rule: weight is font-weight (bold or none): " << weight);
    CHECK((weight == "" || weight == "bold"));
  }
  {
    INFO("rule: legend colours stay apart for colour-blind readers: " << g["closest_legend_colours"].dump());
    if (!g["closest_legend_colours"].empty()) CHECK(g["closest_legend_colours"][0].get<double>() >= closest_colours);
  }
  // Every legend swatch has the shape and colour of the nodes it stands for.
  std::map<std::string, json> swatches;
  for (const auto& node : g["nodes"]) {
    const std::string title = node["title"];
    if (title.rfind("legend/kind/", 0) == 0) swatches[title.substr(12)] = node;
  }
  for (const auto& node : g["nodes"]) {
    const std::string title = node["title"];
    if (title.rfind("legend", 0) == 0) continue;
    const auto slash = title.find('/');
    const std::string segment =
        title.rfind("more/", 0) == 0 ? title.substr(title.rfind('/') + 1) : title.substr(0, slash);
    const auto kind = schema.find_kind(segment);
    if (!kind || slash == std::string::npos) continue;
    const auto swatch = swatches.find(schema.kind(*kind).name);
    INFO("rule: the legend has a swatch for the kind of " << title);
    REQUIRE(swatch != swatches.end());
    INFO("rule: the swatch has the shape and colour of " << title << ": " << swatch->second.dump() << " vs "
                                                         << node.dump());
    CHECK(swatch->second["signature"] == node["signature"]);
    CHECK(swatch->second["fill"] == node["fill"]);
  }
  // One language: no interface word of the other language in an interface text.
  const std::set<std::string> foreign = foreign_words(schema, lang);
  for (const auto& text : g["interface_texts"]) {
    if (view.data_title && text["class"] == "graph") continue; // the title is the entity's label
    for (const auto& word : words_of(text["text"].get<std::string>())) {
      INFO("rule: with --lang " << lang << " no word of the other language: '" << word << "' in '"
                                << text["text"].get<std::string>() << "'");
      CHECK_FALSE(foreign.contains(word));
    }
  }
}

enum class Rules { printable, page_size };

void check_dataset(const std::string& name, const fs::path& dataset, const fs::path& dir, Rules rules) {
  const Model model = load_dataset_or_throw(dataset);
  const std::vector<View> views = views_of(model);
  const bool page_size = rules == Rules::page_size;
  for (std::size_t i = 0; i < views.size(); ++i) {
    const View& view = views[i];
    for (const std::string lang : {"en", "da"}) {
      const fs::path svg = dir / (name + "-" + std::to_string(i) + "-" + lang + ".svg");
      std::vector<std::string> args{"diagram"};
      args.insert(args.end(), view.args.begin(), view.args.end());
      args.insert(args.end(), {"--lang", lang, "-o", svg.string()});
      if (view.args.front() != "ontology") args.push_back(dataset.string());
      INFO(name << ": diagram " << view.name << " --lang " << lang);
      const auto run = test::run_vidensgraf(args);
      INFO(run.err);
      REQUIRE(run.exit_code == 0);
      const json g = measure(svg);
      REQUIRE(g["texts"].size() > 2);
      if (page_size)
        check_page_size(g);
      else
        check_printable(g, model.schema(), lang, view);
    }
  }
}

} // namespace

TEST_CASE("every view of the bundled dataset prints on a page, in one language", "[diagram][geometry]") {
  check_dataset("bundled", test::bundled_dataset(), test::work_dir("diagram-geometry-bundled"), Rules::printable);
}

TEST_CASE("every view of the bundled dataset fits 17 cm wide with 6 pt text and at most 25 cm tall",
          "[diagram][geometry]") {
  check_dataset("bundled", test::bundled_dataset(), test::work_dir("diagram-size-bundled"), Rules::page_size);
}

TEST_CASE("every view of a generated model of 100 entities fits 17 cm wide with 6 pt text and at most 25 cm tall",
          "[diagram][geometry]") {
  const fs::path dir = test::work_dir("diagram-size-generated");
  const auto gen = test::run_vidensgraf({"generate", "--entities", "100", "--seed", "7", (dir / "data").string()});
  INFO(gen.err);
  REQUIRE(gen.exit_code == 0);
  check_dataset("generated", dir / "data", dir, Rules::page_size);
}

TEST_CASE("every view of a generated model of 100 entities prints on a page", "[diagram][geometry]") {
  const fs::path dir = test::work_dir("diagram-geometry-generated");
  const auto gen = test::run_vidensgraf({"generate", "--entities", "100", "--seed", "7", (dir / "data").string()});
  INFO(gen.err);
  REQUIRE(gen.exit_code == 0);
  check_dataset("generated", dir / "data", dir, Rules::printable);
}

TEST_CASE("the PDF is set in the SVG's face", "[diagram][geometry]") {
  REQUIRE(test::have_program("pdffonts"));
  const fs::path dir = test::work_dir("diagram-fonts");
  for (const std::string ext : {"svg", "pdf"}) {
    const auto run = test::run_vidensgraf({"diagram", "focus", "kol-region-nord", "-o", (dir / ("kol." + ext)).string(),
                                           test::bundled_dataset().string()});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
  }
  const json g = measure(dir / "kol.svg");
  REQUIRE(g["families"] == json::array({std::string(font_family) + "," + std::string(generic_family)}));
  REQUIRE(g["weights"] == json::array({"", "bold"}));
  // The PNG is drawn by the same renderer as the PDF (Graphviz's pango plugin, the only renderer
  // linked: exporters/diagram/graphviz_owners.cpp), from the same font names, so the face the PDF
  // embeds is the PNG's too; a PNG names no font to check.
  // pdffonts lists each embedded font as "ABCDEF+DejaVuSans-Bold  TrueType ..." (a subset prefix).
  const auto fonts = test::run_program({"pdffonts", (dir / "kol.pdf").string()});
  REQUIRE(fonts.exit_code == 0);
  std::set<std::string> faces;
  std::istringstream lines(fonts.out);
  std::string line;
  std::getline(lines, line);
  std::getline(lines, line); // the header and its rule
  while (std::getline(lines, line)) {
    std::string face = line.substr(0, line.find(' '));
    if (const auto plus = face.find('+'); plus != std::string::npos) face = face.substr(plus + 1);
    faces.insert(face);
  }
  std::string family{font_family};
  std::erase(family, ' ');
  INFO(fonts.out);
  CHECK(faces == std::set<std::string>{family, family + "-Bold"});
}
