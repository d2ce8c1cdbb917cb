#include "model/metadata.hpp"

#include "model/metadata_catalogue.hpp"
#include "model/values.hpp"

#include <fstream>
#include <sstream>
#include <toml++/toml.h>

namespace vidensgraf {
namespace {

Location where(const std::string& file, const toml::node& node) {
  const auto& src = node.source();
  return {file, static_cast<std::uint32_t>(src.begin.line), static_cast<std::uint32_t>(src.begin.column)};
}

} // namespace

DatasetMetadata read_metadata(const std::filesystem::path& file, const std::string& shown, Diagnostics& diagnostics) {
  DatasetMetadata meta;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    diagnostics.error({shown, 0, 0}, "cannot read the dataset's metadata; every dataset folder needs a dataset.toml "
                                     "(see data/README.md)");
    return meta;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  toml::table table;
  try {
    table = toml::parse(buffer.str(), shown);
  } catch (const toml::parse_error& e) {
    diagnostics.error(
        {shown, static_cast<std::uint32_t>(e.source().begin.line), static_cast<std::uint32_t>(e.source().begin.column)},
        std::string(e.description()));
    return meta;
  }

  const auto string_at = [&](std::string_view key, bool required) -> std::string {
    const auto* node = table.get(key);
    if (!node) {
      if (required) diagnostics.error({shown, 1, 1}, "missing key '" + std::string(key) + "'");
      return {};
    }
    if (const auto* s = node->as_string()) return s->get();
    diagnostics.error(where(shown, *node), "'" + std::string(key) + "' must be a string");
    return {};
  };
  const auto lang_text_at = [&](std::string_view key, LangText& out) {
    const auto* node = table.get(key);
    if (!node) {
      diagnostics.error({shown, 1, 1}, "missing table [" + std::string(key) + "] with one entry per language");
      return;
    }
    const auto* t = node->as_table();
    if (!t) {
      diagnostics.error(where(shown, *node), "'" + std::string(key) + "' must be a table of language = text");
      return;
    }
    for (const auto& [lang, value] : *t) {
      if (auto problem = check_language_tag(lang.str())) diagnostics.error(where(shown, value), *problem);
      if (const auto* s = value.as_string())
        out.set(std::string(lang.str()), s->get());
      else
        diagnostics.error(where(shown, value),
                          "the " + std::string(key) + " in '" + std::string(lang.str()) + "' must be a string");
    }
  };
  const auto date_at = [&](std::string_view key) {
    auto value = string_at(key, false);
    if (!value.empty())
      if (auto problem = check_date(value)) diagnostics.error(where(shown, *table.get(key)), *problem);
    return value;
  };

  meta.id = string_at("id", true);
  if (!meta.id.empty())
    if (auto problem = check_id(meta.id)) diagnostics.error(where(shown, *table.get("id")), *problem);
  lang_text_at("title", meta.title);
  lang_text_at("description", meta.description);
  meta.base = string_at("base", true);
  if (!meta.base.empty()) {
    if (auto problem = check_http_iri(meta.base))
      diagnostics.error(where(shown, *table.get("base")), *problem);
    else if (meta.base.back() != '/' && meta.base.back() != '#')
      diagnostics.error(where(shown, *table.get("base")), "the base IRI must end with '/' or '#'");
  }
  if (auto licence = string_at("licence", false); !licence.empty()) {
    if (auto problem = check_http_iri(licence)) diagnostics.error(where(shown, *table.get("licence")), *problem);
    meta.licence = licence;
  }
  meta.issued = date_at("issued");
  meta.modified = date_at("modified");

  if (const auto* langs = table.get("languages")) {
    if (const auto* arr = langs->as_array()) {
      for (const auto& item : *arr) {
        const auto* s = item.as_string();
        if (!s) {
          diagnostics.error(where(shown, item), "languages must be strings such as \"da\"");
          continue;
        }
        if (auto problem = check_language_tag(s->get())) diagnostics.error(where(shown, item), *problem);
        meta.languages.push_back(s->get());
      }
    } else {
      diagnostics.error(where(shown, *langs), "languages must be a list such as [\"da\", \"en\"]");
    }
  }
  if (const auto* langs = table.get("languages"); !langs)
    diagnostics.error({shown, 1, 1}, "missing key 'languages' (for example [\"da\", \"en\"])");
  else if (const auto* arr = langs->as_array(); arr && arr->empty())
    diagnostics.error(where(shown, *langs), "languages must name at least one language, e.g. [\"da\", \"en\"]");

  if (const auto* publisher = table.get("publisher")) {
    if (const auto* t = publisher->as_table()) {
      if (const auto* name = t->get_as<std::string>("name")) meta.publisher_name = name->get();
      if (const auto* url = t->get_as<std::string>("url")) {
        meta.publisher_url = url->get();
        if (auto problem = check_http_iri(meta.publisher_url)) diagnostics.error(where(shown, *url), *problem);
      }
    } else {
      diagnostics.error(where(shown, *publisher), "[publisher] must be a table with name and url");
    }
  }
  if (meta.publisher_name.empty()) diagnostics.error({shown, 1, 1}, "missing [publisher] name");

  if (const auto* keywords = table.get_as<toml::array>("keywords"))
    for (const auto& k : *keywords)
      if (const auto* s = k.as_string()) meta.keywords.push_back(s->get());

  read_catalogue_fields(table, shown, meta, diagnostics);

  static constexpr std::string_view known[] = {
      "id",     "title",     "description", "base",          "licence",
      "issued", "modified",  "languages",   "publisher",     "keywords",
      "themes", "countries", "temporal",    "contact_point", "keywords_by_language"};
  for (const auto& [key, value] : table) {
    bool ok = false;
    for (auto k : known)
      ok = ok || key.str() == k;
    if (!ok) diagnostics.warning(where(shown, value), "unknown key '" + std::string(key.str()) + "' is ignored");
  }
  return meta;
}

} // namespace vidensgraf
