// UTF-8 checks and character counting for the loader's positions.
#pragma once

#include <cstddef>
#include <string_view>

namespace vidensgraf {

/// Length of the longest valid UTF-8 prefix of `text` (== text.size() when all of it is valid).
/// Rejects overlong forms, surrogates (U+D800..U+DFFF) and code points above U+10FFFF.
std::size_t valid_utf8_prefix(std::string_view text) noexcept;

/// Number of Unicode characters in valid UTF-8 text (continuation bytes are not counted).
std::size_t utf8_length(std::string_view text) noexcept;

/// Cuts valid UTF-8 text to at most `max_chars` characters without splitting a character.
std::string_view utf8_prefix(std::string_view text, std::size_t max_chars) noexcept;

} // namespace vidensgraf
