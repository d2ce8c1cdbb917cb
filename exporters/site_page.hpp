// The frame of every page of the static site: a small hand-written HTML template. Debian has no
// C++ template library that would be clearly better for a dozen fixed page shapes (inja or
// mustache would add a dependency and a second escaping rule); every datum goes through
// html_escape (html_escape.hpp) and the markup is polyglot HTML5, well-formed as XML too.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vidensgraf {

/// The parts of a page around its body.
struct PageFrame {
  std::string title;       ///< plain text, escaped by render_page
  std::string root;        ///< relative path from the page to the site's root: "" or "../"
  std::string description; ///< plain text for <meta name="description">, may be empty
  /// (media type, relative href) of other representations of the same thing.
  std::vector<std::pair<std::string, std::string>> alternates;
  std::string jsonld; ///< a JSON-LD document embedded in <script type="application/ld+json">, or empty
};

/// The whole page: doctype, head (title, stylesheet, alternates, JSON-LD), the site's navigation,
/// `body` (markup already built with html_escape) and the footer.
std::string render_page(const PageFrame& frame, std::string_view body);

/// The site's icon (favicon.svg): a small graph.
std::string_view site_icon();

/// The site's shared stylesheet (style.css).
std::string_view site_stylesheet();

} // namespace vidensgraf
