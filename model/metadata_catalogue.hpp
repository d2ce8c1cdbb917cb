// The parts of dataset.toml that only the catalogue record (DCAT-AP) uses: the publisher's type
// and names per language, the contact point, data themes, countries, temporal coverage and
// keywords per language. Each is checked (codes against model/controlled_vocabularies.hpp,
// e-mail addresses, IRIs, dates) and every problem is reported at its line and column.
#pragma once

#include "model/diagnostics.hpp"
#include "model/metadata.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <toml++/toml.h>

namespace vidensgraf {

/// Reads the catalogue fields of a parsed dataset.toml into `meta`; problems go to `diagnostics`.
void read_catalogue_fields(const toml::table& table, const std::string& shown, DatasetMetadata& meta,
                           Diagnostics& diagnostics);

/// Why `address` is not an e-mail address (local@domain.tld, no spaces), or nothing.
std::optional<std::string> check_email(std::string_view address);

} // namespace vidensgraf
