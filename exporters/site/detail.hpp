// Internals shared by the site's page builders.
#pragma once

#include "exporters/catalogue/dump_digest.hpp"
#include "exporters/site/site.hpp"
#include "model/model.hpp"
#include "model/rdf/term.hpp"

#include <string>
#include <vector>

namespace vidensgraf::detail {

/// What every page builder needs.
struct SiteContext {
  const Model& model;
  std::string base; ///< base IRI in effect
  SiteOptions options;
  std::string ui = "en"; ///< the interface language of the pages being built: "en" or "da"
};

/// Relative path of an entity's document from the site root: "{segment}/{id}.{ext}".
std::string entity_path(const Model& model, Vertex v, std::string_view ext);
/// An <a> to an entity's page from a page at `root`, its label in the page's language `ui`.
std::string entity_link(const Model& model, Vertex v, std::string_view root, std::string_view ui);
/// Escaped `text` in a <span lang> (xml:lang too).
std::string lang_span(std::string_view lang, std::string_view text);
/// The text in the page's language `ui`, escaped; else an untagged one; else the first other
/// language's, in a lang span. Empty when there is none.
std::string in_language(const LangText& text, std::string_view ui);
/// "In Danish" / "På dansk" (and English); another language's tag as it is.
std::string language_name(std::string_view lang, std::string_view ui);
/// "In Danish: " and another language's text where it differs from the one in `ui`, the text in
/// a lang span; else empty.
std::string other_language(const LangText& text, std::string_view ui);
/// "stated" or "curated" as an escaped span, in the interface language `ui`.
std::string basis_badge(bool curated, std::string_view ui);
/// The sources and sections of a provenance record as escaped markup with links.
std::string citations_html(const Model& model, ProvenanceId id, std::string_view root, std::string_view ui);
/// A LangText of an entity's attribute values for `attribute` (lang_text attributes).
LangText entity_texts(const Model& model, Vertex v, AttributeId attribute);

/// The entity page (body and frame filled in).
std::string entity_page(const SiteContext& site, Vertex v, const std::string& jsonld, const std::string& svg);
/// The kind's page listing its entities.
std::string kind_page(const SiteContext& site, KindId kind);
/// The query page: example queries as forms on the served site, as text on a static host.
std::string query_page(const SiteContext& site);
/// The search page, its index as a script (every entity's labels, alternative labels and
/// descriptions) and its script.
std::string search_page(const SiteContext& site);
std::string search_index_js(const Model& model);
std::string_view search_script();
/// The home page; the downloads list each of `dumps` with its size.
std::string home_page(const SiteContext& site, const std::vector<DumpFile>& dumps);
/// A matrix cell's basis ("stated", ...): its mark, hidden from screen readers, and the words.
std::string basis_cell_html(std::string_view basis, std::string_view ui);
/// The legend of the basis marks (●, ◐, ○, ·) in words.
std::string legend_html(std::string_view ui);
/// The project × challenge area matrix (model/challenge_matrix.hpp) as an accessible table.
std::string matrix_html(const SiteContext& site, std::string_view root);
/// One challenge area's column of the matrix: every project, its basis and the path behind it.
std::string matrix_column_html(const SiteContext& site, Vertex area, std::string_view root);
/// The ontology's documentation page.
std::string ontology_page(const SiteContext& site);
/// Apache .htaccess for content negotiation.
std::string htaccess_text();
/// The nginx snippet for content negotiation.
std::string nginx_text();
/// nginx as a reverse proxy in front of `vidensgraf serve` (nginx-proxy.conf).
std::string nginx_proxy_text();
/// Apache as a reverse proxy in front of `vidensgraf serve` (apache-proxy.conf).
std::string apache_proxy_text();

} // namespace vidensgraf::detail
