// Checks and parsers for the typed values a dataset holds: ids, language tags, dates, amounts
// and IRIs. Each check returns an explanation when the value is malformed, nothing when it is
// well-formed, so the loader can report it with its position.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vidensgraf {

/// The precision of a date value: the xsd type it is exported as.
enum class DatePrecision { year, year_month, date };

/// A monetary amount split into its decimal value and ISO 4217 currency code.
struct Amount {
  std::string_view value;    ///< decimal number, e.g. "8700000" or "8.7"
  std::string_view currency; ///< three capital letters, e.g. "DKK"
};

/// Why `id` is not a valid entity id (letters, digits, '-', '_' and '.', starting with a letter
/// or digit, at most 200 characters), or nothing when it is.
std::optional<std::string> check_id(std::string_view id);

/// Why `tag` is not a well-formed BCP 47 language tag (such as "da", "en", "en-GB"), or nothing.
std::optional<std::string> check_language_tag(std::string_view tag);

/// Why `value` is not a date written YYYY-MM-DD, YYYY-MM or YYYY (a real calendar date), or nothing.
std::optional<std::string> check_date(std::string_view value);

/// The precision of a date that passed check_date.
DatePrecision date_precision(std::string_view value) noexcept;

/// Why `value` is not an amount written "<decimal> <CUR>" (e.g. "200000000 DKK"), or nothing.
std::optional<std::string> check_amount(std::string_view value);

/// Splits an amount that passed check_amount.
Amount parse_amount(std::string_view value) noexcept;

/// Why `value` is not an absolute http(s) IRI without spaces or forbidden characters, or nothing.
std::optional<std::string> check_http_iri(std::string_view value);

} // namespace vidensgraf
