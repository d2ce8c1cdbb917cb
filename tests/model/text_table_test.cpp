#include "model/text_table.hpp"

#include <catch2/catch.hpp>

using namespace vidensgraf;

TEST_CASE("a text table pads every column but the last to its widest cell", "[text_table]") {
  CHECK(text_table({"id", "label"}, {{"p1", "Ærø"}, {"project-2", "x"}}) == "id         label\n"
                                                                            "---------  -----\n"
                                                                            "p1         Ærø\n"
                                                                            "project-2  x\n");
  // Widths count code points, not bytes: "Ærø" is three wide.
  CHECK(text_table({"a", "b"}, {{"Ærø", "1"}}) == "a    b\n---  -\nÆrø  1\n");
  CHECK(text_table({"only"}, {}) == "only\n----\n");
}
