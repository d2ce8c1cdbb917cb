// The project × challenge area matrix: for every project and every challenge area, the strongest
// way the sources link them (stated, curated, indirect) or that nothing does, with the path that
// explains it. One computation behind `vidensgraf query matrix`, the matrix diagram and the site's
// matrix tables, so that they cannot disagree with each other or with `query challenges`.
#pragma once

#include "model/basis_filter.hpp"
#include "model/connections.hpp"
#include "model/model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vidensgraf {

/// How the rows of the matrix are grouped.
enum class MatrixGrouping : std::uint8_t {
  sector, ///< regional, then municipal projects (the attribute `sector`)
  domain, ///< by the project's domain (`inDomain`), in the order of the domains' labels
};

/// Parses "sector" or "domain"; throws UsageError otherwise.
MatrixGrouping parse_matrix_grouping(std::string_view text);

/// One cell: the strongest connection that passes the filter, if any, and how many paths there are.
struct MatrixCell {
  std::optional<ChallengeConnection> best;
  std::size_t paths = 0; ///< connections of the project to the area that pass the filter
};

/// One row: a project, the heading of its group and one cell per challenge area.
struct MatrixRow {
  Vertex project = 0;
  std::string group; ///< the group's heading in the matrix's language
  std::vector<MatrixCell> cells;
};

/// The whole matrix: columns are the challenge areas (ordered by id), rows the projects (grouped,
/// then by label in the language).
struct ChallengeMatrix {
  std::vector<Vertex> challenges;
  std::vector<MatrixRow> rows;
  std::string language;
};

/// Builds the matrix in `lang` (empty: the dataset's first language).
ChallengeMatrix challenge_matrix(const Model& model, BasisFilter basis = BasisFilter::any,
                                 MatrixGrouping grouping = MatrixGrouping::sector, std::string_view lang = {});

/// The mark a cell shows, readable without colour: "●" stated, "◐" curated, "○" indirect, "·" none.
std::string_view basis_mark(const MatrixCell& cell) noexcept;

/// The mark of a basis by name ("stated", "curated", "indirect", "none").
std::string_view basis_mark_of(std::string_view basis_name) noexcept;

/// "stated", "curated", "indirect" or "none".
std::string_view cell_basis_name(const MatrixCell& cell) noexcept;

/// The basis in words of `lang` for legends and tooltips ("angivet i kilden", "stated by a source", ...).
std::string_view basis_words(std::string_view basis_name, std::string_view lang) noexcept;

} // namespace vidensgraf
