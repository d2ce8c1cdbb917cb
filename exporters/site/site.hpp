// The linked-data site: every page, RDF document, dump, ontology file and server configuration of
// one model. `vidensgraf site` builds it in memory (build_site) and writes it to a folder;
// `vidensgraf serve` renders each file on request through the same SiteRenderer
// (site_renderer.hpp). Layout (IRIs are {base}{segment}/{id}, documents beside them):
//   index.html, style.css, .htaccess, nginx.conf        home page, stylesheet, server configuration
//   query.html, search.html, search-index.js, search.js  example queries, search and its index
//   dataset.{ttl,nt,jsonld,rdf}                          DCAT/VoID description ({base}dataset), DCAT-AP 3.0.1
//   dataset.dcat-ap-dk.{ttl,nt,jsonld,rdf}               the same description for DCAT-AP-DK 2.0.2
//   downloads/data.{ttl,nt,nq,rdf,rj,jsonld}             the full dumps
//   ontology/index.html, vidensgraf.ttl, shapes.ttl, context.jsonld
//   {segment}/index.html                                 one page per kind
//   {segment}/{id}.{html,ttl,nt,jsonld,rdf}              one page and four RDF documents per entity
// Every page NAME.html (in English) has a twin NAME.da.html (in Danish; its links lead to Danish
// pages): interface text, labels, descriptions and diagrams in the page's language, another
// language's text only where a reader needs it (language.cpp).
#pragma once

#include "exporters/publication.hpp"
#include "model/model.hpp"

#include <array>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace vidensgraf {

/// One file of the site: always with its bytes in `body` (the server answers from them).
using SiteFile = PublicationFile;

/// Every file of the site by its relative path ("project/kol-region-nord.html"), sorted.
using SiteFiles = PublicationFiles;

/// What the site shows.
struct SiteOptions {
  std::string base;            ///< overrides the dataset's base IRI when not empty
  bool diagrams = true;        ///< draw a focus diagram on each entity page
  std::string sparql_endpoint; ///< a SPARQL endpoint the description names (dcat:DataService); empty: none
  bool served = false;         ///< built by `vidensgraf serve`: the query page posts to its endpoint (sparql)
};

/// Builds the whole site: every path of SiteRenderer rendered. Deterministic: the same model gives
/// byte-identical files.
/// Throws UsageError without a base IRI, InputError when a value cannot be written in RDF/XML.
SiteFiles build_site(const Model& model, const SiteOptions& options);

/// The RDF documents an IRI path can be given as, with their media types, in order of preference
/// for a client that accepts anything: html, ttl, nt, jsonld, rdf.
struct DocumentType {
  std::string_view extension;
  std::string_view media_type;
};
/// The five document types of an entity.
const std::array<DocumentType, 5>& entity_document_types();
/// The media type of the site's pages (the first of entity_document_types), and of every HTML
/// answer of the server.
inline constexpr std::string_view html_media_type = "text/html";
/// The same with its character set, as a page is sent.
inline constexpr std::string_view html_page_media_type = "text/html; charset=utf-8";

} // namespace vidensgraf
