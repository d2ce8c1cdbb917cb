// The home page tells the dataset's story to a visitor, in the page's language: what the
// programme is (the dataset's description), its projects as a table (lead organisation, regional
// or municipal, domain, and the challenge areas the sources link each to, from the same matrix as
// `vidensgraf query matrix`), the challenge areas with their definitions, the pieces of advice,
// then for those who want them the matrix, the contents, the licence, the downloads and how to
// query.
#include "exporters/catalogue/dataset_description.hpp"
#include "exporters/site/html_escape.hpp"
#include "model/rdf/syntax.hpp"
#include "exporters/site/detail.hpp"
#include "exporters/site/page.hpp"
#include "model/challenge_matrix.hpp"

#include <algorithm>
#include <boost/range/iterator_range.hpp>
#include <fmt/format.h>

namespace vidensgraf::detail {

namespace {

/// The entities `v` links to by the relation named `relation`, as links in the page's language.
std::string related_links(const SiteContext& site, Vertex v, std::string_view relation) {
  const Model& model = site.model;
  const auto id = model.schema().find_relation(relation);
  std::string out;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, model.graph()))) {
    if (!id || model.relation(e).kind != *id) continue;
    if (!out.empty()) out += ", ";
    out += entity_link(model, boost::target(e, model.graph()), "", site.ui);
  }
  return out;
}

/// "Regional" or "Municipal" (Danish "Regional", "Kommunal") for a project's sector.
std::string sector_html(const SiteContext& site, Vertex v) {
  const auto attribute = site.model.schema().find_attribute("sector");
  if (!attribute) return {};
  const std::string_view value = site.model.text(v, *attribute, site.ui);
  if (value == "regional") return ui_text(site.ui, "Regional", "Regional");
  if (value == "municipal") return ui_text(site.ui, "Municipal", "Kommunal");
  return html_escape(value);
}

/// The challenge areas a project's row of the matrix links it to, each with its basis.
std::string challenges_html(const SiteContext& site, const ChallengeMatrix& matrix, const MatrixRow& row) {
  std::string out;
  for (std::size_t i = 0; i < row.cells.size(); ++i) {
    const auto basis = cell_basis_name(row.cells[i]);
    if (basis == "none") continue;
    if (!out.empty()) out += "<br/>";
    out += entity_link(site.model, matrix.challenges[i], "", site.ui) + " " + basis_cell_html(basis, site.ui);
  }
  return out.empty() ? std::string(ui_text(site.ui, "none named", "ingen nævnt")) : out;
}

std::string projects_section(const SiteContext& site) {
  const auto matrix = challenge_matrix(site.model, BasisFilter::any, MatrixGrouping::sector, site.ui);
  if (matrix.rows.empty()) return {};
  const auto t = [&](const char* en, const char* da) { return std::string(ui_text(site.ui, en, da)); };
  std::string html = "<h2 id=\"projects\">" + t("The projects", "Projekterne") + "</h2>\n" + legend_html(site.ui) +
                     "<div class=\"scroll\" " +
                     "role=\"region\" tabindex=\"0\" aria-labelledby=\"projects\">\n<table>\n<caption>" +
                     t("Each project, who leads it, where, in which field, and the challenge areas the sources "
                       "link it to (the mark says how)",
                       "Hvert projekt, hvem der leder det, hvor, inden for hvilket felt, og de udfordringsområder "
                       "kilderne forbinder det med (mærket siger hvordan)") +
                     "</caption>\n<thead><tr><th scope=\"col\">" + t("Project", "Projekt") + "</th><th scope=\"col\">" +
                     t("Lead organisation", "Ledende organisation") + "</th><th scope=\"col\">" +
                     t("Regional or municipal", "Regional eller kommunal") + "</th><th scope=\"col\">" +
                     t("Domain", "Område") + "</th><th scope=\"col\">" +
                     t("Challenges the sources name", "Udfordringer kilderne nævner") + "</th></tr></thead>\n<tbody>\n";
  for (const auto& row : matrix.rows)
    html += "<tr><th scope=\"row\">" + entity_link(site.model, row.project, "", site.ui) + "</th><td>" +
            related_links(site, row.project, "leadOrganisation") + "</td><td>" + sector_html(site, row.project) +
            "</td><td>" + related_links(site, row.project, "inDomain") + "</td><td>" +
            challenges_html(site, matrix, row) + "</td></tr>\n";
  return html + "</tbody>\n</table>\n</div>\n";
}

/// The entities of a kind with their descriptions (when `described`), as a definition list, or
/// as an ordered list of links.
std::string kind_section(const SiteContext& site, std::string_view kind_name, std::string_view id, bool described) {
  const Model& model = site.model;
  const auto kind = model.schema().find_kind(kind_name);
  if (!kind || model.entities_of_kind(*kind).empty()) return {};
  const auto description = model.schema().require_attribute("description");
  const KindDef& def = model.schema().kind(*kind);
  std::string html = "<h2 id=\"" + std::string(id) + "\">" + in_language(def.labels, site.ui) + "</h2>\n";
  html += described ? "<dl class=\"areas\">\n" : "<ol>\n";
  for (const auto v : model.entities_of_kind(*kind)) {
    if (!described) {
      html += "<li>" + entity_link(model, v, "", site.ui) + "</li>\n";
      continue;
    }
    html += "<dt>" + entity_link(model, v, "", site.ui) + "</dt><dd>" +
            in_language(entity_texts(model, v, description), site.ui) + "</dd>\n";
  }
  return html + (described ? "</dl>\n" : "</ol>\n");
}

std::string contents_section(const SiteContext& site) {
  const Model& model = site.model;
  const Schema& schema = model.schema();
  std::size_t curated = 0;
  for (auto e : boost::make_iterator_range(boost::edges(model.graph())))
    curated += model.relation(e).curated ? 1 : 0;
  std::string body = fmt::format(
      fmt::runtime(site.ui == "da"
                       ? "<h2 id=\"contents\">Indhold</h2>\n<p>{} enheder, {} relationer ({} angivet i en kilde, {} "
                         "udledt af redaktionen).</p>\n<table>\n<thead><tr><th>Type</th><th>Enheder</th></tr>"
                         "</thead>\n<tbody>\n"
                       : "<h2 id=\"contents\">Contents</h2>\n<p>{} entities, {} relations ({} stated in a source, {} "
                         "curated by an editor).</p>\n<table>\n<thead><tr><th>Kind</th><th>Entities</th>"
                         "</tr></thead>\n<tbody>\n"),
      model.entity_count(), model.relation_count(), model.relation_count() - curated, curated);
  for (KindId k = 0; k < schema.kinds().size(); ++k)
    body += "<tr><td><a href=\"" + html_escape(schema.kind(k).segment) + "/index.html\">" +
            in_language(schema.kind(k).labels, site.ui) + "</a></td><td>" +
            std::to_string(model.entities_of_kind(k).size()) + "</td></tr>\n";
  return body + "</tbody>\n</table>\n";
}

std::string licence_section(const SiteContext& site) {
  const auto& meta = site.model.metadata();
  std::string body = std::string("<h2 id=\"licence\">") + ui_text(site.ui, "Licence", "Licens") + "</h2>\n<p>";
  if (!meta.publisher_name.empty())
    body += ui_text(site.ui, "Published by ", "Udgivet af ") + html_escape(meta.publisher_name) + ". ";
  return body + ui_text(site.ui, "Licence", "Licens") + ": <a href=\"" + html_escape(meta.licence) + "\">" +
         html_escape(meta.licence) + "</a></p>\n";
}

std::string downloads_section(const SiteContext& site, const std::vector<DumpFile>& dumps) {
  const auto t = [&](const char* en, const char* da) { return std::string(ui_text(site.ui, en, da)); };
  std::string body = "<h2 id=\"downloads\">" + t("Downloads", "Filer") + "</h2>\n<ul class=\"downloads\">\n";
  for (const auto& f : rdf_formats) {
    const std::string path = "downloads/data." + std::string(f.extension);
    const auto it = std::find_if(dumps.begin(), dumps.end(), [&](const DumpFile& d) { return d.path == path; });
    const std::uint64_t size = it == dumps.end() ? 0 : it->size;
    body += "<li><a href=\"" + html_escape(path) + "\">" + html_escape(f.title) + "</a> (" + html_escape(f.media_type) +
            ", " + std::to_string(size) + " " + t("bytes", "byte") + ")</li>\n";
  }
  // One line per catalogue profile: dataset.* (DCAT-AP 3.0.1), dataset.dcat-ap-dk.* (DCAT-AP-DK 2.0.2).
  for (const auto& profile : catalogue_profiles()) {
    const std::string stem(profile.file_stem);
    body += "<li>" + t("Description of the dataset", "Beskrivelse af datasættet") + " (DCAT/VoID, " +
            html_escape(profile.title) + "): <a href=\"" + stem + ".ttl\">Turtle</a>, <a href=\"" + stem +
            ".nt\">N-Triples</a>, <a href=\"" + stem + ".jsonld\">JSON-LD</a>, <a href=\"" + stem +
            ".rdf\">RDF/XML</a></li>\n";
  }
  return body + "<li>" + t("The ontology", "Ontologien") + ": <a href=\"ontology/index.html\">" +
         t("its documentation", "dens dokumentation") + "</a>, <a href=\"ontology/vidensgraf.ttl\">Turtle</a>; " +
         t("SHACL shapes", "SHACL-former") + ": <a href=\"ontology/shapes.ttl\">shapes.ttl</a>; " +
         t("JSON-LD context", "JSON-LD-kontekst") + ": <a href=\"ontology/context.jsonld\">context.jsonld</a></li>\n" +
         "</ul>\n";
}

std::string query_section(const SiteContext& site) {
  const auto t = [&](const char* en, const char* da) { return std::string(ui_text(site.ui, en, da)); };
  return "<h2 id=\"query\">" + t("How to query", "Sådan søger du i data") + "</h2>\n<p>" +
         t("Every entity IRI answers with this site's page for people and with RDF for programs (content "
           "negotiation). The page",
           "Hver enheds IRI svarer med sidens side for mennesker og med RDF for programmer (indholdsforhandling). "
           "Siden") +
         " <a href=\"query.html\">" + t("Query", "Forespørgsler") + "</a> " +
         t("has example SPARQL queries: a form on the served site, and how to run them on the downloads.",
           "har eksempler på SPARQL-forespørgsler: en formular på det serverede websted, og sådan kører du dem på "
           "filerne.") +
         "</p>\n";
}

} // namespace

std::string home_page(const SiteContext& site, const std::vector<DumpFile>& dumps) {
  const auto& meta = site.model.metadata();
  PageFrame frame;
  frame.title = std::string(meta.title.get(site.ui));
  frame.description = std::string(meta.description.get(site.ui));
  frame.ui = site.ui;
  frame.self = "index.html";
  for (const std::string_view ext : {"ttl", "nt", "jsonld", "rdf"})
    for (const auto& t : entity_document_types())
      if (t.extension == ext) frame.alternates.emplace_back(t.media_type, "dataset." + std::string(ext));

  std::string body = "<h1>" + in_language(meta.title, site.ui) + "</h1>\n<p class=\"intro\">" +
                     in_language(meta.description, site.ui) + "</p>\n";
  body += projects_section(site);
  body += kind_section(site, "ChallengeArea", "challenges", true);
  body += kind_section(site, "Advice", "advice", false);
  body += matrix_html(site, "");
  body += contents_section(site);
  body += std::string("<p>") + ui_text(site.ui, "Dataset IRI", "Datasættets IRI") + ": <span class=\"iri\">" +
          html_escape(site.base + "dataset") + "</span></p>\n";
  body += licence_section(site) + downloads_section(site, dumps) + query_section(site);
  return render_page(frame, body);
}

} // namespace vidensgraf::detail
