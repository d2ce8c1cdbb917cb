// What every graph query takes besides its entities: which bases of relation an answer may rest
// on, the language of its labels, and how many rows to give.
#pragma once

#include "model/connection_path.hpp"
#include "model/model.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
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

/// True when the path passes the filter: for stated, no curated step; for curated, at least one.
bool path_passes(const ConnectionPath& path, BasisFilter filter) noexcept;

/// The settings a query runs with.
struct QuerySettings {
  BasisFilter basis = BasisFilter::any;
  std::string language;   ///< of labels and relation names; empty: the dataset's first language
  std::size_t limit = 20; ///< rows at most; 0 means all

  /// The language to write in: `language`, or the model's default when empty.
  std::string_view language_of(const Model& model) const;
};

/// The default of QuerySettings::limit, documented in the command's help.
inline constexpr std::size_t query_default_limit = 20;

} // namespace vidensgraf
