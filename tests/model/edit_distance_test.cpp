#include "model/edit_distance.hpp"

#include <catch2/catch.hpp>

using namespace vidensgraf;

TEST_CASE("edit distance counts a swap of neighbouring letters as one edit", "[edit-distance]") {
  CHECK(edit_distance("overveiw", "overview") == 1);
  CHECK(edit_distance("valdate", "validate") == 1);
  CHECK(edit_distance("", "path") == 4);
  CHECK(edit_distance("path", "path") == 0);
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("the closest names are all those at the smallest distance, in the given order", "[edit-distance]") {
  CHECK(closest_names("pth", {"neighbours", "path", "matrix"}) == std::vector<std::string>{"path"});
  CHECK(closest_names("sats", {"stats", "site", "sats2"}) == std::vector<std::string>{"stats", "sats2"});
  CHECK(closest_names("da", {"ls", "help"}).empty());
  CHECK(closest_names("xyzzy", {"validate", "stats"}).empty());
}
