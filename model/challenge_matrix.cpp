#include "model/challenge_matrix.hpp"

#include "model/challenge_reach.hpp"
#include "model/error.hpp"
#include "model/ordered_adjacency.hpp"

#include <algorithm>
#include <tuple>

namespace vidensgraf {

namespace {

/// Headings of the sector groups. The ontology gives `sector` as a closed list of two strings
/// without labels, so their headings live here, beside the only code that groups by them.
std::string sector_heading(std::string_view value, std::string_view lang) {
  const bool da = lang == "da";
  if (value == "regional") return da ? "Regionale projekter" : "Regional projects";
  if (value == "municipal") return da ? "Kommunale projekter" : "Municipal projects";
  if (value.empty()) return da ? "Uden sektor" : "No sector given";
  return std::string(value);
}

/// The sort key of a sector group: regional first, as the announcement lists them.
int sector_rank(std::string_view value) {
  return value == "regional" ? 0 : value == "municipal" ? 1 : 2;
}

std::string_view attribute_value(const Model& model, Vertex v, AttributeId attribute) {
  for (const auto& value : model.entity(v).values)
    if (value.attribute == attribute) return value.value;
  return {};
}

/// The group heading and its sort key for a project.
std::pair<std::string, std::string> group_of(const Model& model, Vertex project, MatrixGrouping grouping,
                                             std::string_view lang) {
  const Schema& schema = model.schema();
  if (grouping == MatrixGrouping::sector) {
    const auto value = attribute_value(model, project, schema.require_attribute("sector"));
    return {sector_heading(value, lang), std::to_string(sector_rank(value))};
  }
  const RelationId in_domain = schema.require_relation("inDomain");
  std::vector<std::string> domains;
  for (auto e : boost::make_iterator_range(boost::out_edges(project, model.graph())))
    if (model.relation(e).kind == in_domain) domains.emplace_back(model.label(boost::target(e, model.graph()), lang));
  std::sort(domains.begin(), domains.end());
  if (domains.empty()) return {lang == "da" ? "Uden opgaveområde" : "No domain given", "\xFF"};
  std::string heading;
  for (const auto& d : domains)
    heading += (heading.empty() ? "" : " / ") + d;
  return {heading, heading};
}

} // namespace

MatrixGrouping parse_matrix_grouping(std::string_view text) {
  if (text == "sector") return MatrixGrouping::sector;
  if (text == "domain") return MatrixGrouping::domain;
  throw UsageError("unknown grouping '" + std::string(text) + "'; use sector or domain");
}

ChallengeMatrix challenge_matrix(const Model& model, BasisFilter basis, MatrixGrouping grouping,
                                 std::string_view lang) {
  const Schema& schema = model.schema();
  ChallengeMatrix matrix;
  matrix.language =
      lang.empty() && !model.metadata().languages.empty() ? model.metadata().languages.front() : std::string(lang);
  // Counted along the ordered adjacency, each organisation's items once (challenge_reach.hpp):
  // listing every project's connections took seconds at 100 000 entities.
  ChallengeReach reach(model, basis);
  matrix.challenges = reach.areas();
  std::vector<ChallengeReach::Cell> cells;
  struct Keyed {
    std::string key;
    std::string label;
    MatrixRow row;
  };
  std::vector<Keyed> keyed;
  for (Vertex project : model.ordered_adjacency().entities_of_kind(schema.require_kind("Project"))) {
    auto [heading, key] = group_of(model, project, grouping, matrix.language);
    MatrixRow row{project, std::move(heading), std::vector<MatrixCell>(matrix.challenges.size())};
    reach.cells_of(project, cells);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      row.cells[i].paths = cells[i].paths;
      if (cells[i].paths != 0) row.cells[i].best = materialise(model.ordered_adjacency(), project, cells[i].best);
    }
    keyed.push_back({std::move(key), std::string(model.label(project, matrix.language)), std::move(row)});
  }
  std::stable_sort(keyed.begin(), keyed.end(), [&](const Keyed& a, const Keyed& b) {
    return std::tie(a.key, a.label, model.entity(a.row.project).id) <
           std::tie(b.key, b.label, model.entity(b.row.project).id);
  });
  for (auto& k : keyed)
    matrix.rows.push_back(std::move(k.row));
  return matrix;
}

std::string_view cell_basis_name(const MatrixCell& cell) noexcept {
  return cell.best ? basis_name(cell.best->basis) : "none";
}

std::string_view basis_mark_of(std::string_view basis) noexcept {
  if (basis == "stated") return "\xE2\x97\x8F";   // ●
  if (basis == "curated") return "\xE2\x97\x90";  // ◐
  if (basis == "indirect") return "\xE2\x97\x8B"; // ○
  return "\xC2\xB7";                              // ·
}

std::string_view basis_mark(const MatrixCell& cell) noexcept {
  return basis_mark_of(cell_basis_name(cell));
}

std::string_view basis_words(std::string_view basis, std::string_view lang) noexcept {
  const bool da = lang == "da";
  if (basis == "stated") return da ? "angivet i kilden" : "stated by a source";
  if (basis == "curated") return da ? "udledt af redaktionen" : "derived by the editors";
  if (basis == "indirect")
    return da ? "indirekte, gennem en organisation, case eller et resultat"
              : "indirect, through an organisation, case or result";
  return da ? "ingen kilde forbinder dem" : "no source links them";
}

} // namespace vidensgraf
