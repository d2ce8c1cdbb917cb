// Refusing input that Raptor 2.0.15 (and Rasqal 0.9.33 through it) would corrupt memory on, before
// either library sees it.
//
// Found by fuzzing (fuzz/README.md): Raptor keeps a literal's language tag length in one byte
// (raptor_term's language_len is an unsigned char), and every parser (Turtle, N-Triples, N-Quads,
// RDF/XML, RDF/JSON) and Rasqal's CONSTRUCT results hand it longer tags: the copy overruns the
// heap block and `vidensgraf import` aborted with "malloc(): invalid size". Debian 12's Raptor
// carries the fixes for the other published parser overflows (CVE-2017-18926, CVE-2020-25713,
// CVE-2024-57822, CVE-2024-57823), but not this one. A pre-check was chosen over parsing in a
// child process: the defect has one narrow trigger that a scan finds exactly, a refusal gives the
// user the line of the offending tag, and a child process would cost a fork per import and hide
// Raptor's diagnostics behind a pipe. No real language tag comes near the limit (BCP 47 tags in
// use are at most a few dozen characters).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vidensgraf {

/// The longest language tag Raptor 2.0.15 can hold.
inline constexpr std::size_t max_language_tag_length = 255;

/// Why some input must not reach Raptor, and where.
struct UnsafeInput {
  std::size_t offset = 0;   ///< byte offset into the text
  std::uint32_t line = 1;   ///< 1-based line of that byte
  std::uint32_t column = 1; ///< 1-based column in characters
  std::string message;
};

/// What in `text`, RDF in Raptor syntax `syntax`, Raptor 2.0.15 would overrun memory on: a
/// language tag over max_language_tag_length characters, or, in RDF/XML, one that a scan cannot
/// see (an entity in xml:lang, an xml:lang default from a DTD, a document not in an
/// ASCII-compatible encoding). Nothing when the text is safe to parse.
std::optional<UnsafeInput> raptor_unsafe_input(std::string_view text, std::string_view syntax);

/// The same for a SPARQL query run by Rasqal 0.9.33: an over-long language tag, or STRLANG in a
/// CONSTRUCT query (its tag is computed, and Rasqal hands it to Raptor to build the triples).
std::optional<UnsafeInput> rasqal_unsafe_query(std::string_view query);

} // namespace vidensgraf
