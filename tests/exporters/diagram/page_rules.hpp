// The rules of a printable diagram that geometry_test.cpp and focus_geometry_test.cpp assert on
// svg_geometry.py's measures of one SVG, each its own assertion (the caller INFOs the view).
// The test's own numbers: 17 cm wide, text at least 6 pt, at most 25 cm tall.
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>
#include <string>

namespace page_rules {

inline constexpr double page_width_pt = 17.0 / 2.54 * 72;  // 17 cm, the width the drawing is scaled to
inline constexpr double page_height_pt = 25.0 / 2.54 * 72; // 25 cm, an A4 page's text block
inline constexpr double smallest_text_pt = 6.0;

/// The items of a JSON list, each as JSON, for a failure's message.
inline std::string joined(const nlohmann::json& list) {
  std::ostringstream out;
  for (const auto& item : list)
    out << item.dump() << " ";
  return out.str();
}

/// The size rules: at 17 cm wide (never enlarged), text at least 6 pt and at most 25 cm tall.
inline void check_page_size(const nlohmann::json& g) {
  const double scale = std::min(1.0, page_width_pt / g["width_pt"].get<double>());
  {
    INFO("rule: text at least 6 pt at 17 cm wide; smallest: '" << g["min_font_text"].get<std::string>() << "' at "
                                                               << g["min_font_pt"].get<double>() * scale << " pt");
    CHECK(g["min_font_pt"].get<double>() * scale >= smallest_text_pt);
  }
  {
    INFO("rule: at most 25 cm tall at 17 cm wide; " << g["width_pt"] << " x " << g["height_pt"] << " pt");
    CHECK(g["height_pt"].get<double>() * scale <= page_height_pt);
  }
}

/// No two texts overlap, no text sits on a node it does not belong to, nothing is cut off.
inline void check_texts_apart(const nlohmann::json& g) {
  {
    INFO("rule: no two texts overlap: " << joined(g["overlaps"]));
    CHECK(g["overlaps"].empty());
  }
  {
    INFO("rule: no text on a node it does not belong to: " << joined(g["on_foreign_node"]));
    CHECK(g["on_foreign_node"].empty());
  }
  {
    INFO("rule: nothing cut off: " << joined(g["cut_off"]));
    CHECK(g["cut_off"].empty());
  }
}

} // namespace page_rules
