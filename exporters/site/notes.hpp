// The notes and sources of a page's table rows, each said once: a row whose note and sources
// (as markup) also stand on another row refers to one numbered entry in a list after the tables
// instead of repeating them (a challenge area's page would say one note and source fifteen times).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace vidensgraf::detail {

class PageNotes {
public:
  /// Counts one row's note and sources; every row is counted before any cell is asked for.
  void count(const std::string& html);
  /// A row's cell: the markup itself when no other row has it, else a link to its entry.
  std::string cell(const std::string& html, std::string_view ui);
  /// The numbered entries referred to, in order of first reference; empty when there are none.
  std::string list_html(std::string_view ui) const;

private:
  std::map<std::string, std::size_t, std::less<>> counts_;
  std::map<std::string, std::size_t, std::less<>> numbers_;
  std::vector<const std::string*> entries_; ///< keys of numbers_, by number - 1
};

} // namespace vidensgraf::detail
