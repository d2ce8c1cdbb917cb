// Repeated notes and sources said once on a page (notes.hpp).
#include "exporters/site/notes.hpp"

#include "exporters/site/page.hpp"

namespace vidensgraf::detail {

void PageNotes::count(const std::string& html) {
  if (!html.empty()) ++counts_[html];
}

std::string PageNotes::cell(const std::string& html, std::string_view ui) {
  const auto it = counts_.find(html);
  if (html.empty() || it == counts_.end() || it->second < 2) return html;
  auto [entry, added] = numbers_.try_emplace(html, entries_.size() + 1);
  if (added) entries_.push_back(&entry->first);
  const std::string n = std::to_string(entry->second);
  return "<a href=\"#note-" + n + "\">" + ui_text(ui, "see note ", "se note ") + n + "</a>";
}

std::string PageNotes::list_html(std::string_view ui) const {
  if (entries_.empty()) return {};
  std::string out = std::string("<h2 id=\"notes\">") +
                    ui_text(ui, "Shared notes and sources", "Fælles noter og kilder") + "</h2>\n<ol class=\"notes\">\n";
  for (std::size_t i = 0; i < entries_.size(); ++i)
    out += "<li id=\"note-" + std::to_string(i + 1) + "\">" + *entries_[i] + "</li>\n";
  return out + "</ol>\n";
}

} // namespace vidensgraf::detail
