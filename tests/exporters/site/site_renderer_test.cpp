// The site one file at a time (exporters/site/site_renderer.hpp): the paths it knows are the
// files build_site writes, in the same order, and each file it renders has their bytes.
#include "exporters/site/site_renderer.hpp"
#include "model/dataset_loader.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace vidensgraf;
using namespace vidensgraf::test;

namespace {

const Model& hostile_model() {
  static const Model model = load_dataset_or_throw(data_dir() / "site");
  return model;
}

} // namespace

TEST_CASE("the renderer knows the site's paths in build_site's order and renders their bytes", "[site]") {
  const Model& model = hostile_model();
  for (const bool diagrams : {false, true}) {
    const SiteOptions options{{}, diagrams, "https://example.org/sparql", true};
    const SiteFiles files = build_site(model, options);
    const SiteRenderer renderer(model, options);
    const auto paths = renderer.paths();
    CHECK(paths.size() == files.size());
    CHECK(renderer.path_count() == files.size());
    std::vector<std::string> in_order;
    for (const auto* entry : in_order_added(files))
      in_order.push_back(entry->first);
    CHECK(paths == in_order);
    for (const auto& [path, file] : files) {
      INFO(path);
      REQUIRE(renderer.contains(path));
      const auto rendered = renderer.render(path);
      REQUIRE(rendered);
      CHECK(rendered->media_type == file.media_type);
      CHECK(rendered->body == file.body);
    }
  }
}

TEST_CASE("the renderer has no file where the site has none", "[site]") {
  const SiteRenderer renderer(hostile_model(), {});
  for (const std::string path :
       {"", "/", "project/", "project/nobody.html", "project/evil", "project/evil.txt", "project/evil.nq",
        "project/.html", "organisation/evil.html", "project/evil.html/", "downloads/data.txt", "dataset.nq",
        "project.ttl", "challenge.nq", "index.en.html", "ontology/index.de.html", "ontology/", "style.css.map"}) {
    INFO(path);
    CHECK_FALSE(renderer.contains(path));
    CHECK_FALSE(renderer.render(path));
  }
  CHECK(renderer.contains("project/evil.html"));
  CHECK(renderer.contains("project/evil.da.html"));
  CHECK(renderer.contains("challenge.ttl"));
  CHECK(renderer.writes_whole_data("index.html"));
  CHECK(renderer.writes_whole_data("dataset.ttl"));
  CHECK_FALSE(renderer.writes_whole_data("project/evil.html"));
}
