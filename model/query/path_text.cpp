#include "model/query/path_text.hpp"
#include "model/query/query_words.hpp"

#include <fmt/format.h>

namespace vidensgraf {

namespace {

std::string_view other_language(const Model& model, std::string_view lang) {
  for (const auto& l : model.metadata().languages)
    if (l != lang) return l;
  return lang;
}

} // namespace

std::string_view step_basis(const PathStep& step) noexcept {
  return step.curated ? "curated" : "stated";
}

std::string_view relation_label(const Model& model, RelationId relation, std::string_view lang) {
  const auto& def = model.schema().relation(relation);
  const std::string_view label = def.labels.get(lang, other_language(model, lang));
  return label.empty() ? std::string_view{def.name} : label;
}

std::string step_sources(const Model& model, const PathStep& step) {
  std::string out;
  for (const auto& citation : model.provenance(model.relation(step.edge).provenance).citations)
    out += (out.empty() ? "" : ", ") + model.entity(citation.source).id;
  return out;
}

std::string readable_path(const Model& model, const ConnectionPath& path, std::string_view lang) {
  std::string out{model.label(path.start, lang)};
  for (const auto& step : path.steps) {
    const char* arrow = step.direction == Direction::forward ? "\xE2\x86\x92" : "\xE2\x86\x90"; // → or ←
    const auto basis = query_word(step.curated ? QueryWord::step_curated : QueryWord::step_stated, lang);
    out += fmt::format(" {} {} [{}: {}] {} {}", arrow, relation_label(model, step.relation, lang), basis,
                       step_sources(model, step), arrow, model.label(step.entity, lang));
  }
  return out;
}

std::string kind_label(const Model& model, Vertex v, std::string_view lang) {
  const auto& kind = model.schema().kind(model.entity(v).kind);
  std::string label{kind.labels.get(lang, other_language(model, lang))};
  if (label.empty()) label = kind.name;
  if (!label.empty() && label[0] >= 'A' && label[0] <= 'Z') label[0] = static_cast<char>(label[0] - 'A' + 'a');
  return label;
}

} // namespace vidensgraf
