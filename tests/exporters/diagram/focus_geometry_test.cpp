// Every focus view fits a page: the focus of every entity of the bundled dataset and of every
// project of a generated model of 100 entities, at --depth 1 and 2, in Danish and English, drawn
// in process and measured in one run of tests/exporters/diagram/svg_geometry.py (the font files
// are read once for all of them). Each rule is its own assertion naming the view and the texts.
// And a collapsed group says the truth: as many members as its label counts, each related to the
// hub it hangs on and links to.
#include "exporters/diagram/render.hpp"
#include "exporters/diagram/views.hpp"
#include "model/dataset_loader.hpp"
#include "support/test_support.hpp"
#include "page_rules.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

using namespace vidensgraf;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct FocusView {
  std::string name; // how a failure names it
  std::string entity;
  int depth;
  std::string lang;
};

std::string node_name(const Model& model, Vertex v) {
  return model.schema().kind(model.entity(v).kind).segment + "/" + model.entity(v).id;
}

std::vector<FocusView> views_of(const std::string& dataset, const Model& model, const std::vector<Vertex>& entities) {
  std::vector<FocusView> out;
  for (Vertex v : entities)
    for (const int depth : {1, 2})
      for (const std::string lang : {"en", "da"})
        out.push_back(
            {fmt::format("{}: diagram focus {} --depth {} --lang {}", dataset, node_name(model, v), depth, lang),
             node_name(model, v), depth, lang});
  return out;
}

// Each group node ("+N more: Kind") holds N members (its tooltip names them after the label, or
// after the count of each kind for a group of several kinds), each a neighbour of its hub; it
// links to the hub and hangs on one edge, to the hub.
std::size_t check_groups(const Model& model, const Diagram& diagram, const FocusView& view) {
  std::size_t groups = 0;
  for (const auto& node : diagram.nodes) {
    if (!node.group) continue;
    ++groups;
    INFO(view.name << ": group " << node.name << " '" << node.label << "', tooltip '" << node.tooltip << "'");
    REQUIRE(node.label.front() == '+');
    const std::size_t count = std::stoul(node.label.substr(1));
    CHECK(count >= 2);
    const bool mixed = node.style.empty();
    const std::size_t start = mixed ? node.tooltip.find(';') + 1 : node.label.size();
    REQUIRE(start <= node.tooltip.size());
    std::vector<std::string> members;
    std::string rest = node.tooltip.substr(start) + ";";
    for (std::size_t at = 0, end = 0; (end = rest.find(';', at)) != std::string::npos; at = end + 1)
      members.push_back(rest.substr(at + 1, end - at - 1)); // each after one space
    CHECK(members.size() == count);
    const auto hub = model.find(node.page);
    REQUIRE(hub);
    CHECK(node.link == model.iri(*hub));
    std::set<std::string> neighbours;
    for (auto e : boost::make_iterator_range(boost::out_edges(*hub, model.graph())))
      neighbours.emplace(model.label(boost::target(e, model.graph()), view.lang));
    for (auto e : boost::make_iterator_range(boost::in_edges(*hub, model.graph())))
      neighbours.emplace(model.label(boost::source(e, model.graph()), view.lang));
    for (const auto& member : members) {
      INFO("member '" << member << "' is a neighbour of the hub " << node.page);
      CHECK(neighbours.contains(member));
    }
    std::size_t edges = 0;
    for (const auto& edge : diagram.edges)
      if (edge.from == node.name || edge.to == node.name) {
        ++edges;
        CHECK((edge.from == node.page || edge.to == node.page));
      }
    CHECK(edges == 1);
  }
  return groups;
}

// Draws every view as SVG into `dir` (checking its groups), measures them in one run and checks
// each rule.
void check_views(const Model& model, const std::vector<FocusView>& views, const fs::path& dir) {
  std::vector<std::string> argv{"/usr/bin/python3",
                                (test::source_dir() / "tests" / "exporters" / "diagram" / "svg_geometry.py").string()};
  std::size_t groups = 0;
  for (std::size_t i = 0; i < views.size(); ++i) {
    DiagramOptions options;
    options.language = views[i].lang;
    options.depth = views[i].depth;
    const fs::path svg = dir / fmt::format("focus-{}.svg", i);
    const Diagram diagram = focus_diagram(model, views[i].entity, options);
    groups += check_groups(model, diagram, views[i]);
    test::write_file(svg, render_diagram(diagram, DiagramFormat::svg));
    argv.push_back(svg.string());
  }
  const auto run = test::run_program(argv);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(groups > 0); // the views collapse somewhere, so the groups were checked
  const json measured = json::parse(run.out);
  REQUIRE(measured.size() == views.size());
  for (std::size_t i = 0; i < views.size(); ++i) {
    const json& g = measured[i];
    INFO(views[i].name);
    REQUIRE(g["texts"].size() > 2);
    page_rules::check_page_size(g);
    page_rules::check_texts_apart(g);
  }
}

std::vector<Vertex> every_entity(const Model& model) {
  std::vector<Vertex> out;
  for (Vertex v = 0; v < model.entity_count(); ++v)
    out.push_back(v);
  return out;
}

Model generated_model(const fs::path& dir) {
  const auto gen = test::run_vidensgraf({"generate", "--entities", "100", "--seed", "7", (dir / "data").string()});
  INFO(gen.err);
  REQUIRE(gen.exit_code == 0);
  return load_dataset_or_throw(dir / "data");
}

} // namespace

TEST_CASE("the focus of every bundled entity fits a page at depth 1 and 2 in both languages",
          "[diagram][geometry][focus]") {
  const Model model = load_dataset_or_throw(test::bundled_dataset());
  check_views(model, views_of("bundled", model, every_entity(model)), test::work_dir("focus-geometry-bundled"));
}

TEST_CASE("the focus of every project of a generated model of 100 entities fits a page at depth 1 and 2",
          "[diagram][geometry][focus]") {
  const fs::path dir = test::work_dir("focus-geometry-generated");
  const Model model = generated_model(dir);
  const auto projects = model.entities_of_kind(model.schema().require_kind("Project"));
  REQUIRE(projects.size() >= 25);
  check_views(model, views_of("generated", model, projects), dir);
}
