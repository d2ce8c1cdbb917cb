// The service description is a handful of triples written by the exporters' RDF writer (so every
// syntax the server offers works for it); the form and the results table go through the site's
// page frame and html_escape like every page of the site.
#include "server/sparql_service.hpp"

#include "exporters/site/example_queries.hpp"
#include "exporters/site/html_escape.hpp"
#include "exporters/site/page.hpp"
#include "model/error.hpp"
#include "model/rdf/vocabulary.hpp"

#include <nlohmann/json.hpp>

#include <array>

namespace vidensgraf {

namespace {

constexpr std::string_view sd = "http://www.w3.org/ns/sparql-service-description#";
constexpr std::string_view formats = "http://www.w3.org/ns/formats/";

/// The W3C format IRIs of what /sparql answers in (server/linked_data_server.cpp offers the same).
constexpr std::array<std::string_view, 8> result_formats{"SPARQL_Results_JSON",
                                                         "SPARQL_Results_XML",
                                                         "SPARQL_Results_CSV",
                                                         "SPARQL_Results_TSV",
                                                         "Turtle",
                                                         "N-Triples",
                                                         "JSON-LD",
                                                         "RDF_XML"};

/// An application/x-www-form-urlencoded value: unreserved characters as they are, the rest as %XX.
std::string form_encode(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

/// One cell of a results table: an IRI as a link, a literal with its language or datatype.
std::string cell_html(const nlohmann::json& value) {
  const std::string type = value.value("type", "");
  const std::string text = value.value("value", "");
  if (type == "uri") return "<a href=\"" + html_escape(text) + "\">" + html_escape(text) + "</a>";
  if (type == "bnode") return "_:" + html_escape(text);
  std::string out = html_escape(text);
  if (value.contains("xml:lang"))
    out = "<span lang=\"" + html_escape(value["xml:lang"].get<std::string>()) + "\">" + out + "</span>";
  return out;
}

} // namespace

void for_each_service_triple(const std::string& endpoint, const std::string& dataset, std::size_t triples,
                             const std::function<void(const Triple&)>& sink) {
  const Term service = iri_term(endpoint);
  const Term default_dataset = iri_term(endpoint + "#dataset");
  const Term default_graph = iri_term(endpoint + "#default-graph");
  const Term type = iri_term(vocab::term(vocab::rdf, "type"));
  auto sd_term = [](std::string_view local) { return iri_term(vocab::term(sd, local)); };
  sink({service, type, sd_term("Service"), {}});
  sink({service, sd_term("endpoint"), service, {}});
  sink({service, sd_term("supportedLanguage"), sd_term("SPARQL11Query"), {}});
  for (const auto format : result_formats)
    sink({service, sd_term("resultFormat"), iri_term(vocab::term(formats, format)), {}});
  sink({service, sd_term("defaultDataset"), default_dataset, {}});
  sink({default_dataset, type, sd_term("Dataset"), {}});
  sink({default_dataset, sd_term("defaultGraph"), default_graph, {}});
  sink({default_graph, type, sd_term("Graph"), {}});
  sink({default_graph,
        iri_term(vocab::term(vocab::void_, "triples")),
        literal_term(std::to_string(triples), {}, vocab::term(vocab::xsd, "integer")),
        {}});
  sink({default_graph, iri_term(vocab::term(vocab::rdfs, "seeAlso")), iri_term(dataset), {}});
}

std::string sparql_form_page(std::string_view query, std::string_view results, std::string_view ui) {
  ui = ui == "da" ? "da" : "en";
  const auto t = [&](const char* en, const char* da) { return std::string(ui_text(ui, en, da)); };
  const auto examples = example_queries();
  const std::string text = query.empty() ? example_query_text(examples[0], ui) : std::string(query);
  std::string body = "<h1>SPARQL</h1>\n<p>";
  body += t("Ask the dataset in SPARQL 1.1 (SELECT, ASK, CONSTRUCT or DESCRIBE). Programs send the query to this "
            "address by GET or POST (the SPARQL 1.1 Protocol) and choose the results' type with ",
            "Spørg datasættet i SPARQL 1.1 (SELECT, ASK, CONSTRUCT eller DESCRIBE). Programmer sender forespørgslen "
            "til denne adresse med GET eller POST (SPARQL 1.1-protokollen) og vælger svarets type med ");
  body += "<code>Accept</code>.</p>\n";
  body += "<form method=\"get\" action=\"sparql\">\n<p><input type=\"hidden\" name=\"lang\" value=\"" +
          html_escape(ui) + "\"/><label for=\"query\">" + t("Query", "Forespørgsel") + "</label></p>\n";
  body += "<p><textarea id=\"query\" name=\"query\" rows=\"10\" cols=\"80\" spellcheck=\"false\">" + html_escape(text) +
          "</textarea></p>\n";
  body += "<p><button type=\"submit\">" + t("Run the query", "Kør forespørgslen") + "</button></p>\n</form>\n";
  body += "<h2>" + t("Examples", "Eksempler") + "</h2>\n<ul>\n";
  for (const auto& e : examples)
    body += "<li><a href=\"sparql?lang=" + html_escape(ui) +
            "&amp;query=" + html_escape(form_encode(example_query_text(e, ui))) + "\">" +
            html_escape(example_title(e, ui)) + "</a></li>\n";
  body += "</ul>\n";
  if (!results.empty()) body += "<h2 id=\"results\">" + t("Results", "Resultat") + "</h2>\n" + std::string(results);
  PageFrame frame;
  frame.title = t("SPARQL query", "SPARQL-forespørgsel");
  frame.description =
      t("A SPARQL 1.1 query form for the dataset", "En SPARQL 1.1-formular til forespørgsler i datasættet");
  frame.ui = ui;
  // The switch to the other language keeps the query (and so shows the same results).
  const std::string asked = query.empty() ? std::string() : "&query=" + form_encode(query);
  frame.self = "sparql?lang=en" + asked;
  frame.self_da = "sparql?lang=da" + asked;
  return render_page(frame, body);
}

std::string sparql_results_html(std::string_view json, std::string_view ui) {
  const auto t = [&](const char* en, const char* da) { return std::string(ui_text(ui, en, da)); };
  const auto doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) throw InternalError("the SPARQL results are not a JSON document");
  if (doc.contains("boolean"))
    return "<p>" +
           (doc["boolean"].get<bool>()
                ? t("Yes: the pattern matches (true).", "Ja: mønstret findes i data (true).")
                : t("No: the pattern does not match (false).", "Nej: mønstret findes ikke i data (false).")) +
           "</p>\n";
  const auto& vars = doc["head"]["vars"];
  const auto& rows = doc["results"]["bindings"];
  std::string out = "<p>" + std::to_string(rows.size()) +
                    (rows.size() == 1 ? t(" row", " række") : t(" rows", " rækker")) + ".</p>\n";
  out += "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"" + t("Results", "Resultat") +
         "\">\n<table>\n<thead><tr>";
  for (const auto& v : vars)
    out += "<th scope=\"col\"><code>" + html_escape(v.get<std::string>()) + "</code></th>"; // a variable's name
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : rows) {
    out += "<tr>";
    for (const auto& v : vars) {
      const auto name = v.get<std::string>();
      out += "<td>" + (row.contains(name) ? cell_html(row[name]) : std::string()) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n</div>\n";
}

} // namespace vidensgraf
