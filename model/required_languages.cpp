#include "model/required_languages.hpp"

#include <algorithm>

namespace vidensgraf {

std::vector<MissingLanguage> missing_required_languages(const Model& model, std::span<const Vertex> entities) {
  std::vector<MissingLanguage> missing;
  const auto& attributes = model.schema().attributes();
  const auto& languages = model.languages();
  for (std::size_t a = 0; a < attributes.size(); ++a)
    for (const auto& lang : attributes[a].required_languages) {
      // Compare ids, not tags: one lookup here instead of one a value. A language no value has
      // is missing everywhere (position past the end matches no LanguageId).
      const auto found = std::find(languages.begin() + 1, languages.end(), lang);
      const auto lang_id = static_cast<std::size_t>(found - languages.begin());
      for (const Vertex v : entities) {
        const auto& values = model.entity(v).values;
        if (std::none_of(values.begin(), values.end(), [&](const AttributeValue& value) {
              return value.attribute == a && value.language == lang_id;
            }))
          missing.push_back({v, static_cast<AttributeId>(a), lang});
      }
    }
  return missing;
}

} // namespace vidensgraf
