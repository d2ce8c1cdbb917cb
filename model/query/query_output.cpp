#include "model/query/query_output.hpp"

#include "model/csv_writer.hpp"
#include "model/query/path_text.hpp"
#include "model/query/query_words.hpp"
#include "model/text_table.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace vidensgraf {

namespace {

nlohmann::ordered_json sources_json(const Model& model, const PathStep& step) {
  auto j = nlohmann::ordered_json::array();
  for (const auto& c : model.provenance(model.relation(step.edge).provenance).citations)
    j.push_back({{"id", model.entity(c.source).id}, {"section", c.section}});
  return j;
}

nlohmann::ordered_json path_json(const Model& model, const ConnectionPath& path, std::string_view lang) {
  auto kind = [&](Vertex v) { return model.schema().kind(model.entity(v).kind).name; };
  nlohmann::ordered_json j = {
      {"start",
       {{"id", model.entity(path.start).id}, {"kind", kind(path.start)}, {"label", model.label(path.start, lang)}}}};
  j["steps"] = nlohmann::ordered_json::array();
  for (const auto& s : path.steps)
    j["steps"].push_back({{"relation", model.schema().relation(s.relation).name},
                          {"relation_label", relation_label(model, s.relation, lang)},
                          {"direction", direction_name(s.direction)},
                          {"curated", s.curated},
                          {"basis", step_basis(s)},
                          {"sources", sources_json(model, s)},
                          {"note", model.provenance(model.relation(s.edge).provenance).note},
                          {"id", model.entity(s.entity).id},
                          {"kind", kind(s.entity)},
                          {"label", model.label(s.entity, lang)}});
  return j;
}

} // namespace

void note_limit(QueryResult& result, std::size_t limit, std::size_t total) {
  if (limit == 0 || total <= limit) return;
  result.notes.push_back(query_text(QueryWord::first_rows, result.language, limit, total));
}

void apply_limit(QueryResult& result, std::size_t limit) {
  if (limit == 0 || result.rows.size() <= limit) return;
  note_limit(result, limit, result.rows.size());
  result.rows.resize(limit);
  if (result.paths.size() > limit) result.paths.resize(limit);
}

void write_query_table(std::ostream& out, const QueryResult& result) {
  // Only the columns meant for a reader.
  std::vector<std::size_t> shown;
  std::vector<std::string> header;
  for (std::size_t i = 0; i < result.columns.size(); ++i)
    if (result.columns[i].in_table) {
      shown.push_back(i);
      header.push_back(result.columns[i].name);
    }
  std::vector<std::vector<std::string>> rows;
  rows.reserve(result.rows.size());
  for (const auto& row : result.rows) {
    auto& kept = rows.emplace_back();
    for (auto i : shown)
      kept.push_back(i < row.size() ? row[i] : std::string{});
  }
  out << text_table(header, rows);
  if (rows.empty()) out << query_word(QueryWord::no_rows, result.language) << '\n';
  for (const auto& note : result.notes)
    out << "# " << note << '\n';
}

void write_query_csv(std::ostream& out, const QueryResult& result) {
  std::vector<std::string_view> header;
  for (const auto& c : result.columns)
    if (c.in_data) header.push_back(c.name);
  write_csv_row(out, header);
  for (const auto& row : result.rows) {
    std::vector<std::string_view> cells;
    for (std::size_t i = 0; i < row.size() && i < result.columns.size(); ++i)
      if (result.columns[i].in_data) cells.push_back(row[i]);
    write_csv_row(out, cells);
  }
}

void write_query_json(std::ostream& out, const Model& model, const QueryResult& result) {
  nlohmann::ordered_json j;
  j["columns"] = nlohmann::ordered_json::array();
  for (const auto& c : result.columns)
    if (c.in_data) j["columns"].push_back(c.name);
  j["rows"] = nlohmann::ordered_json::array();
  for (std::size_t r = 0; r < result.rows.size(); ++r) {
    nlohmann::ordered_json row = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < result.columns.size(); ++i) {
      if (!result.columns[i].in_data) continue;
      const auto& cell = result.rows[r][i];
      if (result.columns[i].numeric && !cell.empty())
        row[result.columns[i].name] = nlohmann::ordered_json::parse(cell);
      else
        row[result.columns[i].name] = cell;
    }
    if (r < result.paths.size() && result.paths[r]) row["path"] = path_json(model, *result.paths[r], result.language);
    j["rows"].push_back(std::move(row));
  }
  j["notes"] = result.notes;
  out << j.dump(2) << '\n';
}

} // namespace vidensgraf
