// The example queries that the site's query page and the server's SPARQL form both offer: the
// questions visitors ask (projects per challenge area, a project's organisations, advice for an
// area), in SPARQL 1.1, titled in both interface languages.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace vidensgraf {

/// One example: its title in English and Danish and the query, where "LANG" stands for the
/// page's language tag (the labels are asked for in the language the visitor reads).
struct ExampleQuery {
  const char* title_en;
  const char* title_da;
  const char* text;
};

/// The examples, in the order the pages show them.
std::span<const ExampleQuery> example_queries();

/// The example's title in the interface language `ui` ("en" or "da").
std::string_view example_title(const ExampleQuery& example, std::string_view ui);

/// The example's query with its labels asked for in `ui`.
std::string example_query_text(const ExampleQuery& example, std::string_view ui);

} // namespace vidensgraf
