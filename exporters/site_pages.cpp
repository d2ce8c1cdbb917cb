// The site's overview pages: home (what the dataset is, counts, licence, downloads, how to query
// it), one page per kind, and the ontology's documentation.
#include "exporters/html_escape.hpp"
#include "exporters/rdf_format.hpp"
#include "exporters/dataset_description.hpp"
#include "exporters/site_detail.hpp"
#include "exporters/site_page.hpp"
#include "model/stats.hpp"

#include <boost/range/iterator_range.hpp>
#include <fmt/format.h>

namespace vidensgraf::detail {

namespace {

std::string kind_list(const Schema& schema, const std::vector<KindId>& kinds, std::string_view root,
                      std::string_view ui) {
  std::string out;
  for (const auto k : kinds) {
    if (!out.empty()) out += ", ";
    out += "<a href=\"" + html_escape(std::string(root) + "index.html#class-" + schema.kind(k).name) + "\">" +
           html_escape(schema.kind(k).name) + "</a>";
  }
  return out.empty() ? ui_text(ui, "any", "alle") : out;
}

std::string value_type_name(const AttributeDef& a) {
  switch (a.type) {
  case ValueType::text:
    return "xsd:string";
  case ValueType::lang_text:
    return "rdf:langString";
  case ValueType::date:
    return "xsd:date, xsd:gYearMonth or xsd:gYear";
  case ValueType::amount:
    return "schema:MonetaryAmount";
  case ValueType::iri:
    return "xsd:anyURI";
  case ValueType::one_of: {
    std::string out = "one of:";
    for (const auto& v : a.allowed)
      out += " " + v;
    return out;
  }
  }
  return {};
}

std::string definition_cell(const LangText& labels, const LangText& definitions, std::string_view ui) {
  return "<strong>" + in_language(labels, ui) + "</strong><br/>" + in_language(definitions, ui);
}

} // namespace

std::string kind_page(const SiteContext& site, KindId kind) {
  const Model& model = site.model;
  const KindDef& def = model.schema().kind(kind);
  PageFrame frame;
  frame.title = std::string(def.labels.get(site.ui)) + " — " + std::string(model.metadata().title.get(site.ui));
  frame.root = "../";
  frame.ui = site.ui;
  frame.self = "index.html";
  std::string body =
      "<h1>" + in_language(def.labels, site.ui) + "</h1>\n<p>" + in_language(def.definitions, site.ui) + "</p>\n";
  body += std::string("<p>") + ui_text(site.ui, "Class", "Klasse") + ": <a href=\"../ontology/index.html#class-" +
          html_escape(def.name) + "\">vg:" + html_escape(def.name) + "</a></p>\n<ul>\n";
  const auto entities = model.entities_of_kind(kind);
  for (const auto v : entities)
    body += "<li>" + entity_link(model, v, "../", site.ui) + "</li>\n";
  body += "</ul>\n";
  if (entities.empty())
    body += std::string("<p>") + ui_text(site.ui, "None in this dataset", "Ingen i dette datasæt") + "</p>\n";
  return render_page(frame, body);
}

std::string home_page(const SiteContext& site, const SiteFiles& files) {
  const Model& model = site.model;
  const auto& meta = model.metadata();
  const Schema& schema = model.schema();
  PageFrame frame;
  frame.title = std::string(meta.title.get(site.ui));
  frame.description = std::string(meta.description.get(site.ui));
  frame.ui = site.ui;
  frame.self = "index.html";
  for (const std::string_view ext : {"ttl", "nt", "jsonld", "rdf"})
    for (const auto& t : entity_document_types())
      if (t.extension == ext) frame.alternates.emplace_back(t.media_type, "dataset." + std::string(ext));

  std::string body =
      "<h1>" + in_language(meta.title, site.ui) + "</h1>\n<p>" + in_language(meta.description, site.ui) + "</p>\n";
  body += std::string("<p>") + ui_text(site.ui, "Dataset IRI", "Datasættets IRI") + ": <span class=\"iri\">" +
          html_escape(site.base + "dataset") + "</span></p>\n";

  body += matrix_html(site, "");

  std::size_t curated = 0;
  for (auto e : boost::make_iterator_range(boost::edges(model.graph())))
    curated += model.relation(e).curated ? 1 : 0;
  const bool da = site.ui == "da";
  body +=
      fmt::format(fmt::runtime(da ? "<h2>Indhold</h2>\n<p>{} enheder, {} relationer ({} angivet i en kilde, {} udledt "
                                    "af redaktionen).</p>\n<table>\n<thead><tr><th>Type</th><th>Enheder</th></tr>"
                                    "</thead>\n<tbody>\n"
                                  : "<h2>Contents</h2>\n<p>{} entities, {} relations ({} stated in a source, {} "
                                    "curated by an editor).</p>\n<table>\n<thead><tr><th>Kind</th><th>Entities</th>"
                                    "</tr></thead>\n<tbody>\n"),
                  model.entity_count(), model.relation_count(), model.relation_count() - curated, curated);
  for (KindId k = 0; k < schema.kinds().size(); ++k)
    body += "<tr><td><a href=\"" + html_escape(schema.kind(k).segment) + "/index.html\">" +
            in_language(schema.kind(k).labels, site.ui) + "</a></td><td>" +
            std::to_string(model.entities_of_kind(k).size()) + "</td></tr>\n";
  body += "</tbody>\n</table>\n";

  body += std::string("<h2 id=\"licence\">") + ui_text(site.ui, "Licence", "Licens") + "</h2>\n<p>";
  if (!meta.publisher_name.empty())
    body += ui_text(site.ui, "Published by ", "Udgivet af ") + html_escape(meta.publisher_name) + ". ";
  body += ui_text(site.ui, "Licence", "Licens") + std::string(": <a href=\"") + html_escape(meta.licence) + "\">" +
          html_escape(meta.licence) + "</a></p>\n";

  body += std::string("<h2 id=\"downloads\">") + ui_text(site.ui, "Downloads", "Filer") +
          "</h2>\n<ul class=\"downloads\">\n";
  for (const auto& f : rdf_formats) {
    const std::string path = "downloads/data." + std::string(f.extension);
    const auto it = files.find(path);
    const std::size_t size = it == files.end() ? 0 : it->second.body.size();
    body += "<li><a href=\"" + html_escape(path) + "\">" + html_escape(f.title) + "</a> (" + html_escape(f.media_type) +
            ", " + std::to_string(size) + " bytes)</li>\n";
  }
  // One line per catalogue profile: dataset.* (DCAT-AP 3.0.1), dataset.dcat-ap-dk.* (DCAT-AP-DK 2.0.2).
  for (const auto& profile : catalogue_profiles()) {
    const std::string stem(profile.file_stem);
    body += "<li>DCAT/VoID description (" + html_escape(profile.title) + "): <a href=\"" + stem +
            ".ttl\">Turtle</a>, <a href=\"" + stem + ".nt\">N-Triples</a>, <a href=\"" + stem +
            ".jsonld\">JSON-LD</a>, <a href=\"" + stem + ".rdf\">RDF/XML</a></li>\n";
  }
  body += "<li>Ontology: <a href=\"ontology/index.html\">documentation</a>, <a href=\"ontology/vidensgraf.ttl\">"
          "Turtle</a>; SHACL shapes: <a href=\"ontology/shapes.ttl\">shapes.ttl</a>; JSON-LD context: "
          "<a href=\"ontology/context.jsonld\">context.jsonld</a></li>\n</ul>\n";

  body += std::string("<h2 id=\"query\">") + ui_text(site.ui, "How to query", "Forespørgsler") +
          "</h2>\n"
          "<p>Every entity IRI answers with this site's page for people and with RDF for programs "
          "(content negotiation: text/html, text/turtle, application/n-triples, application/ld+json, "
          "application/rdf+xml). Run the server with its SPARQL 1.1 endpoint at <code>/sparql</code>:</p>\n"
          "<pre tabindex=\"0\">vidensgraf serve --port 8080\n"
          "curl -H 'Accept: text/turtle' -L http://127.0.0.1:8080/project/ID\n"
          "curl --data-urlencode 'query=SELECT ?p ?label WHERE { ?p a &lt;" +
          html_escape(std::string(Schema::ns)) +
          "Project&gt; ; &lt;http://www.w3.org/2000/01/rdf-schema#label&gt; ?label } LIMIT 5' "
          "http://127.0.0.1:8080/sparql</pre>\n"
          "<p>Or without a server: <code>vidensgraf sparql</code> and <code>vidensgraf query</code>.</p>\n";
  return render_page(frame, body);
}

std::string ontology_page(const SiteContext& site) {
  const Schema& schema = site.model.schema();
  PageFrame frame;
  const auto t = [&](const char* en, const char* da) { return std::string(ui_text(site.ui, en, da)); };
  frame.title = t("Ontology", "Ontologi") + " — vidensgraf";
  frame.root = "../";
  frame.ui = site.ui;
  frame.self = "index.html";
  frame.alternates.emplace_back("text/turtle", "vidensgraf.ttl");
  std::string body = "<h1>" + t("The vidensgraf ontology", "Vidensgrafs ontologi") + "</h1>\n<p>" +
                     t("Namespace", "Navnerum") + " <span class=\"iri\">" + html_escape(std::string(Schema::ns)) +
                     "</span>. " + t("Source", "Kilde") + ": <a href=\"vidensgraf.ttl\">vidensgraf.ttl</a>; " +
                     t("SHACL shapes", "SHACL-former") + ": <a href=\"shapes.ttl\">shapes.ttl</a>; " +
                     t("JSON-LD context", "JSON-LD-kontekst") +
                     ": <a href=\"context.jsonld\">context.jsonld</a>.</p>\n";

  body += "<h2>" + t("Classes", "Klasser") + "</h2>\n<table>\n<thead><tr><th>" + t("Class", "Klasse") + "</th><th>" +
          t("Label and definition", "Betegnelse og definition") + "</th><th>" + t("Aligned with", "Svarer til") +
          "</th><th>" + t("Entities", "Enheder") + "</th></tr></thead>\n<tbody>\n";
  for (KindId k = 0; k < schema.kinds().size(); ++k) {
    const auto& def = schema.kind(k);
    std::string aligned;
    for (const auto& a : def.aligned)
      aligned += "<span class=\"iri\">" + html_escape(a) + "</span><br/>";
    body += "<tr id=\"class-" + html_escape(def.name) + "\"><td>vg:" + html_escape(def.name) + "</td><td>" +
            definition_cell(def.labels, def.definitions, site.ui) + "</td><td>" + aligned + "</td><td><a href=\"../" +
            html_escape(def.segment) + "/index.html\">" + html_escape(def.segment) + "/</a></td></tr>\n";
  }
  body += "</tbody>\n</table>\n";

  const std::string property_head = "<table>\n<thead><tr><th>" + t("Property", "Egenskab") + "</th><th>" +
                                    t("Label and definition", "Betegnelse og definition") + "</th><th>" +
                                    t("Domain", "Domæne") + "</th><th>" + t("Range", "Værdimængde") +
                                    "</th></tr></thead>\n<tbody>\n";
  body += "<h2>" + t("Relations (object properties)", "Relationer (objektegenskaber)") + "</h2>\n" + property_head;
  for (const auto& def : schema.relations())
    body += "<tr id=\"property-" + html_escape(def.name) + "\"><td>vg:" + html_escape(def.name) +
            (def.functional ? " <span class=\"lang\">" + t("functional", "funktionel") + "</span>" : "") + "</td><td>" +
            definition_cell(def.labels, def.definitions, site.ui) + "</td><td>" +
            kind_list(schema, def.domain, "", site.ui) + "</td><td>" + kind_list(schema, def.range, "", site.ui) +
            "</td></tr>\n";
  body += "</tbody>\n</table>\n";

  body += "<h2>" + t("Attributes (datatype properties)", "Egenskaber (dataegenskaber)") + "</h2>\n" + property_head;
  for (const auto& def : schema.attributes())
    body += "<tr id=\"property-" + html_escape(def.name) + "\"><td>vg:" + html_escape(def.name) + "</td><td>" +
            definition_cell(def.labels, def.definitions, site.ui) + "</td><td>" +
            kind_list(schema, def.domain, "", site.ui) + "</td><td>" + html_escape(value_type_name(def)) +
            "</td></tr>\n";
  body += "</tbody>\n</table>\n";
  return render_page(frame, body);
}

} // namespace vidensgraf::detail
