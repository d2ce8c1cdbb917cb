#include "model/query/entity_resolver.hpp"

#include "model/edit_distance.hpp"
#include "model/error.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace vidensgraf {

namespace {

/// Lower-cases ASCII and the Latin-1 letters À..Þ (Æ, Ø, Å and the accented vowels), which is all
/// the datasets' labels need; hand-written because a full Unicode case fold (ICU) would be a
/// large dependency for a name lookup.
std::string fold(std::string_view s) {
  std::string out(s);
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto& c = out[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < out.size()) {
      auto& d = out[i + 1];
      const auto u = static_cast<unsigned char>(d);
      if (u >= 0x80 && u <= 0x9E && u != 0x97) d = static_cast<char>(u + 0x20);
      ++i;
    }
  }
  return out;
}

std::string describe(const Model& model, Vertex v) {
  const auto& e = model.entity(v);
  return model.schema().kind(e.kind).segment + "/" + e.id + " (" + std::string(model.label(v, "")) + ")";
}

} // namespace

Vertex resolve_entity(const Model& model, std::string_view name) {
  if (auto v = model.find(name)) return *v;
  const AttributeId label = model.schema().require_attribute("label");
  const std::string wanted = fold(name);
  std::vector<Vertex> exact;
  std::vector<Vertex> close;
  const std::size_t max_distance = suggestion_distance(name);
  for (Vertex v : model.sorted_entities()) {
    const auto& e = model.entity(v);
    bool is_exact = false;
    bool is_close = fold(e.id).find(wanted) != std::string::npos || edit_distance(fold(e.id), wanted) <= max_distance;
    for (const auto& value : e.values) {
      if (value.attribute != label) continue;
      const std::string text = fold(value.value);
      if (text == wanted) is_exact = true;
      if (text.find(wanted) != std::string::npos) is_close = true;
    }
    if (is_exact)
      exact.push_back(v);
    else if (is_close)
      close.push_back(v);
  }
  if (exact.size() == 1) return exact.front();
  std::string message;
  if (exact.size() > 1) {
    message =
        "'" + std::string(name) + "' is the label of " + std::to_string(exact.size()) + " entities; name one by id:";
    for (Vertex v : exact)
      message += "\n  " + describe(model, v);
    throw UsageError(message);
  }
  message = "no entity with id or label '" + std::string(name) + "'";
  if (close.empty()) throw UsageError(message + "; run 'vidensgraf stats' to see what the dataset holds");
  message += "; did you mean:";
  for (std::size_t i = 0; i < close.size() && i < 8; ++i)
    message += "\n  " + describe(model, close[i]);
  if (close.size() > 8) message += "\n  ... and " + std::to_string(close.size() - 8) + " more";
  throw UsageError(message);
}

} // namespace vidensgraf
