// Text from the data made safe and readable for diagrams: cleaned, shortened and wrapped
// (UTF-8 safe), escaped for Graphviz's plain (escString) and HTML-like labels, and links limited
// to http(s) and relative ones.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vidensgraf::detail {

/// The longest text kept anywhere in a diagram (tooltips); labels are much shorter.
inline constexpr std::size_t max_tooltip_chars = 400;

/// Valid UTF-8 only (cut at the first invalid byte), control characters (line breaks, tabs)
/// turned into spaces, runs of spaces collapsed, trimmed.
std::string clean_text(std::string_view text);

/// At most `max_chars` characters of clean text, ending in "…" when it was cut.
std::string shorten(std::string_view text, std::size_t max_chars);

/// Clean text broken at spaces into lines of at most `width` characters (a longer word is split),
/// at most `max_lines` lines; the last ends in "…" when text was left out.
std::vector<std::string> wrap_lines(std::string_view text, std::size_t width, std::size_t max_lines);

/// Characters of the longest word (between spaces) of the clean text: the narrowest width at
/// which wrap_lines splits no word.
std::size_t longest_word(std::string_view text);

/// Text for a Graphviz escString attribute (label, tooltip, URL): `\` and `&` are escaped so
/// that no escape sequence (\N, \G, \l) or entity in the data has a meaning.
std::string esc_string(std::string_view text);

/// Text for a tooltip: `&` as an entity, `\` as four backslashes. Graphviz 2.43 expands escapes in
/// tooltips twice (checked with `dot -Tsvg` for node and edge tooltips: `\\N` still becomes the
/// node's name, an entity is decoded first); four backslashes come out as one.
std::string esc_tooltip(std::string_view text);

/// Lines joined into one escString label with centred line breaks.
std::string esc_lines(const std::vector<std::string>& lines);

/// Text for inside an HTML-like label: & < > " ' as entities and `\` doubled (Graphviz expands
/// \N and the like even in HTML-like labels, after decoding entities).
std::string html_escape(std::string_view text);

/// True for an absolute http:// or https:// IRI, or a relative reference without a scheme,
/// made only of characters that need no escaping in an IRI (no spaces, quotes, <, >, \).
bool is_safe_link(std::string_view link) noexcept;

} // namespace vidensgraf::detail
