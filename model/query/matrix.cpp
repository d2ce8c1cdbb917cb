// query matrix: challenge_matrix as rows, one per project, one column per challenge area: marks
// in the table, the basis in words in CSV and JSON (with the strongest path of each cell).
#include "model/query/queries.hpp"
#include "model/query/query_words.hpp"

namespace vidensgraf {

QueryResult query_matrix(const Model& model, MatrixGrouping grouping, const QuerySettings& settings) {
  const auto matrix = challenge_matrix(model, settings.basis, grouping, settings.language_of(model));
  const std::string_view lang = matrix.language;
  QueryResult result;
  result.language = matrix.language;
  result.columns = {{"group"}, {"project", false, false}, {"label"}};
  for (Vertex c : matrix.challenges) // marks, for the eye
    result.columns.push_back({std::string(model.label(c, lang)), false, true, false});
  for (Vertex c : matrix.challenges) // words, for programs
    result.columns.push_back({model.entity(c).id, false, false, true});
  for (const auto& row : matrix.rows) {
    std::vector<std::string> cells{row.group, model.entity(row.project).id,
                                   std::string(model.label(row.project, lang))};
    for (const auto& cell : row.cells)
      cells.emplace_back(basis_mark(cell));
    for (const auto& cell : row.cells)
      cells.emplace_back(cell_basis_name(cell));
    result.rows.push_back(std::move(cells));
  }
  std::string legend;
  for (std::string_view b : {"stated", "curated", "indirect", "none"})
    legend += (legend.empty() ? "" : ", ") + std::string(basis_mark_of(b)) + " " + std::string(basis_words(b, lang));
  result.notes.push_back(legend);
  result.notes.emplace_back(query_word(QueryWord::matrix_cells, lang));
  return result;
}

} // namespace vidensgraf
