// Reading and checking the catalogue fields of dataset.toml (format in data/README.md).
#include "model/metadata_catalogue.hpp"

#include "model/controlled_vocabularies.hpp"
#include "model/values.hpp"

#include <algorithm>
#include <cctype>

namespace vidensgraf {
namespace {

Location where(const std::string& file, const toml::node& node) {
  const auto& src = node.source();
  return {file, static_cast<std::uint32_t>(src.begin.line), static_cast<std::uint32_t>(src.begin.column)};
}

struct Reader {
  const std::string& shown;
  Diagnostics& diagnostics;

  void error(const toml::node& node, std::string message) const {
    diagnostics.error(where(shown, node), std::move(message));
  }

  /// A string value; reports `what` when the node is something else.
  std::string string_of(const toml::node& node, std::string_view what) const {
    if (const auto* s = node.as_string()) return s->get();
    error(node, std::string(what) + " must be a string");
    return {};
  }

  /// A table of language = text (such as [publisher.label]).
  void lang_text(const toml::node& node, std::string_view what, LangText& out) const {
    const auto* t = node.as_table();
    if (!t) return error(node, std::string(what) + " must be a table of language = text, e.g. da = \"...\"");
    for (const auto& [lang, value] : *t) {
      if (auto problem = check_language_tag(lang.str())) error(value, *problem);
      const std::string text = string_of(value, std::string(what) + " in '" + std::string(lang.str()) + "'");
      if (!text.empty()) out.set(std::string(lang.str()), text);
    }
  }

  /// A list of codes of `vocabulary` (such as themes = ["GOVE"]).
  std::vector<std::string> codes(const toml::node& node, std::string_view key,
                                 const vocabularies::Vocabulary& vocabulary) const {
    std::vector<std::string> out;
    const auto* arr = node.as_array();
    if (!arr) {
      error(node, "'" + std::string(key) + "' must be a list of codes such as [\"" +
                      std::string(vocabulary.concepts.front().code) + "\"]");
      return out;
    }
    for (const auto& item : *arr) {
      const std::string code = string_of(item, "each of '" + std::string(key) + "'");
      if (code.empty()) continue;
      if (!vocabulary.find(code))
        error(item, "unknown code '" + code + "' in '" + std::string(key) + "'; known: " + vocabulary.codes());
      else
        out.push_back(code);
    }
    return out;
  }

  /// Warns about keys of `table` that are not in `known`.
  void unknown_keys(const toml::table& table, std::string_view name,
                    std::initializer_list<std::string_view> known) const {
    for (const auto& [key, value] : table) {
      bool ok = false;
      for (auto k : known)
        ok = ok || key.str() == k;
      if (!ok)
        diagnostics.warning(where(shown, value),
                            "unknown key '" + std::string(key.str()) + "' in [" + std::string(name) + "] is ignored");
    }
  }

  void publisher(const toml::table& t, DatasetMetadata& meta) const {
    if (const auto* type = t.get("type")) {
      const std::string code = string_of(*type, "the publisher's type");
      if (!code.empty() && !vocabularies::publisher_types().find(code))
        error(*type, "unknown publisher type '" + code + "'; the ADMS publisher types are " +
                         vocabularies::publisher_types().codes());
      else
        meta.publisher_type = code;
    }
    if (const auto* label = t.get("label")) lang_text(*label, "[publisher.label]", meta.publisher_label);
    unknown_keys(t, "publisher", {"name", "url", "type", "label"});
  }

  void contact_point(const toml::node& node, ContactPoint& contact) const {
    const auto* t = node.as_table();
    if (!t) return error(node, "[contact_point] must be a table with name, email and/or url");
    if (const auto* name = t->get("name")) lang_text(*name, "[contact_point.name]", contact.name);
    if (const auto* email = t->get("email")) {
      contact.email = string_of(*email, "the contact point's email");
      if (auto problem = check_email(contact.email)) {
        error(*email, *problem);
        contact.email.clear();
      }
    }
    if (const auto* url = t->get("url")) {
      contact.url = string_of(*url, "the contact point's url");
      if (auto problem = check_http_iri(contact.url)) {
        error(*url, *problem);
        contact.url.clear();
      }
    }
    if (!t->get("email") && !t->get("url")) error(node, "[contact_point] needs an email or a url (a contact page)");
    unknown_keys(*t, "contact_point", {"name", "email", "url"});
  }

  void temporal(const toml::node& node, TemporalCoverage& out) const {
    const auto* t = node.as_table();
    if (!t) return error(node, "[temporal] must be a table with start and end dates");
    for (auto [key, target] : {std::pair{"start", &out.start}, std::pair{"end", &out.end}}) {
      const auto* value = t->get(key);
      if (!value) {
        error(node, std::string("[temporal] needs '") + key + "' (YYYY, YYYY-MM or YYYY-MM-DD)");
        continue;
      }
      *target = string_of(*value, std::string("the temporal ") + key);
      if (target->empty()) continue;
      if (auto problem = check_date(*target)) {
        error(*value, *problem);
        target->clear();
      }
    }
    if (!out.start.empty() && !out.end.empty() && out.end < out.start.substr(0, out.end.size()))
      error(node, "[temporal] ends (" + out.end + ") before it starts (" + out.start + ")");
    unknown_keys(*t, "temporal", {"start", "end"});
  }

  void keywords_by_language(const toml::node& node, DatasetMetadata& meta) const {
    const auto* t = node.as_table();
    if (!t) return error(node, "[keywords_by_language] must be a table of language = [\"keyword\", ...]");
    for (const auto& [lang, value] : *t) {
      if (auto problem = check_language_tag(lang.str())) error(value, *problem);
      const auto* arr = value.as_array();
      if (!arr) {
        error(value, "the keywords in '" + std::string(lang.str()) + "' must be a list of strings");
        continue;
      }
      std::vector<std::string> words;
      for (const auto& item : *arr) {
        const std::string word = string_of(item, "each keyword");
        if (!word.empty()) words.push_back(word);
      }
      meta.keywords_by_language.emplace_back(std::string(lang.str()), std::move(words));
    }
  }
};

} // namespace

std::optional<std::string> check_email(std::string_view address) {
  // Written by hand: only the shape of an addr-spec is checked (RFC 5322's full grammar, with
  // quoted local parts and comments, is more than a catalogue's contact address needs, and no
  // Debian library offers it alone). Whether the mailbox exists cannot be known offline.
  const auto at = address.find('@');
  const auto bad = [&](const std::string& why) {
    return "'" + std::string(address) + "' is not an e-mail address: " + why + " (write it as name@example.org)";
  };
  if (at == std::string_view::npos || address.find('@', at + 1) != std::string_view::npos)
    return bad("it needs exactly one '@'");
  const auto local = address.substr(0, at);
  const auto domain = address.substr(at + 1);
  if (local.empty()) return bad("nothing before the '@'");
  for (unsigned char c : local)
    if (c <= ' ' || c == 0x7f || c == '<' || c == '>' || c == '(' || c == ')' || c == ',' || c == ';' || c == ':' ||
        c == '\\' || c == '"' || c == '[' || c == ']')
      return bad("the part before the '@' holds a space or one of <>()[],;:\\\"");
  if (domain.find('.') == std::string_view::npos) return bad("the domain after the '@' needs a dot");
  std::size_t start = 0;
  while (start <= domain.size()) {
    const auto end = std::min(domain.find('.', start), domain.size());
    const auto label = domain.substr(start, end - start);
    if (label.empty() || label.front() == '-' || label.back() == '-')
      return bad("the domain has an empty or malformed part");
    for (unsigned char c : label)
      if (!(std::isalnum(c) || c == '-' || c >= 0x80))
        return bad("the domain may hold only letters, digits, '-' and '.'");
    start = end + 1;
  }
  return std::nullopt;
}

void read_catalogue_fields(const toml::table& table, const std::string& shown, DatasetMetadata& meta,
                           Diagnostics& diagnostics) {
  const Reader r{shown, diagnostics};
  if (const auto* publisher = table.get_as<toml::table>("publisher")) r.publisher(*publisher, meta);
  if (const auto* contact = table.get("contact_point")) r.contact_point(*contact, meta.contact);
  if (const auto* themes = table.get("themes")) meta.themes = r.codes(*themes, "themes", vocabularies::data_themes());
  if (const auto* countries = table.get("countries"))
    meta.countries = r.codes(*countries, "countries", vocabularies::countries());
  if (const auto* temporal = table.get("temporal")) r.temporal(*temporal, meta.temporal);
  if (const auto* keywords = table.get("keywords_by_language")) r.keywords_by_language(*keywords, meta);
}

} // namespace vidensgraf
