#include "model/values.hpp"

#include "model/rdf/raptor_guard.hpp"

#include <cctype>

namespace vidensgraf {
namespace {

bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alnum(char c) {
  return is_alpha(c) || is_digit(c);
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s)
    v = v * 10 + (c - '0');
  return v;
}

} // namespace

std::optional<std::string> check_id(std::string_view id) {
  if (id.empty()) return "the id is empty";
  if (id.size() > 200) return "the id is longer than 200 characters";
  if (!is_alnum(id.front())) return "an id must start with a letter or digit";
  for (char c : id)
    if (!is_alnum(c) && c != '-' && c != '_' && c != '.')
      return "an id may hold only ASCII letters, digits, '-', '_' and '.'";
  return std::nullopt;
}

std::optional<std::string> check_language_tag(std::string_view tag) {
  // BCP 47 well-formedness, simplified to what RDF needs: a primary language of 2-8 letters,
  // then subtags of 1-8 letters or digits separated by '-'.
  const auto bad = [&] {
    return std::optional<std::string>("'" + std::string(tag) + "' is not a language tag (use e.g. da, en or en-GB)");
  };
  if (tag.size() > max_language_tag_length)
    return "'" + std::string(tag.substr(0, 20)) + "...' is longer than " + std::to_string(max_language_tag_length) +
           " characters, more than Raptor can hold (use e.g. da, en or en-GB)";
  std::size_t start = 0;
  bool first = true;
  while (true) {
    const auto dash = tag.find('-', start);
    const auto part = tag.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start);
    if (part.empty() || part.size() > 8) return bad();
    for (char c : part)
      if (first ? !is_alpha(c) : !is_alnum(c)) return bad();
    if (first && part.size() < 2) return bad();
    first = false;
    if (dash == std::string_view::npos) break;
    start = dash + 1;
  }
  return std::nullopt;
}

std::optional<std::string> check_date(std::string_view value) {
  const std::string hint = "'" + std::string(value) + "' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)";
  if (value.size() != 4 && value.size() != 7 && value.size() != 10) return hint;
  if (!all_digits(value.substr(0, 4))) return hint;
  if (value.size() == 4) return std::nullopt;
  if (value[4] != '-' || !all_digits(value.substr(5, 2))) return hint;
  const int year = to_int(value.substr(0, 4));
  const int month = to_int(value.substr(5, 2));
  if (month < 1 || month > 12) return "'" + std::string(value) + "' has no month " + std::to_string(month);
  if (value.size() == 7) return std::nullopt;
  if (value[7] != '-' || !all_digits(value.substr(8, 2))) return hint;
  const int day = to_int(value.substr(8, 2));
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max_day = days[month - 1] + (month == 2 && leap ? 1 : 0);
  if (day < 1 || day > max_day)
    return "'" + std::string(value) + "' is not a calendar date (month " + std::to_string(month) + " has " +
           std::to_string(max_day) + " days)";
  return std::nullopt;
}

DatePrecision date_precision(std::string_view value) noexcept {
  if (value.size() == 4) return DatePrecision::year;
  if (value.size() == 7) return DatePrecision::year_month;
  return DatePrecision::date;
}

std::optional<std::string> check_amount(std::string_view value) {
  const std::string hint =
      "'" + std::string(value) + "' is not an amount (write the number, a space and the currency, e.g. 8700000 DKK)";
  const auto space = value.find(' ');
  if (space == std::string_view::npos) return hint;
  const auto number = value.substr(0, space);
  const auto currency = value.substr(space + 1);
  if (currency.size() != 3) return hint;
  for (char c : currency)
    if (c < 'A' || c > 'Z') return hint;
  const auto dot = number.find('.');
  if (!all_digits(number.substr(0, dot))) return hint;
  if (dot != std::string_view::npos && !all_digits(number.substr(dot + 1))) return hint;
  return std::nullopt;
}

Amount parse_amount(std::string_view value) noexcept {
  const auto space = value.find(' ');
  return {value.substr(0, space), value.substr(space + 1)};
}

std::optional<std::string> check_http_iri(std::string_view value) {
  const bool http = value.substr(0, 7) == "http://";
  const bool https = value.substr(0, 8) == "https://";
  if (!http && !https) return "'" + std::string(value) + "' is not an http or https IRI";
  const auto rest = value.substr(http ? 7 : 8);
  if (rest.empty() || rest.front() == '/') return "'" + std::string(value) + "' has no host";
  for (unsigned char c : value) {
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^' ||
        c == '`' || c == 0x7F)
      return "'" + std::string(value) +
             "' holds a character not allowed in an IRI (space, quote, <, >, {, }, |, \\, ^ or `)";
  }
  return std::nullopt;
}

} // namespace vidensgraf
