// Text for Graphviz: cleaning, shortening and wrapping labels, and escaping them for each
// attribute context (escString, tooltips, HTML-like labels); the safe-link check.
#include "exporters/diagram/text.hpp"
#include "exporters/site/html_escape.hpp"

#include "model/utf8.hpp"

#include <algorithm>
#include <utility>

namespace vidensgraf::detail {

namespace {

constexpr std::string_view ellipsis = "\xE2\x80\xA6"; // U+2026

bool is_space(char c) noexcept {
  return c == ' ';
}

} // namespace

std::string clean_text(std::string_view text) {
  text = text.substr(0, valid_utf8_prefix(text));
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    const char kept = (u < 0x20 || u == 0x7F) ? ' ' : c;
    if (kept == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += kept;
  }
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  return out;
}

std::string shorten(std::string_view text, std::size_t max_chars) {
  std::string clean = clean_text(text);
  if (max_chars == 0) return {};
  if (utf8_length(clean) <= max_chars) return clean;
  std::string out{utf8_prefix(clean, max_chars - 1)};
  while (!out.empty() && out.back() == ' ')
    out.pop_back();
  out += ellipsis;
  return out;
}

std::vector<std::string> wrap_lines(std::string_view text, std::size_t width, std::size_t max_lines) {
  std::vector<std::string> lines;
  if (width < 2 || max_lines == 0) return lines;
  const std::string clean = clean_text(utf8_prefix(text, max_tooltip_chars));
  std::string_view rest = clean;
  std::string line;
  while (!rest.empty()) {
    const auto end = rest.find(' ');
    std::string_view word = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    while (!word.empty()) {
      if (line.empty()) { // a word longer than a line is split at a character boundary
        const std::string_view head = utf8_prefix(word, width);
        line = head;
        word.remove_prefix(head.size());
        if (!word.empty()) lines.push_back(std::exchange(line, {}));
      } else if (utf8_length(line) + 1 + utf8_length(word) <= width) {
        line += ' ';
        line += word;
        word = {};
      } else {
        lines.push_back(std::exchange(line, {}));
      }
    }
  }
  if (!line.empty()) lines.push_back(std::move(line));
  if (lines.size() > max_lines) { // the last line kept shows that text was left out
    lines.resize(max_lines);
    std::string last{utf8_prefix(lines.back(), width - 1)};
    while (!last.empty() && is_space(last.back()))
      last.pop_back();
    lines.back() = last + std::string(ellipsis);
  }
  return lines;
}

std::size_t longest_word(std::string_view text) {
  const std::string clean = clean_text(text);
  std::size_t longest = 0;
  std::string_view rest = clean;
  while (!rest.empty()) {
    const auto end = rest.find(' ');
    longest = std::max(longest, utf8_length(rest.substr(0, end)));
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
  }
  return longest;
}

std::string esc_string(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  return out;
}

std::string esc_tooltip(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 8);
  for (char c : text) {
    if (c == '\\')
      out += "\\\\\\\\"; // four backslashes: see the header
    else if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  return out;
}

std::string esc_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += "\\n";
    out += esc_string(lines[i]);
  }
  return out;
}

std::string html_escape(std::string_view text) {
  // The HTML escaping of the site, plus Graphviz's own rule: entities are decoded before escapes
  // are expanded, so only \\ keeps a backslash.
  const std::string escaped = vidensgraf::html_escape(text);
  std::string out;
  out.reserve(escaped.size());
  for (char c : escaped) {
    if (c == '\\') out += '\\';
    out += c;
  }
  return out;
}

bool is_safe_link(std::string_view link) noexcept {
  if (link.empty()) return false;
  for (char c : link) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`' || c == '{' ||
        c == '}' || c == '|' || c == '^')
      return false;
  }
  if (link.starts_with("http://") || link.starts_with("https://")) return link.size() > 8;
  // A relative reference: no scheme (no ':' before the first '/', '?' or '#'), not "//host".
  if (link.starts_with("//")) return false;
  const auto colon = link.find(':');
  const auto delimiter = link.find_first_of("/?#");
  return colon == std::string_view::npos || (delimiter != std::string_view::npos && delimiter < colon);
}

} // namespace vidensgraf::detail
