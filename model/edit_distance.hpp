// Edit distance and "did you mean" candidates: the one place that decides which known name is
// close to a mistyped one (commands, options, views, entity ids).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vidensgraf {

/// Levenshtein distance between two short strings, counting a swap of two neighbouring
/// characters ("overveiw" for "overview") as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The largest distance at which a known name still counts as what `typed` meant.
std::size_t suggestion_distance(std::string_view typed);

/// The names in `known` closest to `typed`, all at the smallest distance within
/// suggestion_distance, in the order of `known`; empty when none is close.
std::vector<std::string> closest_names(std::string_view typed, const std::vector<std::string>& known);

} // namespace vidensgraf
