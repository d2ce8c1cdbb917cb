// Choosing a representation by the HTTP Accept header (RFC 9110 section 12.5.1): media ranges
// with q-values, the most specific range deciding each candidate's quality.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace vidensgraf {

/// The candidate (an index into `offered`) the client prefers: highest quality, then the
/// earliest offered; nothing when every candidate has quality 0 (answer 406). An empty or absent
/// Accept header accepts anything. Parameters other than q are ignored.
std::optional<std::size_t> negotiate(std::string_view accept, const std::vector<std::string_view>& offered);

} // namespace vidensgraf
