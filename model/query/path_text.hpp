// A path as a reader sees it: labels in one language, each step's relation with its basis and
// source, "Bedre match … → ledes af [stated: annoncering] → Københavns Kommune". Shared by every
// query that explains a row by a path.
#pragma once

#include "model/connection_path.hpp"
#include "model/model.hpp"

#include <string>
#include <string_view>

namespace vidensgraf {

/// "stated" or "curated": the basis of the relation a step follows.
std::string_view step_basis(const PathStep& step) noexcept;

/// The relation's label in `lang` (falling back to the other languages, then its name).
std::string_view relation_label(const Model& model, RelationId relation, std::string_view lang);

/// The ids of the sources of the step's relation, joined by ", " ("annoncering, kl-dk").
std::string step_sources(const Model& model, const PathStep& step);

/// The path in labels of `lang`: "A → ledes af [stated: annoncering] → B ← ejer [curated: x] ← C".
std::string readable_path(const Model& model, const ConnectionPath& path, std::string_view lang);

/// The entity's kind's label in `lang` ("sag", "case"), lower case as the ontology gives it.
std::string kind_label(const Model& model, Vertex v, std::string_view lang);

} // namespace vidensgraf
