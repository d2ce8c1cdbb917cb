// Building the site: the RDF of each entity (its own triples: those whose subject is the entity's
// IRI or a fragment of it: statements, amounts, sections), pages, dumps and ontology files.
#include "exporters/site/site.hpp"

#include "exporters/catalogue/dataset_description.hpp"
#include "exporters/diagram/render.hpp"
#include "exporters/diagram/views.hpp"
#include "model/rdf/serializer.hpp"
#include "model/rdf/vocabulary.hpp"
#include "exporters/site/detail.hpp"
#include "exporters/site/page.hpp"
#include "model/error.hpp"

#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

namespace vidensgraf {

const std::array<DocumentType, 5>& entity_document_types() {
  // The RDF documents' extensions and media types are their syntaxes' (model/rdf/syntax.hpp).
  constexpr auto rdf = [](RdfFormat f) { return DocumentType{info(f).extension, info(f).media_type}; };
  static const std::array<DocumentType, 5> types{{{"html", html_media_type},
                                                  rdf(RdfFormat::turtle),
                                                  rdf(RdfFormat::ntriples),
                                                  rdf(RdfFormat::jsonld),
                                                  rdf(RdfFormat::rdfxml)}};
  return types;
}

namespace {

/// The document type with this syntax, or null when entity documents are not written in it.
const DocumentType* document_type_of(RdfFormat format) {
  for (const auto& t : entity_document_types())
    if (t.media_type == info(format).media_type) return &t;
  return nullptr;
}

std::string media_type_with_charset(std::string_view media_type) {
  return std::string(media_type) + "; charset=utf-8";
}

using Triples = std::vector<Triple>;

TripleProducer producer_of(const Triples& triples) {
  return [&triples](const std::function<void(const Triple&)>& sink) {
    for (const auto& t : triples)
      sink(t);
  };
}

std::string serialize(RdfFormat format, const TripleProducer& produce, const std::string& base) {
  std::ostringstream out;
  write_rdf(out, format, produce, base);
  return out.str();
}

/// The triples each page's documents hold, in for_each_triple's order.
struct DocumentTriples {
  std::vector<Triples> entities; ///< by vertex: the entity's own triples
  /// By concept scheme segment ("challenge"): the scheme's own triples and its concepts'
  /// skos:inScheme and skos:topConceptOf.
  std::map<std::string, Triples> schemes;
};

DocumentTriples document_triples(const Model& model, const RdfOptions& rdf, const std::string& base) {
  std::unordered_map<std::string, Vertex> by_iri; // lookup only; output order is the vector's
  for (const auto v : model.sorted_entities())
    by_iri.emplace(model.iri(v, base), v);
  std::unordered_map<std::string, std::string> segment_of; // {base}{segment}: a scheme's IRI
  for (const auto& kind : model.schema().kinds())
    segment_of.emplace(base + kind.segment, kind.segment);
  const std::string in_scheme = vocab::term(vocab::skos, "inScheme");
  const std::string top_concept_of = vocab::term(vocab::skos, "topConceptOf");
  const std::string scheme_type = vocab::term(vocab::skos, "ConceptScheme");
  const std::string rdf_type = vocab::term(vocab::rdf, "type");
  DocumentTriples out;
  out.entities.resize(model.entity_count());
  std::set<std::string> schemes; // the segments typed skos:ConceptScheme
  for_each_triple(model, rdf, [&](const Triple& t) {
    if (!t.subject.is_iri()) return;
    Triple copy = t;
    copy.graph.clear();
    const auto& s = t.subject.value;
    if (const auto scheme = segment_of.find(s); scheme != segment_of.end()) {
      if (t.predicate.value == rdf_type && t.object.value == scheme_type) schemes.insert(scheme->second);
      out.schemes[scheme->second].push_back(std::move(copy));
      return;
    }
    const auto it = by_iri.find(s.substr(0, s.find('#')));
    if (it == by_iri.end()) return;
    if (t.predicate.value == in_scheme || t.predicate.value == top_concept_of)
      if (const auto scheme = segment_of.find(t.object.value); scheme != segment_of.end())
        out.schemes[scheme->second].push_back(copy);
    out.entities[it->second].push_back(std::move(copy));
  });
  std::erase_if(out.schemes, [&](const auto& entry) { return !schemes.contains(entry.first); });
  return out;
}

/// The focus diagram of an entity in one language as inline SVG (prolog removed), node links
/// relative to its page.
std::string focus_svg(const Model& model, Vertex v, std::string_view language) {
  const Entity& e = model.entity(v);
  DiagramOptions diagram_options;
  diagram_options.language = language;
  const std::string name = model.schema().kind(e.kind).segment + "/" + e.id;
  Diagram diagram = focus_diagram(model, name, diagram_options);
  for (auto& node : diagram.nodes)
    node.link = node.class_box ? std::string() : "../" + node.page + ".html";
  std::string svg = render_diagram(diagram, DiagramFormat::svg);
  const auto start = svg.find("<svg");
  if (start == std::string::npos) throw InternalError("Graphviz gave no <svg> element for " + name);
  return svg.substr(start);
}

/// STEM.ttl, .nt, .jsonld and .rdf (every RDF document type) from `produce`; returns the JSON-LD,
/// which a page embeds.
std::string add_rdf_documents(SiteFiles& files, const std::string& stem, const TripleProducer& produce,
                              const std::string& base) {
  std::string jsonld;
  for (const auto& f : rdf_formats) {
    const auto* type = document_type_of(f.format);
    if (!type) continue;
    std::string body = serialize(f.format, produce, base);
    if (f.format == RdfFormat::jsonld) jsonld = body;
    add_file(files, stem + "." + std::string(type->extension), media_type_with_charset(type->media_type),
             std::move(body));
  }
  return jsonld;
}

} // namespace

SiteFiles build_site(const Model& model, const SiteOptions& options) {
  const RdfOptions rdf{options.base};
  const detail::SiteContext site{model, effective_base(model, rdf), options};
  SiteFiles files;

  add_file(files, "style.css", "text/css; charset=utf-8", std::string(site_stylesheet()));
  add_file(files, "favicon.svg", "image/svg+xml", std::string(site_icon()));
  add_file(files, ".htaccess", "text/plain; charset=utf-8", detail::htaccess_text());
  add_file(files, "nginx.conf", "text/plain; charset=utf-8", detail::nginx_text());
  add_file(files, "nginx-proxy.conf", "text/plain; charset=utf-8", detail::nginx_proxy_text());
  add_file(files, "apache-proxy.conf", "text/plain; charset=utf-8", detail::apache_proxy_text());

  // The dumps, the catalogue records naming them and the ontology files, as `publish` has them.
  const auto dumps = add_dumps(files, model, rdf, DumpHolding::in_memory);
  add_catalogue_records(files, model, rdf, dumps, options.sparql_endpoint);
  add_ontology_files(files);
  // Every page twice: English interface text in NAME.html, Danish in NAME.da.html (the data's
  // labels and descriptions are shown in both on both).
  detail::SiteContext danish = site;
  danish.ui = "da";
  const auto add_page = [&](const std::string& path,
                            const std::function<std::string(const detail::SiteContext&)>& page) {
    add_file(files, path, html_page_media_type, page(site));
    add_file(files, danish_page_path(path), html_page_media_type, page(danish));
  };
  add_page("ontology/index.html", [](const detail::SiteContext& s) { return detail::ontology_page(s); });

  const auto documents = document_triples(model, rdf, site.base);
  // A concept scheme's IRI ({base}challenge) answers with these, or with its folder's page.
  for (const auto& [segment, triples] : documents.schemes)
    add_rdf_documents(files, segment, producer_of(triples), site.base);
  for (const auto v : model.sorted_entities()) {
    const Entity& e = model.entity(v);
    const std::string jsonld = add_rdf_documents(files, model.schema().kind(e.kind).segment + "/" + e.id,
                                                 producer_of(documents.entities[v]), site.base);
    // Each page embeds the diagram in its own interface language.
    const std::string svg_en = options.diagrams ? focus_svg(model, v, "en") : std::string();
    const std::string svg_da = options.diagrams ? focus_svg(model, v, "da") : std::string();
    add_page(detail::entity_path(model, v, "html"), [&](const detail::SiteContext& s) {
      return detail::entity_page(s, v, jsonld, s.ui == "da" ? svg_da : svg_en);
    });
  }
  for (KindId k = 0; k < model.schema().kinds().size(); ++k)
    add_page(model.schema().kind(k).segment + "/index.html",
             [&](const detail::SiteContext& s) { return detail::kind_page(s, k); });
  add_page("query.html", [](const detail::SiteContext& s) { return detail::query_page(s); });
  add_page("search.html", [](const detail::SiteContext& s) { return detail::search_page(s); });
  add_file(files, "search-index.js", "text/javascript; charset=utf-8", detail::search_index_js(model));
  add_file(files, "search.js", "text/javascript; charset=utf-8", std::string(detail::search_script()));
  add_page("index.html", [&](const detail::SiteContext& s) { return detail::home_page(s, files); });
  return files;
}

} // namespace vidensgraf
