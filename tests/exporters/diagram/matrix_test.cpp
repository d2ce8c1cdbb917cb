// The matrix view (exporters/diagram/matrix.cpp): golden DOT on the query fixture, the cells'
// marks and tooltips read back from the SVG, both languages, and every format on the bundled data.
#include "exporters/diagram/render.hpp"
#include "exporters/diagram/views.hpp"
#include "model/dataset_loader.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace vidensgraf;
namespace fs = std::filesystem;

namespace {

const Model& mini() {
  static const Model model = load_dataset_or_throw(test::data_dir() / "query" / "mini");
  return model;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
    ++n;
  return n;
}

} // namespace

TEST_CASE("the matrix DOT of the query fixture matches the golden file", "[diagram][matrix]") {
  // tests/data/query/mini: kk-byg states Jura and ok-besk Etik (●), rh-straale's Data is curated
  // (◐); Københavns Kommune's cases give its projects and ok-besk (its partner) Etik and Kompetencer
  // indirectly (○), as does the case about aak-rehab; everything else is · (none).
  DiagramOptions options;
  options.language = "en";
  CHECK(render_diagram(matrix_diagram(mini(), options), DiagramFormat::dot) ==
        test::read_file(test::data_dir() / "diagram" / "mini-matrix.dot"));
}

TEST_CASE("the matrix's cells carry the marks, the path in the tooltip and the group headings", "[diagram][matrix]") {
  DiagramOptions options;
  options.language = "en";
  const std::string svg = render_diagram(matrix_diagram(mini(), options), DiagramFormat::svg);
  // 5 projects x 4 areas, plus one legend row per basis.
  CHECK(count(svg, "\xE2\x97\x8F") == 2 + 1); // ● stated: kk-byg Jura, ok-besk Etik
  CHECK(count(svg, "\xE2\x97\x90") == 1 + 1); // ◐ curated: rh-straale Data
  CHECK(count(svg, "\xE2\x97\x8B") == 7 + 1); // ○ indirect: kk-match 2, kk-byg 2, ok-besk, aak-rehab, rh-straale
  CHECK(count(svg, "\xC2\xB7") >= 10 + 1);    // · none: the other 10 cells
  CHECK_THAT(svg, Catch::Contains("Regional projects") && Catch::Contains("Municipal projects"));
  CHECK_THAT(svg, Catch::Contains("derived by the editors") && Catch::Contains("[curated: rapport]"));
  options.language = "da";
  const std::string da = render_diagram(matrix_diagram(mini(), options), DiagramFormat::svg);
  CHECK_THAT(da, Catch::Contains("Regionale projekter") && Catch::Contains("udledt af redaktionen"));
  CHECK_THAT(da, !Catch::Contains("Regional projects"));
  // Without curated links the curated cell is empty, and the paths through curated steps too.
  options.curated = false;
  const std::string stated = render_diagram(matrix_diagram(mini(), options), DiagramFormat::svg);
  CHECK(count(stated, "\xE2\x97\x90") == 1); // the legend's only
}

TEST_CASE("the matrix of the bundled dataset renders as svg, png, pdf and dot", "[diagram][matrix][bundled]") {
  REQUIRE(test::have_program("xmllint"));
  REQUIRE(test::have_program("dot"));
  const fs::path dir = test::work_dir("diagram-matrix");
  for (const std::string lang : {"da", "en"})
    for (const std::string format : {"svg", "png", "pdf", "dot"}) {
      const fs::path file = dir / ("matrix-" + lang + "." + format);
      const auto run = test::run_vidensgraf({"diagram", "matrix", "--format", format, "-o", file.string(), "--lang",
                                             lang, test::bundled_dataset().string()});
      INFO(run.err);
      REQUIRE(run.exit_code == 0);
      const std::string bytes = test::read_file(file);
      if (format == "svg") {
        CHECK(test::run_program({"xmllint", "--noout", file.string()}).exit_code == 0);
        CHECK(count(bytes, "<a ") > 15);
      } else if (format == "png") {
        CHECK(bytes.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
      } else if (format == "pdf") {
        CHECK(bytes.rfind("%PDF-", 0) == 0);
      } else {
        CHECK(test::run_program({"dot", "-Tsvg", "-o", (dir / "check.svg").string(), file.string()}).exit_code == 0);
      }
    }
}

TEST_CASE("a matrix too wide for a page numbers its columns with a key, and Graphviz warns of nothing",
          "[diagram][matrix]") {
  // The generated model's challenge areas are "Challenge area 0" and so on: seven such heads make
  // the table too wide for 6 pt text at 17 cm, and its 30 projects too tall with the key below.
  const fs::path dir = test::work_dir("diagram-matrix-numbered");
  REQUIRE(test::run_vidensgraf({"generate", "--entities", "100", "--seed", "7", (dir / "data").string()}).exit_code ==
          0);
  const auto run = test::run_vidensgraf(
      {"diagram", "matrix", "--lang", "en", "-o", (dir / "m.svg").string(), (dir / "data").string()});
  REQUIRE(run.exit_code == 0);
  CHECK(run.err.empty()); // a FIXEDSIZE table without its size, or too small, would be warned of here
  const std::string svg = test::read_file(dir / "m.svg");
  CHECK(svg.find(">The columns<") != std::string::npos);
  for (int i = 0; i < 7; ++i) {
    INFO("challenge area " << i);
    CHECK(svg.find("Challenge area " + std::to_string(i) + "<") != std::string::npos);
    CHECK(svg.find(">" + std::to_string(i + 1) + "<") != std::string::npos); // its column's head
  }
  // The bundled dataset's heads are short: its columns keep their labels.
  const auto bundled = test::run_vidensgraf(
      {"diagram", "matrix", "--lang", "en", "-o", (dir / "b.svg").string(), test::bundled_dataset().string()});
  REQUIRE(bundled.exit_code == 0);
  CHECK(bundled.err.empty());
  const std::string b = test::read_file(dir / "b.svg");
  CHECK(b.find(">The columns<") == std::string::npos);
  CHECK(b.find(">Competences<") != std::string::npos);
}
