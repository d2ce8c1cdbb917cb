#include "model/metadata.hpp"

#include "model/error.hpp"
#include "model/metadata_catalogue.hpp"
#include "model/read_file.hpp"
#include "model/values.hpp"

#include <toml++/toml.h>

namespace vidensgraf {
namespace {

Location where(const std::string& file, const toml::node& node) {
  const auto& src = node.source();
  return {file, static_cast<std::uint32_t>(src.begin.line), static_cast<std::uint32_t>(src.begin.column)};
}

/// dataset.toml as a table, or nothing (with the problem in `diagnostics`).
std::optional<toml::table> parse_metadata_file(const std::filesystem::path& file, const std::string& shown,
                                               Diagnostics& diagnostics) {
  std::string text;
  try {
    text = read_file(file);
  } catch (const InputError&) {
    diagnostics.error({shown, 0, 0}, "cannot read the dataset's metadata; every dataset folder needs a dataset.toml "
                                     "(see data/README.md)");
    return std::nullopt;
  }
  try {
    return toml::parse(text, shown);
  } catch (const toml::parse_error& e) {
    diagnostics.error(
        {shown, static_cast<std::uint32_t>(e.source().begin.line), static_cast<std::uint32_t>(e.source().begin.column)},
        std::string(e.description()));
    return std::nullopt;
  }
}

/// The checks of a parsed dataset.toml, a step for each group of keys; the steps run in the
/// order their problems are reported.
class MetadataReader {
public:
  MetadataReader(const toml::table& table, const std::string& shown, Diagnostics& diagnostics)
      : table_(table), shown_(shown), diagnostics_(diagnostics) {}

  DatasetMetadata read() {
    read_identity();
    read_languages();
    read_publisher();
    if (const auto* keywords = table_.get_as<toml::array>("keywords"))
      for (const auto& k : *keywords)
        if (const auto* s = k.as_string()) meta_.keywords.push_back(s->get());
    read_catalogue_fields(table_, shown_, meta_, diagnostics_);
    warn_unknown_keys();
    return std::move(meta_);
  }

private:
  void error_at(const toml::node& node, const std::string& message) {
    diagnostics_.error(where(shown_, node), message);
  }
  void error_at(std::string_view key, const std::string& message) { error_at(*table_.get(key), message); }
  void error_at_start(const std::string& message) { diagnostics_.error({shown_, 1, 1}, message); }

  std::string string_at(std::string_view key, bool required) {
    const auto* node = table_.get(key);
    if (!node) {
      if (required) error_at_start("missing key '" + std::string(key) + "'");
      return {};
    }
    if (const auto* s = node->as_string()) return s->get();
    error_at(*node, "'" + std::string(key) + "' must be a string");
    return {};
  }

  void lang_text_at(std::string_view key, LangText& out) {
    const auto* node = table_.get(key);
    if (!node) {
      error_at_start("missing table [" + std::string(key) + "] with one entry per language");
      return;
    }
    const auto* t = node->as_table();
    if (!t) {
      error_at(*node, "'" + std::string(key) + "' must be a table of language = text");
      return;
    }
    for (const auto& [lang, value] : *t) {
      if (auto problem = check_language_tag(lang.str())) error_at(value, *problem);
      if (const auto* s = value.as_string())
        out.set(std::string(lang.str()), s->get());
      else
        error_at(value, "the " + std::string(key) + " in '" + std::string(lang.str()) + "' must be a string");
    }
  }

  std::string date_at(std::string_view key) {
    auto value = string_at(key, false);
    if (!value.empty())
      if (auto problem = check_date(value)) error_at(key, *problem);
    return value;
  }

  /// id, title, description, base, licence, issued and modified.
  void read_identity() {
    meta_.id = string_at("id", true);
    if (!meta_.id.empty())
      if (auto problem = check_id(meta_.id)) error_at("id", *problem);
    lang_text_at("title", meta_.title);
    lang_text_at("description", meta_.description);
    meta_.base = string_at("base", true);
    if (!meta_.base.empty()) {
      if (auto problem = check_http_iri(meta_.base))
        error_at("base", *problem);
      else if (meta_.base.back() != '/' && meta_.base.back() != '#')
        error_at("base", "the base IRI must end with '/' or '#'");
    }
    if (auto licence = string_at("licence", false); !licence.empty()) {
      if (auto problem = check_http_iri(licence)) error_at("licence", *problem);
      meta_.licence = licence;
    }
    meta_.issued = date_at("issued");
    meta_.modified = date_at("modified");
  }

  void read_languages() {
    const auto* langs = table_.get("languages");
    if (!langs) {
      error_at_start("missing key 'languages' (for example [\"da\", \"en\"])");
      return;
    }
    const auto* arr = langs->as_array();
    if (!arr) {
      error_at(*langs, "languages must be a list such as [\"da\", \"en\"]");
      return;
    }
    for (const auto& item : *arr) {
      const auto* s = item.as_string();
      if (!s) {
        error_at(item, "languages must be strings such as \"da\"");
        continue;
      }
      if (auto problem = check_language_tag(s->get())) error_at(item, *problem);
      meta_.languages.push_back(s->get());
    }
    if (arr->empty()) error_at(*langs, "languages must name at least one language, e.g. [\"da\", \"en\"]");
  }

  void read_publisher() {
    if (const auto* publisher = table_.get("publisher")) {
      if (const auto* t = publisher->as_table()) {
        if (const auto* name = t->get_as<std::string>("name")) meta_.publisher_name = name->get();
        if (const auto* url = t->get_as<std::string>("url")) {
          meta_.publisher_url = url->get();
          if (auto problem = check_http_iri(meta_.publisher_url)) error_at(*url, *problem);
        }
      } else {
        error_at(*publisher, "[publisher] must be a table with name and url");
      }
    }
    if (meta_.publisher_name.empty()) error_at_start("missing [publisher] name");
  }

  void warn_unknown_keys() {
    static constexpr std::string_view known[] = {
        "id",     "title",     "description", "base",          "licence",
        "issued", "modified",  "languages",   "publisher",     "keywords",
        "themes", "countries", "temporal",    "contact_point", "keywords_by_language"};
    for (const auto& [key, value] : table_) {
      bool ok = false;
      for (auto k : known)
        ok = ok || key.str() == k;
      if (!ok) diagnostics_.warning(where(shown_, value), "unknown key '" + std::string(key.str()) + "' is ignored");
    }
  }

  const toml::table& table_;
  const std::string& shown_;
  Diagnostics& diagnostics_;
  DatasetMetadata meta_;
};

} // namespace

DatasetMetadata read_metadata(const std::filesystem::path& file, const std::string& shown, Diagnostics& diagnostics) {
  const auto table = parse_metadata_file(file, shown, diagnostics);
  if (!table) return {};
  return MetadataReader(*table, shown, diagnostics).read();
}

} // namespace vidensgraf
