// Choosing a representation by the HTTP Accept header (RFC 9110 section 12.5.1): media ranges
// with q-values, the most specific range deciding each candidate's quality; and a language by
// Accept-Language (RFC 9110 section 12.5.4, language ranges matched as in RFC 4647 lookup).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace vidensgraf {

/// The candidate (an index into `offered`) the client prefers: highest quality, then the
/// earliest offered; nothing when every candidate has quality 0 (answer 406). An empty or absent
/// Accept header accepts anything. Parameters other than q are ignored.
std::optional<std::size_t> negotiate(std::string_view accept, const std::vector<std::string_view>& offered);

/// The language (an index into `offered`, tags such as "en", "da") the client prefers by its
/// Accept-Language header: the highest quality, then the earliest offered. A range matches a tag
/// when it is the tag, "*", or a more specific tag of it ("da-DK" matches "da"); the most specific
/// matching range gives the quality. An empty header, or one that accepts none of them, gives
/// 0: the first offered is the default, not a refusal.
std::size_t negotiate_language(std::string_view accept_language, const std::vector<std::string_view>& offered);

} // namespace vidensgraf
