// English in messages that name a kind or relation at run time: the indefinite article before it.
#pragma once

#include <string>
#include <string_view>

namespace vidensgraf {

/// "a" or "an" as spoken before `word`: "an Organisation", "a Project", "an RDF file", "a url".
std::string_view indefinite_article(std::string_view word);

/// `word` after its indefinite article: with_article("Organisation") is "an Organisation".
std::string with_article(std::string_view word);

} // namespace vidensgraf
