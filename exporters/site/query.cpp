// The query page (query.html): the questions visitors ask, as SPARQL 1.1 queries in the page's
// language. On the site `vidensgraf serve` answers, each example is a form that posts to the
// endpoint beside the page (sparql), which answers a browser with the results as a table; on a
// static host the page explains how to run the same queries on the downloads.
#include "exporters/site/detail.hpp"
#include "exporters/site/example_queries.hpp"
#include "exporters/site/html_escape.hpp"
#include "exporters/site/page.hpp"

namespace vidensgraf::detail {

namespace {

/// An example as a form that posts it, editable, to the endpoint.
std::string example_form(const ExampleQuery& example, std::size_t n, std::string_view ui) {
  const std::string id = "query-" + std::to_string(n);
  return "<h2 id=\"example-" + std::to_string(n) + "\">" + html_escape(example_title(example, ui)) +
         "</h2>\n<form method=\"post\" action=\"sparql\">\n<p><input type=\"hidden\" name=\"lang\" value=\"" +
         std::string(ui) + "\"/><label for=\"" + id + "\">" +
         ui_text(ui, "Query (you can change it)", "Forespørgsel (du kan ændre den)") +
         "</label></p>\n<p><textarea id=\"" + id + "\" name=\"query\" rows=\"10\" cols=\"80\" spellcheck=\"false\">" +
         html_escape(example_query_text(example, ui)) + "</textarea></p>\n<p><button type=\"submit\">" +
         ui_text(ui, "Run the query", "Kør forespørgslen") + "</button></p>\n</form>\n";
}

/// An example as text, for a static host.
std::string example_text(const ExampleQuery& example, std::size_t n, std::string_view ui) {
  return "<h2 id=\"example-" + std::to_string(n) + "\">" + html_escape(example_title(example, ui)) +
         "</h2>\n<pre tabindex=\"0\"><code>" + html_escape(example_query_text(example, ui)) + "</code></pre>\n";
}

std::string static_help(std::string_view ui) {
  const auto t = [&](const char* en, const char* da) { return std::string(ui_text(ui, en, da)); };
  return "<p>" +
         t("This copy of the site is static: it has no SPARQL endpoint. Download the data and run a query on it "
           "with any SPARQL 1.1 engine, for example with vidensgraf itself:",
           "Denne kopi af webstedet er statisk: den har intet SPARQL-endpoint. Hent data og kør en forespørgsel på "
           "dem med et hvilket som helst SPARQL 1.1-værktøj, fx med vidensgraf selv:") +
         "</p>\n<pre tabindex=\"0\"><code>curl -O https://.../downloads/data.ttl\n"
         "vidensgraf sparql --format table --file query.rq data.ttl</code></pre>\n<p>" +
         t("or run the site with its endpoint:", "eller kør webstedet med dets endpoint:") +
         " <code>vidensgraf serve</code>. <a href=\"index.html#downloads\">" + t("The downloads", "Filerne") +
         "</a>.</p>\n";
}

} // namespace

std::string query_page(const SiteContext& site) {
  const auto t = [&](const char* en, const char* da) { return std::string(ui_text(site.ui, en, da)); };
  PageFrame frame;
  frame.title = t("Query the data", "Forespørg i data") + " — " + std::string(site.model.metadata().title.get(site.ui));
  frame.ui = site.ui;
  frame.self = "query.html";
  std::string body = "<h1>" + t("Query the data", "Forespørg i data") + "</h1>\n<p>" +
                     t("The questions visitors ask, in SPARQL 1.1, the query language of linked data.",
                       "De spørgsmål besøgende stiller, i SPARQL 1.1, forespørgselssproget for forbundne data.") +
                     "</p>\n";
  if (site.options.served)
    body += "<p>" +
            t("Run an example as it is or change it first; the answer is a table. Write your own on the ",
              "Kør et eksempel som det er, eller ret det først; svaret er en tabel. Skriv din egen på ") +
            "<a href=\"sparql\">" + t("SPARQL page", "SPARQL-siden") + "</a>.</p>\n";
  else
    body += static_help(site.ui);
  const auto examples = example_queries();
  for (std::size_t i = 0; i < examples.size(); ++i)
    body += site.options.served ? example_form(examples[i], i + 1, site.ui) : example_text(examples[i], i + 1, site.ui);
  return render_page(frame, body);
}

} // namespace vidensgraf::detail
