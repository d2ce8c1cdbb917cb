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
  std::string jsonld;    ///< a JSON-LD document embedded in <script type="application/ld+json">, or empty
  std::string ui = "en"; ///< language of the interface text: "en" (NAME.html) or "da" (NAME.da.html)
  std::string self;      ///< the English page's file name in its folder ("evil.html"), for the switch
  /// The Danish page's address, where it is not danish_page_path(self) (the server's query form
  /// is one address with a language parameter: "sparql?lang=da").
  std::string self_da;
};

/// One of two interface texts by the page's interface language.
inline const char* ui_text(std::string_view ui, const char* en, const char* da) {
  return ui == "da" ? da : en;
}

/// The Danish page's path for an English page's path: "project/x.html" -> "project/x.da.html".
std::string danish_page_path(std::string_view html_path);

/// Points the relative links to pages (href="...html", also xlink:href, with a #fragment or not)
/// at the Danish pages; absolute URLs are left alone. Sound on our own markup only: every
/// attribute value is escaped, so no '"' from the data can start or end one.
std::string link_danish_pages(const std::string& html);

/// The whole page: doctype, head (title, stylesheet, alternates, JSON-LD), the site's navigation
/// with the switch to the page in the other interface language, `body` (markup already built
/// with html_escape) and the footer. A Danish page's links lead to Danish pages.
std::string render_page(const PageFrame& frame, std::string_view body);

/// The site's icon (favicon.svg): a small graph.
std::string_view site_icon();

/// The site's shared stylesheet (style.css).
std::string_view site_stylesheet();

} // namespace vidensgraf
