#include "model/rdf/raptor_guard.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <functional>

namespace vidensgraf {

namespace {

const std::string too_long = "a language tag longer than " + std::to_string(max_language_tag_length) +
                             " characters: Raptor 2.0.15 overruns its memory on those, and no real language "
                             "tag is that long; shorten it (e.g. @da, @en-GB)";

bool tag_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
}

/// A '@' followed by more tag characters than Raptor holds. Turtle, N-Triples, N-Quads, TriG and
/// SPARQL allow no escapes in a language tag, so the raw text is the tag. Over-long runs after an
/// '@' in a string or comment are refused too: harmless there, but never seen in real data.
std::optional<UnsafeInput> long_at_tag(std::string_view text) {
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    std::size_t end = at + 1;
    while (end < text.size() && tag_char(text[end]))
      ++end;
    if (end - at - 1 > max_language_tag_length) return UnsafeInput{at, 1, 1, too_long};
  }
  return std::nullopt;
}

std::optional<UnsafeInput> long_json_lang(std::string_view text) {
  // Raptor reads RDF/JSON with yajl, which accepts comments: so do we.
  const auto json = nlohmann::json::parse(text, nullptr, false, true);
  if (json.is_discarded())
    return UnsafeInput{0, 1, 1, "not valid JSON, so not RDF/JSON (check it with a JSON validator)"};
  bool found = false;
  const std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
    if (found) return;
    if (j.is_object()) {
      for (const auto& [key, value] : j.items()) {
        if (key == "lang" && value.is_string() && value.get_ref<const std::string&>().size() > max_language_tag_length)
          found = true;
        walk(value);
      }
    } else if (j.is_array()) {
      for (const auto& value : j)
        walk(value);
    }
  };
  walk(json);
  if (!found) return std::nullopt;
  return UnsafeInput{text.find("\"lang\""), 1, 1, too_long};
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

/// RDF/XML: xml:lang values as written. The scan works on bytes, so the document must keep ASCII
/// as ASCII (UTF-8, US-ASCII, ISO-8859-*, windows-125*), and a value must be literal text.
std::optional<UnsafeInput> long_xml_lang(std::string_view text) {
  const std::string ascii_only =
      "RDF/XML is read in UTF-8 (or US-ASCII, ISO-8859-*, windows-125*) only; save it as UTF-8";
  if (text.find('\0') != std::string_view::npos || text.starts_with("\xFE\xFF") || text.starts_with("\xFF\xFE") ||
      text.starts_with("\x4C\x6F\xA7\x94"))
    return UnsafeInput{0, 1, 1, ascii_only};
  if (text.starts_with("<?xml")) {
    const auto decl = text.substr(0, text.find("?>"));
    if (const auto enc = decl.find("encoding"); enc != std::string_view::npos) {
      auto quote = decl.find_first_of("\"'", enc);
      if (quote != std::string_view::npos) {
        const std::string name = lower(decl.substr(quote + 1, 16));
        const bool ok = name.starts_with("utf-8") || name.starts_with("utf8") || name.starts_with("us-ascii") ||
                        name.starts_with("ascii") || name.starts_with("iso-8859-") || name.starts_with("iso8859-") ||
                        name.starts_with("windows-125") || name.starts_with("latin");
        if (!ok) return UnsafeInput{enc, 1, 1, ascii_only};
      }
    }
  }
  constexpr std::string_view attribute = "xml:lang";
  for (auto at = text.find(attribute); at != std::string_view::npos; at = text.find(attribute, at + 1)) {
    std::size_t i = at + attribute.size();
    const auto skip_space = [&] {
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n'))
        ++i;
    };
    skip_space();
    if (i >= text.size() || text[i] != '=')
      return UnsafeInput{at, 1, 1,
                         "xml:lang outside an attribute (a DTD default?) is not read; write xml:lang=\"..\" on "
                         "the elements"};
    ++i;
    skip_space();
    if (i >= text.size() || (text[i] != '"' && text[i] != '\'')) continue; // malformed: the XML parser says so
    const char quote = text[i];
    const auto close = text.find(quote, i + 1);
    const auto value = text.substr(i + 1, close == std::string_view::npos ? std::string_view::npos : close - i - 1);
    if (value.find('&') != std::string_view::npos)
      return UnsafeInput{at, 1, 1, "an entity or character reference in xml:lang is not read; write the tag as text"};
    if (value.size() > max_language_tag_length) return UnsafeInput{at, 1, 1, too_long};
  }
  return std::nullopt;
}

std::optional<UnsafeInput> located(std::string_view text, std::optional<UnsafeInput> found) {
  if (!found) return found;
  found->offset = std::min(found->offset, text.size());
  for (std::size_t i = 0; i < found->offset; ++i) {
    if (text[i] == '\n') {
      ++found->line;
      found->column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++found->column;
    }
  }
  return found;
}

} // namespace

std::optional<UnsafeInput> raptor_unsafe_input(std::string_view text, std::string_view syntax) {
  if (syntax == "rdfxml") return located(text, long_xml_lang(text));
  if (syntax == "json") return located(text, long_json_lang(text));
  return located(text, long_at_tag(text));
}

std::optional<UnsafeInput> rasqal_unsafe_query(std::string_view query) {
  if (auto tag = long_at_tag(query)) return located(query, tag);
  const std::string text = lower(query);
  const auto strlang = text.find("strlang");
  if (strlang != std::string::npos && text.find("construct") != std::string::npos)
    return located(query, UnsafeInput{strlang, 1, 1,
                                      "STRLANG in a CONSTRUCT query is not run: Rasqal 0.9.33 passes the computed "
                                      "language tag to Raptor 2.0.15, which overruns its memory on long ones; write "
                                      "the literal with its tag instead (\"text\"@da)"});
  return std::nullopt;
}

} // namespace vidensgraf
