// The page of one entity in one language: its label (and the other language's, as the original),
// its attributes in the page's language, every relation in both directions with its basis, note
// and sources (repeated ones said once, notes.hpp), the entity's own sources, the focus
// diagram, and the same data as JSON-LD.
#include "exporters/site/html_escape.hpp"
#include "exporters/site/detail.hpp"
#include "exporters/site/notes.hpp"
#include "exporters/site/page.hpp"

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

std::string entity_link(const Model& model, Vertex v, std::string_view root, std::string_view ui) {
  const auto label = entity_texts(model, v, model.schema().require_attribute("label"));
  std::string text = label.all().empty() ? html_escape(model.entity(v).id) : in_language(label, ui);
  return "<a href=\"" + html_escape(std::string(root) + entity_path(model, v, "html")) + "\">" + text + "</a>";
}

std::string basis_badge(bool curated, std::string_view ui) {
  return curated ? std::string("<span class=\"basis-curated\">") + ui_text(ui, "curated", "udledt") + "</span>"
                 : std::string("<span class=\"basis-stated\">") + ui_text(ui, "stated", "angivet") + "</span>";
}

std::string citations_html(const Model& model, ProvenanceId id, std::string_view root, std::string_view ui) {
  if (id >= model.provenance_count()) return {};
  std::string out;
  for (const auto& c : model.provenance(id).citations) {
    if (!out.empty()) out += "<br/>";
    out += entity_link(model, c.source, root, ui);
    if (!c.section.empty()) out += " — §&#160;" + html_escape(c.section);
  }
  return out;
}

namespace {

std::string note_html(const Model& model, ProvenanceId id) {
  if (id >= model.provenance_count() || model.provenance(id).note.empty()) return {};
  return "<div class=\"note\">" + html_escape(model.provenance(id).note) + "</div>";
}

/// Whether the entity has a value of `attribute` in the language `ui`.
bool has_value_in(const Model& model, Vertex v, AttributeId attribute, std::string_view ui) {
  for (const auto& value : model.entity(v).values)
    if (value.attribute == attribute && model.language(value.language) == ui) return true;
  return false;
}

/// A value as markup: a link for an IRI, in a lang span when its language is not the page's.
std::string value_html(const Model& model, const AttributeValue& value, std::string_view ui) {
  const auto& def = model.schema().attribute(value.attribute);
  const std::string& lang = model.language(value.language);
  if (def.type == ValueType::iri && (value.value.starts_with("https://") || value.value.starts_with("http://")))
    return "<a href=\"" + html_escape(value.value) + "\">" + html_escape(value.value) + "</a>";
  if (!lang.empty() && lang != ui) return lang_span(lang, value.value);
  return html_escape(value.value);
}

/// The note and sources of a row as one piece of markup (what PageNotes says once).
std::string note_and_sources(const Model& model, ProvenanceId id, std::string_view ui) {
  std::string out = note_html(model, id);
  const std::string sources = citations_html(model, id, "../", ui);
  if (!out.empty() && !sources.empty()) out += " ";
  return out + sources;
}

/// The values shown: each attribute's values in the page's language, or all of them when the
/// entity has none in that language.
std::vector<const AttributeValue*> shown_values(const Model& model, Vertex v, std::string_view ui) {
  std::vector<const AttributeValue*> out;
  for (const auto& value : model.entity(v).values) {
    const std::string& lang = model.language(value.language);
    if (lang.empty() || lang == ui || !has_value_in(model, v, value.attribute, ui)) out.push_back(&value);
  }
  return out;
}

std::string attributes_table(const Model& model, Vertex v, std::string_view ui, PageNotes& notes) {
  const auto values = shown_values(model, v, ui);
  if (values.empty()) return {};
  std::string rows;
  for (const auto* value : values)
    rows += "<tr><td>" + in_language(model.schema().attribute(value->attribute).labels, ui) + "</td><td>" +
            value_html(model, *value, ui) + "</td><td>" + basis_badge(value->curated, ui) + "</td><td>" +
            notes.cell(citations_html(model, value->provenance, "../", ui), ui) + "</td></tr>\n";
  return std::string("<h2>") + ui_text(ui, "Properties", "Egenskaber") + "</h2>\n<table>\n<thead><tr><th>" +
         ui_text(ui, "Property", "Egenskab") + "</th><th>" + ui_text(ui, "Value", "Værdi") + "</th><th>" +
         ui_text(ui, "Basis", "Grundlag") + "</th><th>" + ui_text(ui, "Sources", "Kilder") +
         "</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n";
}

/// One relation of the entity: the other end and whether the entity is the subject.
struct RelationEnd {
  Edge edge;
  Vertex other;
  bool outgoing;
};

std::vector<RelationEnd> relation_ends(const Model& model, Vertex v) {
  const auto& g = model.graph();
  std::vector<RelationEnd> out;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
    out.push_back({e, boost::target(e, g), true});
  for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
    out.push_back({e, boost::source(e, g), false});
  return out;
}

std::string relation_row(const Model& model, const RelationEnd& end, std::string_view ui, PageNotes& notes) {
  const Relation& r = model.relation(end.edge);
  const auto& def = model.schema().relation(r.kind);
  return std::string("<tr><td>") + (end.outgoing ? "" : "← ") + in_language(def.labels, ui) + "</td><td>" +
         entity_link(model, end.other, "../", ui) + "</td><td>" + basis_badge(r.curated, ui) + "</td><td>" +
         notes.cell(note_and_sources(model, r.provenance, ui), ui) + "</td></tr>\n";
}

std::string relations_table(const Model& model, Vertex v, std::string_view ui, PageNotes& notes) {
  std::string rows;
  for (const auto& end : relation_ends(model, v))
    rows += relation_row(model, end, ui, notes);
  const std::string heading = std::string("<h2>") + ui_text(ui, "Relations", "Relationer") + "</h2>\n";
  if (rows.empty()) return heading + "<p>" + ui_text(ui, "None", "Ingen") + "</p>\n";
  return heading + "<p>" +
         ui_text(ui, "← marks a relation stated on the other entity.",
                 "← markerer en relation angivet på den anden enhed.") +
         "</p>\n<table>\n<thead><tr><th>" + ui_text(ui, "Relation", "Forbindelse") + "</th><th>" +
         ui_text(ui, "Entity", "Enhed") + "</th><th>" + ui_text(ui, "Basis", "Grundlag") + "</th><th>" +
         ui_text(ui, "Note and sources", "Note og kilder") + "</th></tr></thead>\n<tbody>\n" + rows +
         "</tbody>\n</table>\n";
}

/// Counts every row's note and sources, so that PageNotes knows which repeat.
PageNotes count_notes(const Model& model, Vertex v, std::string_view ui) {
  PageNotes notes;
  for (const auto* value : shown_values(model, v, ui))
    notes.count(citations_html(model, value->provenance, "../", ui));
  for (const auto& end : relation_ends(model, v))
    notes.count(note_and_sources(model, model.relation(end.edge).provenance, ui));
  return notes;
}

} // namespace

std::string entity_page(const SiteContext& site, Vertex v, const std::string& jsonld, const std::string& svg) {
  const Model& model = site.model;
  const Entity& e = model.entity(v);
  const KindDef& kind = model.schema().kind(e.kind);
  const std::string iri = model.iri(v, site.base);
  PageFrame frame;
  frame.title = std::string(model.label(v, site.ui)) + " — " + std::string(kind.labels.get(site.ui));
  frame.root = "../";
  frame.description = std::string(model.text(v, model.schema().require_attribute("description"), site.ui));
  for (const auto& t : entity_document_types())
    if (t.extension != "html") frame.alternates.emplace_back(t.media_type, e.id + "." + std::string(t.extension));
  frame.jsonld = jsonld;
  frame.ui = site.ui;
  frame.self = e.id + ".html";

  std::string body;
  const auto labels = entity_texts(model, v, model.schema().require_attribute("label"));
  body += "<h1>" + (labels.all().empty() ? html_escape(e.id) : in_language(labels, site.ui)) + "</h1>\n";
  if (const auto original = other_language(labels, site.ui); !original.empty())
    body += "<p class=\"original\">" + original + "</p>\n";
  body += "<p class=\"kind\"><a href=\"index.html\">" + in_language(kind.labels, site.ui) + "</a></p>\n";
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
  PageNotes notes = count_notes(model, v, site.ui);
  body += attributes_table(model, v, site.ui, notes);
  body += relations_table(model, v, site.ui, notes);
  body += notes.list_html(site.ui);
  if (kind.name == "ChallengeArea") body += matrix_column_html(site, v, "../");
  body += std::string("<h2>") + ui_text(site.ui, "Sources", "Kilder") + "</h2>\n<p>" +
          citations_html(model, e.provenance, "../", site.ui) + "</p>\n";
  if (!svg.empty())
    body += std::string("<h2>") + ui_text(site.ui, "Neighbourhood", "Naboskab") + "</h2>\n<div class=\"diagram\">\n" +
            svg + "</div>\n";
  return render_page(frame, body);
}

} // namespace vidensgraf::detail
