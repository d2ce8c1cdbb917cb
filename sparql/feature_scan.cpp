// Hand-written: Rasqal offers no way to inspect a query before it is parsed, and its parser is
// what fails; a full SPARQL grammar would be far more than these few checks need.
#include "sparql/feature_scan.hpp"

#include "model/error.hpp"

#include <fmt/format.h>

#include <cctype>
#include <vector>

namespace vidensgraf {

namespace {

enum class TokenType { word, iri, prefixed, variable, string, punct, number };

struct Token {
  TokenType type;
  std::string text; ///< upper-cased for words
  int line, column;
  std::size_t offset = 0; ///< of its first byte in the query
};

bool name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Long on purpose: a scanner is one loop with a case per kind of token (space, comment, IRI,
// string, variable, name or number, punctuation), each advancing the same position, line and
// column; the cases read best side by side.
std::vector<Token> tokenize(std::string_view q) {
  std::vector<Token> out;
  int line = 1, column = 1;
  std::size_t i = 0;
  auto advance = [&](std::size_t n) {
    for (std::size_t k = 0; k < n && i < q.size(); ++k, ++i) {
      if (q[i] == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(q[i]) & 0xC0) != 0x80) {
        ++column;
      }
    }
  };
  while (i < q.size()) {
    const char c = q[i];
    const int l = line, col = column;
    const std::size_t before = out.size(), start = i;
    if (std::isspace(static_cast<unsigned char>(c))) {
      advance(1);
    } else if (c == '#') {
      while (i < q.size() && q[i] != '\n')
        advance(1);
    } else if (c == '<' && i + 1 < q.size() && !std::isspace(static_cast<unsigned char>(q[i + 1])) && q[i + 1] != '=' &&
               q.find('>', i) != std::string_view::npos &&
               q.substr(i, q.find('>', i) - i).find_first_of(" \n\t") == std::string_view::npos) {
      const auto end = q.find('>', i);
      out.push_back({TokenType::iri, std::string(q.substr(i, end - i + 1)), l, col});
      advance(end - i + 1);
    } else if (c == '"' || c == '\'') {
      const bool long_form = q.substr(i, 3) == std::string_view(std::string(3, c));
      std::size_t j = i + (long_form ? 3 : 1);
      while (j < q.size()) {
        if (q[j] == '\\') {
          j += 2;
          continue;
        }
        if (long_form ? q.substr(j, 3) == std::string_view(std::string(3, c)) : q[j] == c) break;
        if (!long_form && q[j] == '\n') break;
        ++j;
      }
      j = std::min(q.size(), j + (long_form ? 3 : 1));
      out.push_back({TokenType::string, "", l, col});
      advance(j - i);
    } else if (c == '?' || c == '$') {
      std::size_t j = i + 1;
      while (j < q.size() && name_char(q[j]) && q[j] != '.' && q[j] != '-')
        ++j;
      out.push_back({j > i + 1 ? TokenType::variable : TokenType::punct, std::string(q.substr(i, j - i)), l, col});
      advance(j - i);
    } else if (name_char(c) || c == ':') {
      std::size_t j = i;
      bool colon = false;
      while (j < q.size() && (name_char(q[j]) || q[j] == ':'))
        colon |= q[j++] == ':';
      while (j > i + 1 && q[j - 1] == '.')
        --j; // a trailing dot ends the triple
      std::string text(q.substr(i, j - i));
      TokenType type = colon                                         ? TokenType::prefixed
                       : std::isdigit(static_cast<unsigned char>(c)) ? TokenType::number
                                                                     : TokenType::word;
      if (type == TokenType::word)
        for (auto& ch : text)
          ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      out.push_back({type, std::move(text), l, col});
      advance(j - i);
    } else {
      std::size_t n = 1;
      if ((c == '|' || c == '&' || c == '^') && i + 1 < q.size() && q[i + 1] == c) n = 2;
      out.push_back({TokenType::punct, std::string(q.substr(i, n)), l, col});
      advance(n);
    }
    if (out.size() > before) out.back().offset = start;
  }
  return out;
}

bool is_iri_like(const Token& t) {
  return t.type == TokenType::iri || t.type == TokenType::prefixed || (t.type == TokenType::word && t.text == "A");
}

std::optional<UnsupportedFeature> path_operator(const std::vector<Token>& tokens) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    if (t.type != TokenType::punct) continue;
    const bool prev_iri = i > 0 && is_iri_like(tokens[i - 1]);
    const bool next_iri = i + 1 < tokens.size() && (is_iri_like(tokens[i + 1]) || tokens[i + 1].text == "(");
    const bool path = t.text == "|" || (t.text == "^" && next_iri) || (t.text == "/" && prev_iri && next_iri) ||
                      ((t.text == "*" || t.text == "+" || t.text == "?") && prev_iri);
    if (path)
      return UnsupportedFeature{"a property path ('" + t.text + "')", t.line, t.column,
                                "write each step as its own triple pattern with a variable between them"};
  }
  return std::nullopt;
}

/// The index of the bracket that closes the one at `open` ("{" or "(" and its partner), or
/// tokens.size() when it is not closed.
std::size_t closing(const std::vector<Token>& tokens, std::size_t open) {
  const std::string close = tokens[open].text == "{" ? "}" : ")";
  int depth = 0;
  for (std::size_t j = open; j < tokens.size(); ++j) {
    if (tokens[j].text == tokens[open].text) ++depth;
    if (tokens[j].text == close && --depth == 0) return j;
  }
  return tokens.size();
}

/// The "{" of the innermost group that holds the token at `at`, or nullopt at the top.
std::optional<std::size_t> enclosing_group(const std::vector<Token>& tokens, std::size_t at) {
  int depth = 0;
  while (at-- > 0) {
    if (tokens[at].text == "}") ++depth;
    if (tokens[at].text == "{" && depth-- == 0) return at;
  }
  return std::nullopt;
}

/// Whether the group opened at `open` holds only groups joined by UNION ({ ... } UNION { ... },
/// or one group { ... }), with at most a "." after them.
bool only_groups_joined_by_union(const std::vector<Token>& tokens, std::size_t open) {
  const std::size_t end = closing(tokens, open);
  bool expect_group = true;
  for (std::size_t j = open + 1; j < end; ++j) {
    if (expect_group && tokens[j].text == "{") {
      j = closing(tokens, j);
      expect_group = false;
    } else if (!expect_group && tokens[j].type == TokenType::word && tokens[j].text == "UNION") {
      expect_group = true;
    } else if (!(tokens[j].text == "." && !expect_group && j + 1 == end)) {
      return false;
    }
  }
  return !expect_group;
}

/// A UNION whose answers are joined with anything: patterns or filters beside it in its group, or
/// a group around it that holds more (a subquery, OPTIONAL, further patterns). Rasqal 0.9.33 loses
/// such joins and answers rows that do not match (seen with the other patterns before the UNION
/// and after it, with the joining variable selected or not, and with the UNION in a subquery), so
/// only a UNION that is, with the groups around it, the whole WHERE clause is let through.
std::optional<UnsupportedFeature> union_joined(const std::vector<Token>& tokens) {
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].type != TokenType::word || tokens[i].text != "UNION") continue;
    for (auto group = enclosing_group(tokens, i); group; group = enclosing_group(tokens, *group))
      if (!only_groups_joined_by_union(tokens, *group))
        return UnsupportedFeature{"UNION joined with other patterns", tokens[i].line, tokens[i].column,
                                  "put the other patterns and filters into each branch, so that the UNION is the "
                                  "whole WHERE clause: WHERE { { ... } UNION { ... } }"};
  }
  return std::nullopt;
}

} // namespace

std::optional<std::string> describe_as_select(std::string_view query) {
  const auto tokens = tokenize(query);
  std::size_t at = 0;
  while (at < tokens.size() && !(tokens[at].type == TokenType::word && tokens[at].text == "DESCRIBE"))
    ++at;
  if (at == tokens.size()) return std::nullopt;
  // One DESCRIBE only: the SELECT made from it must not be a DESCRIBE again (run() would rewrite
  // it once per word, as deep as the query is long).
  for (std::size_t i = at + 1; i < tokens.size(); ++i)
    if (tokens[i].type == TokenType::word && tokens[i].text == "DESCRIBE")
      throw InputError(
          fmt::format("query:{}:{}: a second DESCRIBE; a query has one form", tokens[i].line, tokens[i].column));
  bool variables = false, constants = false;
  for (std::size_t i = at + 1; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    if (t.text == "{" || (t.type == TokenType::word && (t.text == "WHERE" || t.text == "LIMIT"))) break;
    variables |= t.type == TokenType::variable || t.text == "*";
    constants |= t.type == TokenType::iri || t.type == TokenType::prefixed;
  }
  if (!variables) return std::nullopt;
  if (constants)
    throw InputError(fmt::format("query:{}:{}: DESCRIBE names both IRIs and variables; describe the IRIs in one "
                                 "query and the variables' values in another",
                                 tokens[at].line, tokens[at].column));
  std::string select(query);
  select.replace(tokens[at].offset, std::string_view("DESCRIBE").size(), "SELECT DISTINCT");
  return select;
}

bool looks_like_property_path(std::string_view query) {
  return path_operator(tokenize(query)).has_value();
}

std::optional<UnsupportedFeature> find_unsupported_feature(std::string_view query) {
  const auto tokens = tokenize(query);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto& t = tokens[i];
    if (t.type != TokenType::word) continue;
    auto at = [&](std::string feature, std::string advice) {
      return UnsupportedFeature{std::move(feature), t.line, t.column, std::move(advice)};
    };
    if (t.text == "MINUS") return at("MINUS", "use OPTIONAL { ... } with FILTER(!BOUND(?x)) instead");
    if (t.text == "EXISTS")
      return at(i > 0 && tokens[i - 1].text == "NOT" ? "FILTER NOT EXISTS" : "FILTER EXISTS",
                "use OPTIONAL { ... } with FILTER(!BOUND(?x)) (or BOUND(?x)) instead");
    if (t.text == "FROM" || t.text == "SERVICE" || t.text == "LOAD")
      return at(t.text, "queries run over the dataset only; leave out " + t.text);
    if (t.text == "GROUP_CONCAT") {
      int depth = 0;
      for (std::size_t j = i + 1; j < tokens.size(); ++j) {
        if (tokens[j].text == "(") ++depth;
        if (tokens[j].text == ")" && --depth == 0) break;
        if (tokens[j].type == TokenType::word && tokens[j].text == "SEPARATOR")
          return at("GROUP_CONCAT with a separator (Rasqal 0.9.33 ignores it and joins with a space)",
                    "leave out the separator, or join the values in your own program");
      }
    }
    if (t.text == "VALUES") {
      // VALUES ?x { one } is fine; several values or rows give wrong bindings or a crash.
      std::size_t values = 0;
      std::size_t j = i + 1;
      while (j < tokens.size() && tokens[j].text != "{")
        ++j;
      int depth = 0;
      for (; j < tokens.size(); ++j) {
        if (tokens[j].text == "{")
          ++depth;
        else if (tokens[j].text == "}") {
          if (--depth == 0) break;
        } else if (tokens[j].text != "(" && tokens[j].text != ")") {
          ++values;
        }
      }
      if (values > 1) return at("VALUES with several values", "use FILTER(?x = a || ?x = b) or one query per value");
    }
  }
  if (auto joined = union_joined(tokens)) return joined;
  return path_operator(tokens);
}

} // namespace vidensgraf
