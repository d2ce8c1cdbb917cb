#include "exporters/diagram/style.hpp"

#include <array>
#include <utility>

namespace vidensgraf {

namespace {

// Okabe and Ito's colour-universal palette: orange #E69F00, sky blue #56B4E9, bluish green
// #009E73, yellow #F0E442, blue #0072B2, vermillion #D55E00, reddish purple #CC79A7; plus grey
// and white. Black text on each (contrast at least 4.5:1), white on blue.
constexpr std::array<std::pair<std::string_view, NodeStyle>, 12> kind_styles{{
    {"Project", {"#56B4E9", "box", "#000000"}},
    {"Organisation", {"#E69F00", "ellipse", "#000000"}},
    {"ChallengeArea", {"#D55E00", "hexagon", "#000000"}},
    {"Case", {"#009E73", "note", "#000000"}},
    {"Tool", {"#F0E442", "component", "#000000"}},
    {"Advice", {"#CC79A7", "note", "#000000"}},
    {"Result", {"#0072B2", "box", "#FFFFFF"}},
    {"Domain", {"#F0E442", "tab", "#000000"}},
    {"Programme", {"#BBBBBB", "folder", "#000000"}},
    {"Fund", {"#BBBBBB", "cylinder", "#000000"}},
    {"Agreement", {"#FFFFFF", "note", "#000000"}},
    {"Source", {"#FFFFFF", "component", "#000000"}},
}};
constexpr NodeStyle fallback_node{"#FFFFFF", "box", "#000000"};

constexpr std::array<BasisMark, 3> basis_marks{{
    {"solid", "#000000", "1.4", "\xE2\x97\x8F"},  // ● stated
    {"dashed", "#0072B2", "1.4", "\xE2\x97\x90"}, // ◐ curated
    {"dotted", "#D55E00", "1.8", "\xE2\x97\x8B"}, // ○ indirect
}};

} // namespace

const NodeStyle& node_style(std::string_view kind_name) noexcept {
  for (const auto& [name, style] : kind_styles)
    if (name == kind_name) return style;
  return fallback_node;
}

const BasisMark& basis_mark(LinkBasis basis) noexcept {
  return basis_marks[static_cast<std::size_t>(basis)];
}

std::string_view basis_label(LinkBasis basis, std::string_view language) noexcept {
  const bool da = language == "da";
  switch (basis) {
  case LinkBasis::stated:
    return da ? "angivet i kilden" : "stated by the source";
  case LinkBasis::curated:
    return da ? "udledt af redaktionen" : "derived by the editors";
  case LinkBasis::indirect:
    return da ? "indirekte (via andre relationer)" : "indirect (through other relations)";
  }
  return "";
}

std::string_view diagram_word(std::string_view key, std::string_view language) noexcept {
  const bool da = language == "da";
  if (key == "legend") return da ? "Signaturforklaring" : "Legend";
  if (key == "lines") return da ? "Streger" : "Lines";
  if (key == "attributes_all") return da ? "Alle klasser" : "All classes";
  if (key == "more") return da ? "flere" : "more";
  if (key == "derived") return da ? "udledt" : "derived";
  if (key == "paths") return da ? "veje i alt" : "paths in all";
  return key;
}

} // namespace vidensgraf
