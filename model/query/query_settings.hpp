// What every graph query takes besides its entities: which bases of relation an answer may rest
// on, the language of its labels, and how many rows to give.
#pragma once

#include "model/basis_filter.hpp"
#include "model/model.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vidensgraf {

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
