// Which answers a question about connections keeps, by the basis of the relations they rest on
// (--basis stated|curated|any): the graph queries, the project-challenge matrix and the diagrams
// drawn from it take the same filter.
#pragma once

#include "model/connection_path.hpp"

#include <cstdint>
#include <string_view>

namespace vidensgraf {

/// Which answers a query keeps, by the basis of the relations they rest on.
enum class BasisFilter : std::uint8_t {
  stated,  ///< only answers every step of which a source states (searches follow stated relations only)
  curated, ///< only answers that rest on at least one relation an editor derived
  any,     ///< every answer
};

/// "stated", "curated" or "any".
std::string_view basis_filter_name(BasisFilter filter) noexcept;

/// Parses "stated", "curated" or "any"; throws UsageError otherwise.
BasisFilter parse_basis_filter(std::string_view text);

/// True when a path with (`any_curated`) or without a curated step passes the filter.
bool basis_passes(BasisFilter filter, bool any_curated) noexcept;

/// True when the path passes the filter: for stated, no curated step; for curated, at least one.
bool path_passes(const ConnectionPath& path, BasisFilter filter) noexcept;

} // namespace vidensgraf
