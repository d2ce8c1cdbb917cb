#include "model/dataset_loader.hpp"

#include "model/csv_reader.hpp"
#include "model/progress.hpp"
#include "model/read_file.hpp"
#include "model/required_languages.hpp"
#include "model/english.hpp"
#include "model/error.hpp"
#include "model/values.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace vidensgraf {
namespace fs = std::filesystem;

namespace {

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items)
    out += (out.empty() ? "" : ", ") + item;
  return out;
}

/// What a column of an entity table holds.
struct Column {
  enum class Role { id, source, section, attribute } role = Role::attribute;
  AttributeId attribute = 0;
  LanguageId language = 0;
};

/// Where an entity was defined, to point at it in later diagnostics.
struct RowRef {
  std::uint32_t file = 0;
  std::uint32_t line = 0;
};

class Loader {
public:
  Loader(fs::path dir, Diagnostics& diagnostics, const Schema& schema)
      : dir_(std::move(dir)), diagnostics_(diagnostics), schema_(schema), model_(schema) {}

  Model run() {
    model_.set_metadata(read_metadata(dir_ / "dataset.toml", shown("dataset.toml"), diagnostics_));
    for (const auto& lang : model_.metadata().languages)
      model_.intern_language(lang);

    std::vector<std::pair<KindId, fs::path>> tables;
    bool has_relations = false;
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir_, ec))
      if (entry.path().extension() == ".csv") files.push_back(entry.path());
    if (ec) throw InputError("cannot read the dataset folder " + dir_.string() + ": " + ec.message());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      const auto stem = file.stem().string();
      if (stem == relations_table) {
        has_relations = true;
      } else if (auto kind = schema_.find_kind(stem); kind && schema_.kind(*kind).table == stem) {
        tables.emplace_back(*kind, file);
      } else {
        std::vector<std::string> known;
        for (const auto& k : schema_.kinds())
          known.push_back(k.table + ".csv");
        diagnostics_.error({shown(file.filename().string()), 0, 0},
                           "unknown kind: '" + stem + "' is not a table of the ontology (known: " + join(known) +
                               ", relations.csv)");
      }
    }
    // Sources first: every other row cites one.
    const KindId source_kind = schema_.require_kind("Source");
    std::stable_sort(tables.begin(), tables.end(),
                     [&](const auto& a, const auto& b) { return (a.first == source_kind) > (b.first == source_kind); });
    if (tables.empty() || tables.front().first != source_kind)
      diagnostics_.error({shown("sources.csv"), 0, 0},
                         "the dataset has no sources.csv; every fact must name its source");
    // Sizes for the progress bar and the index reservation; a file that cannot be read is
    // reported when it is opened.
    const auto size_of = [](const fs::path& path) {
      std::error_code size_ec;
      const auto size = fs::file_size(path, size_ec);
      return size_ec ? std::uintmax_t{0} : size;
    };
    std::uintmax_t bytes = 0;
    for (const auto& [kind, path] : tables)
      bytes += size_of(path);
    model_.reserve_entities(static_cast<std::size_t>(bytes / 48)); // rows are rarely shorter than 48 bytes
    Progress progress("loading", bytes + (has_relations ? size_of(dir_ / "relations.csv") : 0));
    progress_ = &progress;
    for (const auto& [kind, path] : tables) {
      load_entity_table(kind, path);
      bytes_loaded_ += size_of(path);
    }
    if (has_relations) load_relations(dir_ / "relations.csv");
    progress_ = nullptr;
    check_required_languages();
    return std::move(model_);
  }

private:
  std::string shown(const std::string& name) const { return (dir_ / name).string(); }

  Location location_of(Vertex v) const {
    const auto& ref = rows_.at(v);
    return {files_.at(ref.file), ref.line, 1};
  }

  std::optional<Vertex> resolve(std::string_view reference) const { return model_.find(reference); }

  /// The provenance id for a citation, or nothing (with an error) when the source is unknown.
  std::optional<ProvenanceId> cite(const CsvField& source, std::string_view section, std::string_view note,
                                   const CsvReader& csv) {
    if (source.text.empty()) {
      diagnostics_.error(csv.at(source), "missing source: every row must name the id of a row in sources.csv");
      return std::nullopt;
    }
    // Most rows repeat a few (source, section, note) triples: look them up by one string key
    // before building a Provenance, which costs allocations.
    citation_key_.assign(source.text).append(1, '\x1F').append(section).append(1, '\x1F').append(note);
    if (auto it = citation_cache_.find(citation_key_); it != citation_cache_.end()) return it->second;
    auto v = resolve(source.text);
    if (!v || model_.entity(*v).kind != source_kind_) {
      diagnostics_.error(csv.at(source),
                         "unknown source '" + source.text + "': add it to sources.csv or correct the id");
      return std::nullopt;
    }
    const auto id =
        model_.intern_provenance({{Citation{static_cast<std::uint32_t>(*v), std::string(section)}}, std::string(note)});
    citation_cache_.emplace(citation_key_, id);
    return id;
  }

  /// Checks a value against an attribute's type; reports and returns false when malformed.
  bool check_value(const AttributeDef& attr, const CsvField& field, const CsvReader& csv) {
    std::optional<std::string> problem;
    switch (attr.type) {
    case ValueType::text:
    case ValueType::lang_text:
      break;
    case ValueType::date:
      problem = check_date(field.text);
      break;
    case ValueType::amount:
      problem = check_amount(field.text);
      break;
    case ValueType::iri:
      problem = check_http_iri(field.text);
      break;
    case ValueType::one_of:
      if (std::find(attr.allowed.begin(), attr.allowed.end(), field.text) == attr.allowed.end())
        problem = "'" + field.text + "' is not a value of " + attr.column + " (allowed: " + join(attr.allowed) + ")";
      break;
    }
    if (problem) diagnostics_.error(csv.at(field), *problem);
    return !problem;
  }

  /// Parses "name" or "name@lang" as an attribute of `kind`; reports and returns nothing if unknown.
  std::optional<Column> attribute_column(const CsvField& header, std::optional<KindId> kind, const CsvReader& csv,
                                         bool in_relations) {
    const auto at = header.text.find('@');
    const auto name = header.text.substr(0, at);
    auto attribute = schema_.find_attribute(name);
    if (!attribute) return std::nullopt;
    const auto& def = schema_.attribute(*attribute);
    Column column{Column::Role::attribute, *attribute, 0};
    const auto where = csv.at(header);
    if (def.type == ValueType::lang_text) {
      if (at == std::string::npos) {
        diagnostics_.error(where, "'" + header.text + "' needs a language: write " + def.column + "@da, " + def.column +
                                      "@en, ...");
        return column;
      }
      const auto lang = header.text.substr(at + 1);
      if (auto problem = check_language_tag(lang)) {
        diagnostics_.error(where, "malformed language tag in '" + header.text + "': " + *problem);
        return column;
      }
      const auto& langs = model_.metadata().languages;
      if (!langs.empty() && std::find(langs.begin(), langs.end(), lang) == langs.end()) // empty: already an error
        diagnostics_.warning(where,
                             "language '" + lang + "' is not among the dataset's languages (" + join(langs) + ")");
      column.language = model_.intern_language(lang);
    } else if (at != std::string::npos) {
      diagnostics_.error(where, "'" + def.column + "' takes no language; remove '" + header.text.substr(at) + "'");
    }
    if (kind && !def.allows(*kind)) {
      std::vector<std::string> kinds;
      for (auto k : def.domain)
        kinds.push_back(schema_.kind(k).name);
      diagnostics_.error(where, "'" + def.column + "' does not apply to " + schema_.kind(*kind).name + " (only to " +
                                    join(kinds) + ")" + (in_relations ? "" : "; remove the column"));
    }
    return column;
  }

  /// The columns of an entity table's header row.
  struct EntityColumns {
    std::vector<std::optional<Column>> columns; // one a field; nothing for an unknown column
    std::optional<std::size_t> id, source, section;
  };

  /// A source row waits for its citation until the whole table is read.
  struct DeferredSource {
    Vertex v;
    CsvField source;
    std::string section;
  };

  void load_entity_table(KindId kind, const fs::path& path) {
    const auto name = shown(path.filename().string());
    files_.push_back(name);
    const auto file_index = static_cast<std::uint32_t>(files_.size() - 1);
    const std::string data = read_file(path);
    CsvReader csv(data, name, diagnostics_);
    std::vector<CsvField> row;
    if (!csv.next_row(row)) {
      diagnostics_.error({name, 0, 0}, "the table is empty; it needs at least a header row (id,label@da,source,...)");
      return;
    }
    const auto header = entity_columns(kind, row, csv);
    if (!header.id) diagnostics_.error(csv.at(csv.row_line(), 1), "missing column 'id'");
    if (!header.source) diagnostics_.error(csv.at(csv.row_line(), 1), "missing column 'source'");
    if (!header.id || !header.source) return;

    const bool is_sources = kind == schema_.require_kind("Source");
    std::vector<DeferredSource> deferred;
    for (std::size_t rows = 0; csv.next_row(row); ++rows) {
      report_progress(rows, csv);
      if (!has_width(row, header.columns.size(), csv)) continue;
      const auto v = add_entity_row(kind, header, row, csv, is_sources);
      if (!v) continue;
      rows_.push_back({file_index, csv.row_line()});
      if (is_sources)
        deferred.push_back({*v, row[*header.source], header.section ? row[*header.section].text : std::string{}});
    }
    // A source may cite itself or another source of the same table.
    for (auto& d : deferred) {
      if (auto p = cite(d.source, d.section, {}, csv)) {
        auto& e = model_.mutable_entity(d.v);
        e.provenance = *p;
        for (auto& value : e.values)
          value.provenance = *p;
      }
    }
  }

  EntityColumns entity_columns(KindId kind, const std::vector<CsvField>& row, const CsvReader& csv) {
    EntityColumns header;
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const auto& h = row[i];
      const auto where = csv.at(h);
      if (std::find(seen.begin(), seen.end(), h.text) != seen.end())
        diagnostics_.error(where, "duplicate column '" + h.text + "'");
      seen.push_back(h.text);
      if (h.text == "id") {
        header.id = i;
        header.columns.emplace_back(Column::Role::id);
      } else if (h.text == "source") {
        header.source = i;
        header.columns.emplace_back(Column::Role::source);
      } else if (h.text == "section") {
        header.section = i;
        header.columns.emplace_back(Column::Role::section);
      } else if (auto c = attribute_column(h, kind, csv, false)) {
        header.columns.push_back(c);
      } else {
        std::vector<std::string> known{"id", "source", "section"};
        for (const auto& a : schema_.attributes())
          if (a.allows(kind)) known.push_back(a.column + (a.type == ValueType::lang_text ? "@LANG" : ""));
        diagnostics_.error(where, "unknown column '" + h.text + "' (known for " + schema_.kind(kind).name + ": " +
                                      join(known) + ")");
        header.columns.emplace_back();
      }
    }
    return header;
  }

  /// The entity of a row with as many fields as the header, or nothing (with an error) when its
  /// id is bad or taken. A source's own citation is left for later (DeferredSource).
  std::optional<Vertex> add_entity_row(KindId kind, const EntityColumns& header, const std::vector<CsvField>& row,
                                       const CsvReader& csv, bool is_sources) {
    const auto& id = row[*header.id];
    if (auto problem = check_id(id.text)) {
      diagnostics_.error(csv.at(id), "bad id '" + id.text + "': " + *problem);
      return std::nullopt;
    }
    if (auto existing = model_.find_id(id.text)) {
      const auto first = location_of(*existing);
      diagnostics_.error(csv.at(id), "duplicate id '" + id.text + "' (first defined at " + first.file + ":" +
                                         std::to_string(first.line) + "); ids must be unique in the dataset");
      return std::nullopt;
    }
    Entity entity;
    entity.id = id.text;
    entity.kind = kind;
    if (!is_sources) {
      const std::string section = header.section ? row[*header.section].text : std::string{};
      entity.provenance = cite(row[*header.source], section, {}, csv).value_or(0);
    }
    for (std::size_t i = 0; i < row.size(); ++i) {
      const auto& column = header.columns[i];
      if (!column || column->role != Column::Role::attribute || row[i].text.empty()) continue;
      const auto& def = schema_.attribute(column->attribute);
      if (!check_value(def, row[i], csv)) continue;
      entity.values.push_back({column->attribute, column->language, false, entity.provenance, row[i].text});
    }
    return model_.add_entity(std::move(entity));
  }

  /// Moves the progress bar every 4096 rows.
  void report_progress(std::size_t rows, const CsvReader& csv) {
    if (rows % 4096 == 0 && progress_) progress_->update(bytes_loaded_ + csv.position());
  }

  /// True when the row has `width` fields, the header's number; reports it otherwise.
  bool has_width(const std::vector<CsvField>& row, std::size_t width, const CsvReader& csv) {
    if (row.size() == width) return true;
    diagnostics_.error(csv.at(csv.row_line(), 1), "wrong number of fields: the row has " + std::to_string(row.size()) +
                                                      ", the header has " + std::to_string(width));
    return false;
  }

  /// relations.csv's columns: subject, relation, object, basis and source are required.
  static constexpr std::array<std::string_view, 7> relation_columns{"subject", "relation", "object", "basis",
                                                                    "source",  "section",  "note"};
  using RelationColumns = std::array<std::optional<std::size_t>, relation_columns.size()>;

  void load_relations(const fs::path& path) {
    const auto name = shown(path.filename().string());
    const std::string data = read_file(path);
    CsvReader csv(data, name, diagnostics_);
    std::vector<CsvField> row;
    if (!csv.next_row(row)) return;
    const auto col = relation_header(row, csv);
    if (!col) return;
    const std::size_t width = row.size();
    for (std::size_t rows = 0; csv.next_row(row); ++rows) {
      report_progress(rows, csv);
      if (!has_width(row, width, csv)) continue;
      const auto cell = [&](std::size_t k) -> const CsvField* { return (*col)[k] ? &row[*(*col)[k]] : nullptr; };
      load_relation_row(*cell(0), *cell(1), *cell(2), *cell(3), *cell(4), cell(5), cell(6), csv);
    }
  }

  /// Where each of relations.csv's columns is, or nothing (with errors) when a required one is missing.
  std::optional<RelationColumns> relation_header(const std::vector<CsvField>& row, const CsvReader& csv) {
    RelationColumns col;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const auto* const it = std::find(relation_columns.begin(), relation_columns.end(), row[i].text);
      if (it == relation_columns.end()) {
        diagnostics_.error(csv.at(row[i]), "unknown column '" + row[i].text +
                                               "' (known: subject, relation, object, basis, source, section, note)");
        continue;
      }
      auto& slot = col[static_cast<std::size_t>(it - relation_columns.begin())];
      if (slot) diagnostics_.error(csv.at(row[i]), "duplicate column '" + row[i].text + "'");
      slot = i;
    }
    bool complete = true;
    for (std::size_t k = 0; k < 5; ++k)
      if (!col[k]) {
        diagnostics_.error(csv.at(csv.row_line(), 1), "missing column '" + std::string(relation_columns[k]) + "'");
        complete = false;
      }
    if (!complete) return std::nullopt;
    return col;
  }

  /// One row of relations.csv: a relation between two entities, or an attribute value of the
  /// subject (when the "relation" is an attribute column such as label@en).
  void load_relation_row(const CsvField& subject_f, const CsvField& relation_f, const CsvField& object_f,
                         const CsvField& basis_f, const CsvField& source_f, const CsvField* section_f,
                         const CsvField* note_f, const CsvReader& csv) {
    bool ok = true;
    auto subject = resolve(subject_f.text);
    if (!subject) {
      diagnostics_.error(csv.at(subject_f), "unknown entity '" + subject_f.text + "': no table has a row with this id");
      ok = false;
    }
    bool curated = false;
    if (basis_f.text == "curated") {
      curated = true;
    } else if (basis_f.text != "stated") {
      diagnostics_.error(csv.at(basis_f),
                         "basis must be 'stated' (a source says it) or 'curated' (an editor derived it), not '" +
                             basis_f.text + "'");
      ok = false;
    }
    const std::string_view section = section_f ? std::string_view{section_f->text} : std::string_view{};
    const std::string_view note = note_f ? std::string_view{note_f->text} : std::string_view{};
    auto provenance = cite(source_f, section, note, csv);
    ok = ok && provenance;

    if (auto relation = schema_.find_relation(relation_f.text)) {
      auto object = resolve(object_f.text);
      if (!object) {
        diagnostics_.error(csv.at(object_f), "unknown entity '" + object_f.text + "': no table has a row with this id");
        return;
      }
      if (!ok) return;
      add_relation(*subject, *relation, *object, curated, *provenance, csv, relation_f);
    } else if (schema_.find_attribute(relation_f.text.substr(0, relation_f.text.find('@')))) {
      auto column = attribute_column(
          relation_f, subject ? std::optional<KindId>(model_.entity(*subject).kind) : std::nullopt, csv, true);
      if (!column || !ok) return;
      const auto& def = schema_.attribute(column->attribute);
      if (!def.allows(model_.entity(*subject).kind) || !check_value(def, object_f, csv)) return;
      add_value(*subject, {column->attribute, column->language, curated, *provenance, object_f.text});
    } else {
      std::vector<std::string> known;
      for (const auto& r : schema_.relations())
        known.push_back(r.name);
      diagnostics_.error(csv.at(relation_f), "unknown relation kind '" + relation_f.text + "' (known: " + join(known) +
                                                 "; or an attribute column such as participants or label@en)");
    }
  }

  /// Adds an attribute value; the same value given again by another source gains that citation.
  void add_value(Vertex v, AttributeValue value) {
    for (auto& existing : model_.mutable_entity(v).values) {
      if (existing.attribute != value.attribute || existing.language != value.language ||
          existing.curated != value.curated || existing.value != value.value)
        continue;
      existing.provenance = merge_provenance(existing.provenance, value.provenance);
      return;
    }
    model_.mutable_entity(v).values.push_back(std::move(value));
  }

  /// The provenance holding the citations of both records (the first note wins).
  ProvenanceId merge_provenance(ProvenanceId into, ProvenanceId from) {
    if (into == from) return into;
    Provenance merged = model_.provenance(into);
    for (const auto& c : model_.provenance(from).citations)
      if (std::find(merged.citations.begin(), merged.citations.end(), c) == merged.citations.end())
        merged.citations.push_back(c);
    if (merged.note.empty()) merged.note = model_.provenance(from).note;
    return model_.intern_provenance(std::move(merged));
  }

  void add_relation(Vertex s, RelationId kind, Vertex o, bool curated, ProvenanceId provenance, const CsvReader& csv,
                    const CsvField& where) {
    const auto& def = schema_.relation(kind);
    const auto s_kind = model_.entity(s).kind;
    const auto o_kind = model_.entity(o).kind;
    if (!def.connects(s_kind, o_kind)) {
      std::vector<std::string> from, to;
      for (auto k : def.domain)
        from.push_back(schema_.kind(k).name);
      for (auto k : def.range)
        to.push_back(schema_.kind(k).name);
      diagnostics_.error(csv.at(where), def.name + " may connect " + join(from) + " to " + join(to) + ", not " +
                                            schema_.kind(s_kind).name + " '" + model_.entity(s).id + "' to " +
                                            schema_.kind(o_kind).name + " '" + model_.entity(o).id + "'");
      return;
    }
    const auto& g = model_.graph();
    for (auto e : boost::make_iterator_range(boost::out_edges(s, g))) {
      // The target sits in the out-edge list itself, the kind behind a pointer (a cache miss):
      // test the target first, since only a functional relation cares about other targets.
      if (boost::target(e, g) != o && !def.functional) continue;
      const auto& r = g[e];
      if (r.kind != kind) continue;
      if (boost::target(e, g) == o && r.curated == curated) { // the same link from another source: merge
        model_.mutable_relation(e).provenance = merge_provenance(r.provenance, provenance);
        return;
      }
      if (def.functional && boost::target(e, g) != o) {
        diagnostics_.error(csv.at(where), "'" + model_.entity(s).id + "' already has " + with_article(def.name) +
                                              " ('" + model_.entity(boost::target(e, g)).id + "'); " + def.name +
                                              " allows only one");
        return;
      }
    }
    model_.add_relation(s, o, Relation{kind, curated, provenance});
  }

  void check_required_languages() {
    const auto vertices = boost::vertices(model_.graph());
    const std::vector<Vertex> all(vertices.first, vertices.second);
    for (const auto& gap : missing_required_languages(model_, all))
      diagnostics_.error(location_of(gap.entity), "missing required field " + schema_.attribute(gap.attribute).column +
                                                      "@" + std::string(gap.language) + " for '" +
                                                      model_.entity(gap.entity).id + "'");
  }

  fs::path dir_;
  Diagnostics& diagnostics_;
  const Schema& schema_;
  Model model_;
  std::unordered_map<std::string, ProvenanceId> citation_cache_; // "source\x1Fsection\x1Fnote"
  std::string citation_key_;
  KindId source_kind_ = schema_.require_kind("Source");
  std::vector<RowRef> rows_;        // index = vertex
  Progress* progress_ = nullptr;    // while run() loads the tables
  std::uintmax_t bytes_loaded_ = 0; // size of the tables read completely
  std::vector<std::string> files_;  // index = RowRef::file
};

} // namespace

Model load_dataset(const fs::path& dir, Diagnostics& diagnostics, const Schema& schema) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw InputError("'" + dir.string() + "' is not a dataset folder (a folder with dataset.toml and CSV tables)");
  return Loader(dir, diagnostics, schema).run();
}

void throw_if_invalid(const Diagnostics& diagnostics, const fs::path& input) {
  if (!diagnostics.ok())
    throw ValidationError(std::to_string(diagnostics.error_count()) + " error(s) in " + input.string() +
                              "; run 'vidensgraf validate " + input.string() + "' for the list",
                          diagnostics);
}

Model load_dataset_or_throw(const fs::path& dir, const Schema& schema, Diagnostics* warnings) {
  Diagnostics diagnostics;
  Model model = load_dataset(dir, diagnostics, schema);
  throw_if_invalid(diagnostics, dir);
  if (warnings) *warnings = std::move(diagnostics);
  return model;
}

} // namespace vidensgraf
