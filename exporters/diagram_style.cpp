#include "exporters/diagram_style.hpp"

#include <array>
#include <utility>

namespace vidensgraf {

namespace {

// Colours from ColorBrewer's Set3/Pastel sets (light fills, readable black text), borders darker.
constexpr std::array<std::pair<std::string_view, NodeStyle>, 12> kind_styles{{
    {"Project", {"#8dd3c7", "#2b7a6f", "box"}},
    {"Organisation", {"#ffffb3", "#9a9a3a", "ellipse"}},
    {"ChallengeArea", {"#fb8072", "#a33a2e", "hexagon"}},
    {"Case", {"#80b1d3", "#2f6690", "note"}},
    {"Tool", {"#fdb462", "#a86a1c", "component"}},
    {"Advice", {"#b3de69", "#5f8a1e", "note"}},
    {"Result", {"#bebada", "#5f5a8a", "box"}},
    {"Domain", {"#fccde5", "#a0607f", "tab"}},
    {"Programme", {"#d9d9d9", "#6b6b6b", "folder"}},
    {"Fund", {"#ccebc5", "#4f8a45", "cylinder"}},
    {"Agreement", {"#ffed6f", "#a39000", "note"}},
    {"Source", {"#f2f2f2", "#8c8c8c", "note"}},
}};
constexpr NodeStyle fallback_node{"#eeeeee", "#666666", "box"};

constexpr std::array<std::pair<std::string_view, std::string_view>, 15> relation_colours{{
    {"leadOrganisation", "#1b5e20"},
    {"partner", "#558b2f"},
    {"facesChallenge", "#c62828"},
    {"addressesChallenge", "#ad1457"},
    {"owner", "#6d4c41"},
    {"concernsProject", "#1565c0"},
    {"achievedBy", "#4527a0"},
    {"collaborator", "#7e57c2"},
    {"publisher", "#757575"},
    {"partOf", "#37474f"},
    {"subOrganisationOf", "#827717"},
    {"fundedBy", "#00695c"},
    {"establishedBy", "#4e342e"},
    {"party", "#8d6e63"},
    {"inDomain", "#ad5e8a"},
}};
constexpr std::string_view fallback_colour = "#444444";

} // namespace

const NodeStyle& node_style(std::string_view kind_name) noexcept {
  for (const auto& [name, style] : kind_styles)
    if (name == kind_name) return style;
  return fallback_node;
}

std::string_view edge_colour(std::string_view relation_name) noexcept {
  for (const auto& [name, colour] : relation_colours)
    if (name == relation_name) return colour;
  return fallback_colour;
}

std::string_view line_style(LinkBasis basis) noexcept {
  switch (basis) {
  case LinkBasis::stated:
    return "solid";
  case LinkBasis::curated:
    return "dashed";
  case LinkBasis::indirect:
    return "dotted";
  }
  return "solid";
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
  if (key == "kinds") return da ? "Typer" : "Kinds";
  if (key == "relations") return da ? "Relationer" : "Relations";
  if (key == "lines") return da ? "Streger" : "Lines";
  if (key == "indirect") return da ? "indirekte" : "indirect";
  if (key == "attributes_all") return da ? "Alle klasser" : "All classes";
  return key;
}

} // namespace vidensgraf
