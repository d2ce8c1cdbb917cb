// The languages an attribute must be given in (vg:requiredLanguage), checked the same way by
// every reader of a dataset (the CSV loader, the RDF importer).
#pragma once

#include "model/model.hpp"

#include <span>
#include <string_view>
#include <vector>

namespace vidensgraf {

/// An entity without a value of `attribute` in `language`, which the schema requires.
struct MissingLanguage {
  Vertex entity;
  AttributeId attribute;
  std::string_view language; ///< one of the attribute's required_languages
};

/// Every missing required language: by attribute, then by required language, then by entity in
/// the order of `entities` (each reader reports in its own order).
std::vector<MissingLanguage> missing_required_languages(const Model& model, std::span<const Vertex> entities);

} // namespace vidensgraf
