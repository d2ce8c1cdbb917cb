// The site's overview pages: one page per kind, and the ontology's documentation (the home page
// is home.cpp).
#include "exporters/site/html_escape.hpp"
#include "exporters/site/detail.hpp"
#include "exporters/site/page.hpp"

namespace vidensgraf::detail {

namespace {

std::string kind_list(const Schema& schema, const std::vector<KindId>& kinds, std::string_view root,
                      std::string_view ui) {
  std::string out;
  for (const auto k : kinds) {
    if (!out.empty()) out += ", ";
    out += "<a href=\"" + html_escape(std::string(root) + "index.html#class-" + schema.kind(k).name) + "\">" +
           in_language(schema.kind(k).labels, ui) + "</a>";
  }
  return out.empty() ? ui_text(ui, "any", "alle") : out;
}

std::string value_type_name(const AttributeDef& a, std::string_view ui) {
  switch (a.type) {
  case ValueType::text:
    return "xsd:string";
  case ValueType::lang_text:
    return "rdf:langString";
  case ValueType::date:
    return std::string("xsd:date, xsd:gYearMonth ") + ui_text(ui, "or", "eller") + " xsd:gYear";
  case ValueType::amount:
    return "schema:MonetaryAmount";
  case ValueType::iri:
    return "xsd:anyURI";
  case ValueType::one_of: {
    std::string out = ui_text(ui, "one of:", "en af:");
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
            kind_list(schema, def.domain, "", site.ui) + "</td><td>" + html_escape(value_type_name(def, site.ui)) +
            "</td></tr>\n";
  body += "</tbody>\n</table>\n";
  return render_page(frame, body);
}

} // namespace vidensgraf::detail
