// Escaping data for HTML: the one helper every page of the site uses for text and attributes,
// and the one for JSON embedded in a <script> block.
#pragma once

#include <string>
#include <string_view>

namespace vidensgraf {

/// `text` with & < > " ' replaced by character references: safe as element text and inside a
/// quoted attribute value. No markup from data reaches a page except through this function.
std::string html_escape(std::string_view text);

/// JSON text made safe inside <script>: '<', '>' and '&' become \u003c, \u003e and \u0026 (the
/// same JSON value), so data cannot close the script element ("</script>") or open a comment,
/// and the page stays well-formed XML as well as HTML.
std::string json_for_script(std::string_view json);

} // namespace vidensgraf
