// Which file a path names, and its bytes. A path is resolved by trying the site's groups of files
// in the reverse of the order build_site adds them, so that where two groups give the same path
// (an entity with id "index" and its kind's page) the one added last wins, as in the map
// build_site fills.
#include "exporters/site/site_renderer.hpp"

#include "exporters/diagram/render.hpp"
#include "exporters/diagram/views.hpp"
#include "exporters/publication.hpp"
#include "exporters/site/detail.hpp"
#include "exporters/site/page.hpp"
#include "model/error.hpp"
#include "model/rdf/serializer.hpp"
#include "model/rdf/entity_triples.hpp"
#include "model/rdf/triples.hpp"

#include <boost/range/iterator_range.hpp>

#include <functional>
#include <map>
#include <mutex>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace vidensgraf {

namespace {

SiteFile file(std::string_view media_type, std::string body) {
  return SiteFile{std::string(media_type), std::move(body), {}, 0};
}

/// The document type with this syntax, or null when entity documents are not written in it.
const DocumentType* document_type_of(RdfFormat format) {
  for (const auto& t : entity_document_types())
    if (t.media_type == info(format).media_type) return &t;
  return nullptr;
}

/// The syntaxes of an entity's (and a scheme's) RDF documents, in the order they are added.
std::vector<RdfFormat> document_formats() {
  std::vector<RdfFormat> out;
  for (const auto& f : rdf_formats)
    if (document_type_of(f.format)) out.push_back(f.format);
  return out;
}

std::string serialize(RdfFormat format, const TripleProducer& produce, const std::string& base) {
  std::ostringstream out;
  write_rdf(out, format, produce, base);
  return out.str();
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

/// "en" when `path` is the English page `english`, "da" when it is its Danish twin.
std::optional<std::string_view> page_language(std::string_view path, std::string_view english) {
  if (path == english) return "en";
  if (path == danish_page_path(english)) return "da";
  return std::nullopt;
}

/// What a path names.
struct Target {
  enum class Group {
    fixed,           ///< a compiled-in file (stylesheet, server configuration, ontology files)
    dump,            ///< downloads/data.*
    record,          ///< dataset.*, dataset.dcat-ap-dk.*
    ontology_page,   ///< ontology/index.html
    scheme_document, ///< {segment}.{ttl,nt,rdf,jsonld} of a concept scheme
    entity_document, ///< {segment}/{id}.{ttl,nt,rdf,jsonld}
    entity_page,     ///< {segment}/{id}.html
    kind_page,       ///< {segment}/index.html
    query_page,
    search_page,
    search_index,
    search_script,
    home_page,
  };
  Group group;
  std::string_view ui = "en"; ///< a page's interface language
  RdfFormat format = RdfFormat::turtle;
  Vertex vertex = 0;
  KindId kind = 0;
  const CatalogueProfile* profile = nullptr;
  const SiteFile* fixed = nullptr;
};

} // namespace

struct SiteRenderer::Impl {
  const Model& model;
  SiteOptions options;
  RdfOptions rdf;
  std::string base;
  detail::SiteContext english;
  detail::SiteContext danish;
  EntityTriples triples;
  std::vector<RdfFormat> document_syntaxes = document_formats();
  std::unordered_map<std::string, KindId> kind_by_segment;
  std::vector<KindId> schemes; ///< the concept schemes' kinds, by segment (build_site's order)
  /// The compiled-in files, in the order they are added: the stylesheet, icon and server
  /// configuration first, the ontology files (after the dumps and records) last.
  std::vector<std::pair<std::string, SiteFile>> leading_files;
  std::vector<std::pair<std::string, SiteFile>> ontology_files;

  mutable std::mutex dumps_mutex;
  mutable std::optional<std::vector<DumpFile>> measured_dumps;

  Impl(const Model& m, SiteOptions o)
      : model(m), options(std::move(o)), rdf{options.base},
        base(effective_base(model, rdf)), english{model, base, options}, danish{model, base, options, "da"},
        triples(model, rdf) {
    for (KindId k = 0; k < model.schema().kinds().size(); ++k)
      kind_by_segment.emplace(model.schema().kind(k).segment, k);
    for (const auto& [segment, k] : std::map<std::string, KindId>(kind_by_segment.begin(), kind_by_segment.end()))
      if (triples.is_scheme(k)) schemes.push_back(k);
    leading_files = {
        {"style.css", file("text/css; charset=utf-8", std::string(site_stylesheet()))},
        {"favicon.svg", file("image/svg+xml", std::string(site_icon()))},
        {".htaccess", file("text/plain; charset=utf-8", detail::htaccess_text())},
        {"nginx.conf", file("text/plain; charset=utf-8", detail::nginx_text())},
        {"nginx-proxy.conf", file("text/plain; charset=utf-8", detail::nginx_proxy_text())},
        {"apache-proxy.conf", file("text/plain; charset=utf-8", detail::apache_proxy_text())},
    };
    PublicationFiles ontology;
    add_ontology_files(ontology);
    for (const auto* entry : in_order_added(ontology))
      ontology_files.emplace_back(entry->first, entry->second);
  }

  const detail::SiteContext& context(std::string_view ui) const { return ui == "da" ? danish : english; }

  std::optional<KindId> kind_of_segment(std::string_view segment) const {
    const auto it = kind_by_segment.find(std::string(segment));
    if (it == kind_by_segment.end()) return std::nullopt;
    return it->second;
  }

  static std::string record_path(const CatalogueProfile& profile, RdfFormat format) {
    return std::string(profile.file_stem) + "." + std::string(info(format).extension);
  }

  /// The file a path names, trying the groups from the last added to the first.
  std::optional<Target> resolve(std::string_view path) const {
    using G = Target::Group;
    if (const auto ui = page_language(path, "index.html")) return Target{G::home_page, *ui};
    if (path == "search.js") return Target{G::search_script};
    if (path == "search-index.js") return Target{G::search_index};
    if (const auto ui = page_language(path, "search.html")) return Target{G::search_page, *ui};
    if (const auto ui = page_language(path, "query.html")) return Target{G::query_page, *ui};
    if (const auto slash = path.rfind('/'); slash != std::string_view::npos) {
      if (const auto kind = kind_of_segment(path.substr(0, slash))) {
        const auto rest = path.substr(slash + 1);
        if (const auto ui = page_language(rest, "index.html")) {
          Target t{G::kind_page, *ui};
          t.kind = *kind;
          return t;
        }
        if (auto entity = resolve_entity(*kind, rest)) return entity;
      }
    }
    if (const auto dot = path.rfind('.'); dot != std::string_view::npos)
      if (const auto kind = kind_of_segment(path.substr(0, dot)); kind && triples.is_scheme(*kind))
        for (const auto format : document_syntaxes)
          if (path.substr(dot + 1) == info(format).extension) {
            Target t{G::scheme_document};
            t.kind = *kind;
            t.format = format;
            return t;
          }
    if (const auto ui = page_language(path, "ontology/index.html")) return Target{G::ontology_page, *ui};
    for (const auto* files : {&ontology_files, &leading_files})
      for (const auto& [name, f] : *files)
        if (path == name) {
          Target t{G::fixed};
          t.fixed = &f;
          return t;
        }
    for (const auto& profile : catalogue_profiles())
      for (const auto format : catalogue_record_formats)
        if (path == record_path(profile, format)) {
          Target t{G::record};
          t.profile = &profile;
          t.format = format;
          return t;
        }
    for (const auto& f : rdf_formats)
      if (path == dump_path(f.format)) {
        Target t{G::dump};
        t.format = f.format;
        return t;
      }
    return std::nullopt;
  }

  /// An entity's document or page, `rest` its file name in its kind's folder ("kol.da.html"). Of
  /// two entities whose files share a name (ids "a.da" and "a": a.da.html), the later in the
  /// site's order, the greater id, wins.
  std::optional<Target> resolve_entity(KindId kind, std::string_view rest) const {
    std::optional<Target> best;
    const auto consider = [&](std::string_view suffix, Target t) {
      if (rest.size() <= suffix.size() || !rest.ends_with(suffix)) return;
      const auto v = model.find_id(rest.substr(0, rest.size() - suffix.size()));
      if (!v || model.entity(*v).kind != kind) return;
      if (best && model.entity(best->vertex).id > model.entity(*v).id) return;
      t.vertex = *v;
      best = t;
    };
    for (const auto format : document_syntaxes) {
      Target t{Target::Group::entity_document};
      t.format = format;
      consider("." + std::string(info(format).extension), t);
    }
    consider(".html", Target{Target::Group::entity_page, "en"});
    consider(".da.html", Target{Target::Group::entity_page, "da"});
    return best;
  }

  std::string entity_document(Vertex v, RdfFormat format) const {
    return serialize(
        format, [&](const std::function<void(const Triple&)>& sink) { triples.for_each(v, sink); }, base);
  }

  const std::vector<DumpFile>& dumps() const {
    const std::lock_guard lock(dumps_mutex);
    if (!measured_dumps) measured_dumps = measure_dumps(model, rdf);
    return *measured_dumps;
  }

  SiteFile render(const Target& t) const {
    using G = Target::Group;
    const auto& site = context(t.ui);
    switch (t.group) {
    case G::fixed:
      return *t.fixed;
    case G::dump: {
      std::ostringstream out;
      write_dump(model, t.format, rdf, out);
      return file(with_charset(info(t.format).media_type), std::move(out).str());
    }
    case G::record: {
      std::ostringstream out;
      write_catalogue_record(out, t.format, model, rdf, options.sparql_endpoint, *t.profile, &dumps());
      return file(with_charset(info(t.format).media_type), std::move(out).str());
    }
    case G::ontology_page:
      return file(html_page_media_type, detail::ontology_page(site));
    case G::scheme_document:
      return file(with_charset(document_type_of(t.format)->media_type),
                  serialize(
                      t.format,
                      [&](const std::function<void(const Triple&)>& sink) { triples.for_each_in_scheme(t.kind, sink); },
                      base));
    case G::entity_document:
      return file(with_charset(document_type_of(t.format)->media_type), entity_document(t.vertex, t.format));
    case G::entity_page: {
      // The page embeds the entity's JSON-LD document and the diagram in its own language.
      const std::string svg = options.diagrams ? focus_svg(model, t.vertex, t.ui) : std::string();
      return file(html_page_media_type,
                  detail::entity_page(site, t.vertex, entity_document(t.vertex, RdfFormat::jsonld), svg));
    }
    case G::kind_page:
      return file(html_page_media_type, detail::kind_page(site, t.kind));
    case G::query_page:
      return file(html_page_media_type, detail::query_page(site));
    case G::search_page:
      return file(html_page_media_type, detail::search_page(site));
    case G::search_index:
      return file("text/javascript; charset=utf-8", detail::search_index_js(model));
    case G::search_script:
      return file("text/javascript; charset=utf-8", std::string(detail::search_script()));
    case G::home_page:
      return file(html_page_media_type, detail::home_page(site, dumps()));
    }
    throw InternalError("a site file of no known group");
  }
};

SiteRenderer::SiteRenderer(const Model& model, SiteOptions options)
    : impl_(std::make_unique<Impl>(model, std::move(options))) {}

SiteRenderer::~SiteRenderer() = default;

const std::string& SiteRenderer::base() const noexcept {
  return impl_->base;
}

std::vector<std::string> SiteRenderer::paths() const {
  const Impl& s = *impl_;
  const Model& model = s.model;
  std::vector<std::string> out;
  std::unordered_set<std::string> seen;
  const auto add = [&](std::string path) {
    if (seen.insert(path).second) out.push_back(std::move(path));
  };
  const auto add_page = [&](const std::string& path) {
    add(path);
    add(danish_page_path(path));
  };
  for (const auto& [name, f] : s.leading_files)
    add(name);
  for (const auto& f : rdf_formats)
    add(dump_path(f.format));
  for (const auto& profile : catalogue_profiles())
    for (const auto format : catalogue_record_formats)
      add(Impl::record_path(profile, format));
  for (const auto& [name, f] : s.ontology_files)
    add(name);
  add_page("ontology/index.html");
  for (const auto k : s.schemes)
    for (const auto format : s.document_syntaxes)
      add(model.schema().kind(k).segment + "." + std::string(info(format).extension));
  for (const auto v : model.sorted_entities()) {
    for (const auto format : s.document_syntaxes)
      add(detail::entity_path(model, v, info(format).extension));
    add_page(detail::entity_path(model, v, "html"));
  }
  for (KindId k = 0; k < model.schema().kinds().size(); ++k)
    add_page(model.schema().kind(k).segment + "/index.html");
  add_page("query.html");
  add_page("search.html");
  add("search-index.js");
  add("search.js");
  add_page("index.html");
  return out;
}

std::size_t SiteRenderer::path_count() const {
  const Impl& s = *impl_;
  // paths()'s groups counted in its order; a page is two paths (English and Danish).
  const std::size_t documents = s.document_syntaxes.size();
  const std::size_t last_files = 2 + 2 + 2 + 2; // the query and search pages, their two scripts, the home page
  return s.leading_files.size() + rdf_formats.size() + catalogue_profiles().size() * catalogue_record_formats.size() +
         s.ontology_files.size() + 2 /* the ontology's page */ + s.schemes.size() * documents +
         s.model.entity_count() * (documents + 2) + s.model.schema().kinds().size() * 2 + last_files;
}

bool SiteRenderer::contains(std::string_view path) const {
  return impl_->resolve(path).has_value();
}

bool SiteRenderer::writes_whole_data(std::string_view path) const {
  const auto t = impl_->resolve(path);
  using G = Target::Group;
  return t && (t->group == G::dump || t->group == G::record || t->group == G::home_page);
}

std::optional<SiteFile> SiteRenderer::render(std::string_view path) const {
  const auto t = impl_->resolve(path);
  if (!t) return std::nullopt;
  return impl_->render(*t);
}

const std::vector<DumpFile>& SiteRenderer::dumps() const {
  return impl_->dumps();
}

void SiteRenderer::use_dumps(std::vector<DumpFile> dumps) {
  const std::lock_guard lock(impl_->dumps_mutex);
  impl_->measured_dumps = std::move(dumps);
}

} // namespace vidensgraf
