#include "model/edit_distance.hpp"

#include <algorithm>

namespace vidensgraf {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: three rows, so a transposition costs one edit.
  std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = std::min(row[j], before[j - 2] + 1);
    }
    before.swap(previous);
    previous.swap(row);
  }
  return previous[b.size()];
}

std::size_t suggestion_distance(std::string_view typed) {
  return std::max<std::size_t>(2, typed.size() / 4);
}

std::vector<std::string> closest_names(std::string_view typed, const std::vector<std::string>& known) {
  const std::size_t limit = suggestion_distance(typed);
  std::size_t best = limit + 1;
  std::vector<std::string> closest;
  for (const auto& name : known) {
    const std::size_t d = edit_distance(typed, name);
    // A name that shares nothing with a short typo ("da" for "ls") is no suggestion.
    if (d > limit || d >= std::max(typed.size(), name.size())) continue;
    if (d < best) {
      best = d;
      closest.clear();
    }
    if (d == best) closest.push_back(name);
  }
  return closest;
}

} // namespace vidensgraf
