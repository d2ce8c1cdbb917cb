// Model: lookups that must survive moving the model (the loader returns it by value). Boost 1.74's
// adjacency_list copies on move, so an id index carried over would point into freed entities; a
// sanitizer build (-DVIDENSGRAF_SANITIZE=ON) reports that here as a heap-use-after-free.
#include "model/dataset_loader.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <optional>

using namespace vidensgraf;

namespace {

/// valid-small, with its id index built before it is moved.
std::optional<Model> load_small_and_look_up() {
  Diagnostics diagnostics;
  std::optional<Model> model(load_dataset(test::data_dir() / "valid-small", diagnostics));
  REQUIRE(diagnostics.ok());
  REQUIRE(model->find("kol"));
  return model;
}

} // namespace

TEST_CASE("a move-constructed model finds entities after the original is gone", "[model]") {
  auto original = load_small_and_look_up();
  Model moved(std::move(*original));
  original.reset();
  const auto kol = moved.find("kol");
  REQUIRE(kol);
  CHECK(moved.entity(*kol).id == "kol");
  CHECK(moved.find("project/kol") == kol);
  CHECK(moved.label(*kol, "da") == "KOL-telemedicin");
  CHECK_FALSE(moved.find("missing"));
}

TEST_CASE("a move-assigned model finds its new entities, not the old ones", "[model]") {
  Model target;
  const auto v = target.add_entity(Entity{"old-id", Schema::builtin().require_kind("Project"), 0, {}});
  REQUIRE(target.find("old-id") == v);
  auto original = load_small_and_look_up();
  target = std::move(*original);
  original.reset();
  CHECK_FALSE(target.find("old-id"));
  const auto region = target.find("region-h");
  REQUIRE(region);
  CHECK(target.entity(*region).id == "region-h");
  CHECK(target.entity_count() == 10);
}
