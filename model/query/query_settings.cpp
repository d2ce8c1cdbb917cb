#include "model/query/query_settings.hpp"

namespace vidensgraf {

std::string_view QuerySettings::language_of(const Model& model) const {
  if (!language.empty()) return language;
  const auto& languages = model.metadata().languages;
  return languages.empty() ? std::string_view{} : std::string_view{languages.front()};
}

} // namespace vidensgraf
