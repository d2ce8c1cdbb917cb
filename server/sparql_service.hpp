// What the SPARQL endpoint says about itself and shows a browser: the SPARQL 1.1 Service
// Description of /sparql (for a client that asks it with no query), the HTML query form (for a
// browser with no query), and SELECT and ASK results as an HTML table (for the form's answers).
#pragma once

#include "model/rdf/triples.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace vidensgraf {

/// The service description's triples: `endpoint` as an sd:Service for SPARQL 1.1 Query, the
/// result formats it answers in (W3C format IRIs), and its one default graph (`triples` of
/// them), described by `dataset` (the dataset's IRI).
void for_each_service_triple(const std::string& endpoint, const std::string& dataset, std::size_t triples,
                             const std::function<void(const Triple&)>& sink);

/// The HTML page at /sparql for a browser: a labelled query form (GET, so that an answer has a
/// URL), example queries as links, and `results` (markup from sparql_results_html) under it.
/// `query` fills the form. Valid HTML in the site's frame (its stylesheet and navigation), in the
/// interface language `ui` ("en" or "da"), as the site's pages are; the form asks its answer in
/// the same language (a `lang` parameter), and the switch to the other language keeps the query.
std::string sparql_form_page(std::string_view query, std::string_view results = {}, std::string_view ui = "en");

/// SELECT or ASK results, given as SPARQL 1.1 JSON results, as an HTML table (ASK: a sentence).
/// Throws InternalError when `json` is not such a document. Its words are in `ui`.
std::string sparql_results_html(std::string_view json, std::string_view ui = "en");

} // namespace vidensgraf
