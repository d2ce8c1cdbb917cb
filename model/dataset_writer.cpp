#include "model/dataset_writer.hpp"

#include "model/atomic_file.hpp"
#include "model/csv_writer.hpp"
#include "model/dataset_loader.hpp"
#include "model/error.hpp"

#include <algorithm>
#include <map>
#include <toml++/toml.h>

namespace vidensgraf {
namespace fs = std::filesystem;

namespace {

void write_metadata(const DatasetMetadata& m, const fs::path& file) {
  toml::table t;
  if (!m.id.empty()) t.insert("id", m.id);
  t.insert("base", m.base);
  toml::array languages;
  for (const auto& l : m.languages)
    languages.push_back(l);
  t.insert("languages", languages);
  if (!m.licence.empty()) t.insert("licence", m.licence);
  if (!m.issued.empty()) t.insert("issued", m.issued);
  if (!m.modified.empty()) t.insert("modified", m.modified);
  toml::array keywords;
  for (const auto& k : m.keywords)
    keywords.push_back(k);
  if (!keywords.empty()) t.insert("keywords", keywords);
  const auto texts = [](const LangText& text) {
    toml::table out;
    for (const auto& [lang, value] : text.all())
      out.insert(lang, value);
    return out;
  };
  if (!m.title.all().empty()) t.insert("title", texts(m.title));
  if (!m.description.all().empty()) t.insert("description", texts(m.description));
  toml::table publisher;
  if (!m.publisher_name.empty()) publisher.insert("name", m.publisher_name);
  if (!m.publisher_url.empty()) publisher.insert("url", m.publisher_url);
  if (!publisher.empty()) t.insert("publisher", publisher);
  write_output(file.string(), [&](std::ostream& out) { out << "# Written by vidensgraf import.\n" << t << '\n'; });
}

/// relations.csv's rows: a row for each citation of a relation, and of an attribute value that
/// its entity's row cannot hold (curated, or from another source than the entity's).
class RelationRows {
public:
  explicit RelationRows(const Model& model) : model_(model) {}

  void cite(const std::string& subject, const std::string& relation, const std::string& object, bool curated,
            ProvenanceId id) {
    const auto& p = model_.provenance(id);
    for (const auto& c : p.citations)
      rows_.push_back(
          {subject, relation, object, curated ? "curated" : "stated", model_.entity(c.source).id, c.section, p.note});
  }
  const std::vector<std::vector<std::string>>& rows() const noexcept { return rows_; }

private:
  const Model& model_;
  std::vector<std::vector<std::string>> rows_;
};

std::string column_of(const Model& model, const AttributeValue& v) {
  const auto& def = model.schema().attribute(v.attribute);
  return def.type == ValueType::lang_text ? def.column + "@" + model.language(v.language) : def.column;
}

/// The table of one kind; the values its rows cannot hold go to `relation_rows`.
void write_entity_table(const Model& model, KindId k, const std::vector<Vertex>& entities, const fs::path& dir,
                        RelationRows& relation_rows) {
  // Columns: in attribute order, languages sorted; only those some row fills.
  std::map<std::pair<AttributeId, std::string>, std::string> columns; // (attribute, lang) -> column name
  std::vector<std::map<std::string, std::string>> cells(entities.size());
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const auto& e = model.entity(entities[i]);
    for (const auto& v : e.values) {
      const auto column = column_of(model, v);
      if (!v.curated && v.provenance == e.provenance && !cells[i].contains(column)) {
        cells[i][column] = v.value;
        columns.emplace(std::make_pair(v.attribute, model.language(v.language)), column);
      } else {
        relation_rows.cite(e.id, column, v.value, v.curated, v.provenance);
      }
    }
  }
  std::vector<std::string> header{"id"};
  for (const auto& [key, name] : columns)
    header.push_back(name);
  header.insert(header.end(), {"source", "section"});
  write_output((dir / (model.schema().kind(k).table + ".csv")).string(), [&](std::ostream& out) {
    write_csv_row(out, std::vector<std::string_view>(header.begin(), header.end()));
    for (std::size_t i = 0; i < entities.size(); ++i) {
      const auto& e = model.entity(entities[i]);
      const auto& p = model.provenance(e.provenance);
      std::vector<std::string> row{e.id};
      for (const auto& [key, name] : columns)
        row.push_back(cells[i].contains(name) ? cells[i][name] : "");
      row.push_back(p.citations.empty() ? "" : model.entity(p.citations.front().source).id);
      row.push_back(p.citations.empty() ? "" : p.citations.front().section);
      write_csv_row(out, std::vector<std::string_view>(row.begin(), row.end()));
    }
  });
}

/// relations.csv: the rows the entity tables left, then every relation, by subject, kind, object.
void write_relations_table(const Model& model, const fs::path& dir, RelationRows& relation_rows) {
  const Schema& schema = model.schema();
  const auto& g = model.graph();
  for (const auto v : model.sorted_entities()) {
    std::vector<Edge> edges;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
      edges.push_back(e);
    std::sort(edges.begin(), edges.end(), [&](Edge a, Edge b) {
      return std::make_tuple(g[a].kind, g[boost::target(a, g)].id, g[a].curated) <
             std::make_tuple(g[b].kind, g[boost::target(b, g)].id, g[b].curated);
    });
    for (auto e : edges)
      relation_rows.cite(g[v].id, schema.relation(g[e].kind).name, g[boost::target(e, g)].id, g[e].curated,
                         g[e].provenance);
  }
  write_output((dir / (std::string(relations_table) + ".csv")).string(), [&](std::ostream& out) {
    write_csv_row(out, {"subject", "relation", "object", "basis", "source", "section", "note"});
    for (const auto& row : relation_rows.rows())
      write_csv_row(out, std::vector<std::string_view>(row.begin(), row.end()));
  });
}

} // namespace

void write_dataset(const Model& model, const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw OutputError("cannot create the folder '" + dir.string() + "': " + ec.message());
  write_metadata(model.metadata(), dir / "dataset.toml");
  RelationRows relation_rows(model);
  for (KindId k = 0; k < model.schema().kinds().size(); ++k) {
    const auto entities = model.entities_of_kind(k);
    if (!entities.empty()) write_entity_table(model, k, entities, dir, relation_rows);
  }
  write_relations_table(model, dir, relation_rows);
}

} // namespace vidensgraf
