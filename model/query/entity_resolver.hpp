// Finding the entity a user names on the command line: by id, by "segment/id", or by label
// (any language, ignoring case) when exactly one entity has it.
#pragma once

#include "model/model.hpp"

#include <string_view>

namespace vidensgraf {

/// The entity named `name`. Throws UsageError (exit 2) when the label is ambiguous (listing
/// every candidate as segment/id and label) or when nothing matches (suggesting close ids
/// and labels when there are any).
Vertex resolve_entity(const Model& model, std::string_view name);

} // namespace vidensgraf
