// A small token scan of a SPARQL query, run before Rasqal 0.9.33 sees it, that finds the
// features Rasqal rejects with an unhelpful message, crashes on or answers wrongly (see
// docs/sparql.md): property paths, MINUS, EXISTS / NOT EXISTS, VALUES with several values,
// GROUP_CONCAT with a separator, and FROM / SERVICE / LOAD, which would read other data.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vidensgraf {

/// A feature the query uses that vidensgraf sparql does not run.
struct UnsupportedFeature {
  std::string feature; ///< e.g. "MINUS"
  int line = 1;        ///< 1-based position of the token in the query
  int column = 1;
  std::string advice; ///< what to write instead
};

/// The first unsupported feature in `query`, nothing when it has none. Strings, IRIs and
/// comments are skipped, so a keyword inside a literal is not mistaken for one.
std::optional<UnsupportedFeature> find_unsupported_feature(std::string_view query);

/// For a DESCRIBE of variables (or *): the same query with DESCRIBE made SELECT DISTINCT, whose
/// answer gives the resources to describe; nothing for any other query, or a DESCRIBE of IRIs
/// only (Rasqal parses those). Throws InputError when the DESCRIBE names both.
std::optional<std::string> describe_as_select(std::string_view query);

/// True when the query has a token that looks like a property path operator (for a clearer
/// message when Rasqal reports a syntax error).
bool looks_like_property_path(std::string_view query);

} // namespace vidensgraf
