// One language per page: the data's labels and descriptions shown in the page's interface
// language, falling back to another language (marked with lang, so a screen reader switches
// voice) only where the page's language has none; and the other language's text where a reader
// needs it (a title's original), marked the same way.
#include "exporters/site/html_escape.hpp"
#include "exporters/site/detail.hpp"

namespace vidensgraf::detail {

std::string lang_span(std::string_view lang, std::string_view text) {
  const std::string tag = html_escape(lang);
  return "<span lang=\"" + tag + "\" xml:lang=\"" + tag + "\">" + html_escape(text) + "</span>";
}

std::string in_language(const LangText& text, std::string_view ui) {
  const auto& all = text.all();
  for (const auto& [lang, value] : all)
    if (lang == ui) return html_escape(value);
  for (const auto& [lang, value] : all)
    if (lang.empty()) return html_escape(value);
  if (all.empty()) return {};
  return lang_span(all.front().first, all.front().second);
}

std::string language_name(std::string_view lang, std::string_view ui) {
  if (lang == "da") return ui == "da" ? "På dansk" : "In Danish";
  if (lang == "en") return ui == "da" ? "På engelsk" : "In English";
  return std::string(lang);
}

std::string other_language(const LangText& text, std::string_view ui) {
  std::string_view own;
  for (const auto& [lang, value] : text.all())
    if (lang == ui) own = value;
  if (own.empty()) return {};
  for (const auto& [lang, value] : text.all())
    if (!lang.empty() && lang != ui && value != own)
      return html_escape(language_name(lang, ui)) + ": " + lang_span(lang, value);
  return {};
}

} // namespace vidensgraf::detail
