#include "model/english.hpp"

#include <algorithm>
#include <cctype>

namespace vidensgraf {

std::string_view indefinite_article(std::string_view word) {
  if (word.empty()) return "a";
  const auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  const char first = lower(word.front());
  // An acronym is spoken letter by letter: "an RDF file", "an SVG", "a DCAT catalogue".
  const bool acronym = word.size() > 1 && std::all_of(word.begin(), word.begin() + 2, [](char c) {
                         return std::isupper(static_cast<unsigned char>(c)) != 0;
                       });
  if (acronym) return std::string_view("aefhilmnorsx").find(first) != std::string_view::npos ? "an" : "a";
  // "u" spoken "you": a url, a user, a unique id.
  if (word.size() > 2 && first == 'u' &&
      (lower(word[1]) == 's' || lower(word[1]) == 'r' || (lower(word[1]) == 'n' && lower(word[2]) == 'i')))
    return "a";
  return std::string_view("aeiou").find(first) != std::string_view::npos ? "an" : "a";
}

std::string with_article(std::string_view word) {
  return std::string(indefinite_article(word)) + " " + std::string(word);
}

} // namespace vidensgraf
