// The page of one entity: labels and descriptions in every language, its other attributes, every
// relation in both directions with its basis, note and sources, the entity's own sources, the
// focus diagram, and the same data as JSON-LD.
#include "exporters/html_escape.hpp"
#include "exporters/site_detail.hpp"
#include "exporters/site_page.hpp"

#include <boost/range/iterator_range.hpp>

namespace vidensgraf::detail {

std::string entity_path(const Model& model, Vertex v, std::string_view ext) {
  const Entity& e = model.entity(v);
  return model.schema().kind(e.kind).segment + "/" + e.id + "." + std::string(ext);
}

LangText entity_texts(const Model& model, Vertex v, AttributeId attribute) {
  LangText out;
  for (const auto& value : model.entity(v).values)
    if (value.attribute == attribute) out.set(model.language(value.language), value.value);
  return out;
}

std::string bilingual(const LangText& text) {
  std::string out;
  for (const auto& [lang, value] : text.all()) {
    if (!out.empty()) out += " · ";
    if (lang.empty()) {
      out += html_escape(value);
      continue;
    }
    out += "<span lang=\"" + html_escape(lang) + "\" xml:lang=\"" + html_escape(lang) + "\">" + html_escape(value) +
           "</span> <span class=\"lang\">" + html_escape(lang) + "</span>";
  }
  return out;
}

std::string entity_link(const Model& model, Vertex v, std::string_view root) {
  const auto label = entity_texts(model, v, model.schema().require_attribute("label"));
  std::string text = label.all().empty() ? html_escape(model.entity(v).id) : bilingual(label);
  return "<a href=\"" + html_escape(std::string(root) + entity_path(model, v, "html")) + "\">" + text + "</a>";
}

std::string basis_badge(bool curated, std::string_view ui) {
  return curated ? std::string("<span class=\"basis-curated\">") + ui_text(ui, "curated", "udledt") + "</span>"
                 : std::string("<span class=\"basis-stated\">") + ui_text(ui, "stated", "angivet") + "</span>";
}

std::string citations_html(const Model& model, ProvenanceId id, std::string_view root) {
  if (id >= model.provenance_count()) return {};
  std::string out;
  for (const auto& c : model.provenance(id).citations) {
    if (!out.empty()) out += "<br/>";
    out += entity_link(model, c.source, root);
    if (!c.section.empty()) out += " — §&#160;" + html_escape(c.section);
  }
  return out;
}

namespace {

std::string note_html(const Model& model, ProvenanceId id) {
  if (id >= model.provenance_count() || model.provenance(id).note.empty()) return {};
  return "<div class=\"note\">" + html_escape(model.provenance(id).note) + "</div>";
}

std::string attributes_table(const Model& model, Vertex v, std::string_view ui) {
  const Schema& schema = model.schema();
  std::string rows;
  for (const auto& value : model.entity(v).values) {
    const auto& def = schema.attribute(value.attribute);
    const std::string& lang = model.language(value.language);
    std::string shown = html_escape(value.value);
    if (def.type == ValueType::iri && (value.value.starts_with("https://") || value.value.starts_with("http://")))
      shown = "<a href=\"" + html_escape(value.value) + "\">" + shown + "</a>";
    if (!lang.empty())
      shown = "<span lang=\"" + html_escape(lang) + "\" xml:lang=\"" + html_escape(lang) + "\">" + shown + "</span>";
    rows += "<tr><td>" + bilingual(def.labels) + "</td><td>" + shown + "</td><td>" + html_escape(lang) + "</td><td>" +
            basis_badge(value.curated, ui) + "</td><td>" + citations_html(model, value.provenance, "../") +
            "</td></tr>\n";
  }
  if (rows.empty()) return {};
  return std::string("<h2>") + ui_text(ui, "Properties", "Egenskaber") + "</h2>\n<table>\n<thead><tr><th>" +
         ui_text(ui, "Property", "Egenskab") + "</th><th>" + ui_text(ui, "Value", "Værdi") + "</th><th>" +
         ui_text(ui, "Language", "Sprog") + "</th><th>" + ui_text(ui, "Basis", "Grundlag") + "</th><th>" +
         ui_text(ui, "Sources", "Kilder") + "</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n";
}

std::string relation_row(const Model& model, Edge e, Vertex other, bool outgoing, std::string_view ui) {
  const Relation& r = model.relation(e);
  const auto& def = model.schema().relation(r.kind);
  return std::string("<tr><td>") + (outgoing ? "" : "← ") + bilingual(def.labels) + " <span class=\"lang\">" +
         html_escape(def.name) + "</span></td><td>" + entity_link(model, other, "../") + "</td><td>" +
         basis_badge(r.curated, ui) + note_html(model, r.provenance) + "</td><td>" +
         citations_html(model, r.provenance, "../") + "</td></tr>\n";
}

std::string relations_table(const Model& model, Vertex v, std::string_view ui) {
  const auto& g = model.graph();
  std::string rows;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
    rows += relation_row(model, e, boost::target(e, g), true, ui);
  for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
    rows += relation_row(model, e, boost::source(e, g), false, ui);
  const std::string heading = std::string("<h2>") + ui_text(ui, "Relations", "Relationer") + "</h2>\n";
  if (rows.empty()) return heading + "<p>" + ui_text(ui, "None", "Ingen") + "</p>\n";
  return heading + "<p>" +
         ui_text(ui, "← marks a relation stated on the other entity.",
                 "← markerer en relation angivet på den anden enhed.") +
         "</p>\n<table>\n<thead><tr><th>" + ui_text(ui, "Relation", "Relation") + "</th><th>" +
         ui_text(ui, "Entity", "Enhed") + "</th><th>" + ui_text(ui, "Basis and note", "Grundlag og note") +
         "</th><th>" + ui_text(ui, "Sources", "Kilder") + "</th></tr></thead>\n<tbody>\n" + rows +
         "</tbody>\n</table>\n";
}

} // namespace

std::string entity_page(const SiteContext& site, Vertex v, const std::string& jsonld, const std::string& svg) {
  const Model& model = site.model;
  const Entity& e = model.entity(v);
  const KindDef& kind = model.schema().kind(e.kind);
  const std::string iri = model.iri(v, site.base);
  PageFrame frame;
  frame.title = std::string(model.label(v, site.options.language)) + " — " + std::string(kind.labels.get(site.ui));
  frame.root = "../";
  frame.description = std::string(model.text(v, model.schema().require_attribute("description"), "en"));
  for (const auto& t : entity_document_types())
    if (t.extension != "html") frame.alternates.emplace_back(t.media_type, e.id + "." + std::string(t.extension));
  frame.jsonld = jsonld;
  frame.ui = site.ui;
  frame.self = e.id + ".html";

  std::string body;
  body += "<h1>" + bilingual(entity_texts(model, v, model.schema().require_attribute("label"))) + "</h1>\n";
  body += "<p class=\"kind\"><a href=\"index.html\">" + bilingual(kind.labels) + "</a></p>\n";
  body += "<p>IRI: <span class=\"iri\">" + html_escape(iri) + "</span></p>\n";
  body += "<p>Data: ";
  bool first = true;
  for (const auto& t : entity_document_types()) {
    if (t.extension == "html") continue;
    if (!first) body += " · ";
    first = false;
    body +=
        "<a href=\"" + html_escape(e.id + "." + std::string(t.extension)) + "\">" + html_escape(t.media_type) + "</a>";
  }
  body += "</p>\n";
  body += attributes_table(model, v, site.ui);
  body += relations_table(model, v, site.ui);
  if (kind.name == "ChallengeArea") body += matrix_column_html(site, v, "../");
  body += std::string("<h2>") + ui_text(site.ui, "Sources", "Kilder") + "</h2>\n<p>" +
          citations_html(model, e.provenance, "../") + "</p>\n";
  if (!svg.empty())
    body += std::string("<h2>") + ui_text(site.ui, "Neighbourhood", "Naboskab") + "</h2>\n<div class=\"diagram\">\n" +
            svg + "</div>\n";
  return render_page(frame, body);
}

} // namespace vidensgraf::detail
