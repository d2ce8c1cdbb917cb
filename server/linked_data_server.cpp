// Routes: GET/HEAD /sparql and POST /sparql (SPARQL 1.1 Protocol; with no query, the service
// description or, for a browser, a query form); GET/HEAD of a site file; an IRI path (a file's
// path without its extension) answers 303 to the document chosen by Accept (a page: the twin in
// the language Accept-Language prefers, English or Danish), 406 when none is acceptable; a
// folder ("/") answers its page, or 303 to its Danish twin for a client that prefers Danish; a
// folder path without '/' answers 303 to the folder. OPTIONS answers a CORS
// preflight and every answer allows any origin (the data is public and nothing is written).
// Every file is rendered from the model on its first request and kept in a cache bounded by
// bytes (server/render_cache.hpp): no request ever names a file on disk, so no path can traverse
// out.
#include "server/linked_data_server.hpp"

#include "exporters/site/html_escape.hpp"
#include "model/rdf/syntax.hpp"
#include "model/rdf/serializer.hpp"
#include "exporters/site/page.hpp"
#include "exporters/site/site_renderer.hpp"
#include "model/error.hpp"
#include "server/content_negotiation.hpp"
#include "server/http_front.hpp"
#include "server/query_workers.hpp"
#include "server/render_cache.hpp"
#include "server/sparql_service.hpp"
#include "sparql/sparql.hpp"

#include <httplib.h>
#include <malloc.h>
#include <strings.h>

#include <algorithm>
#include <array>
#include <iostream>
#include <mutex>
#include <sstream>

namespace vidensgraf {

namespace {

void plain(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(message + "\n", "text/plain; charset=utf-8");
}

/// A request path that is safe to look up: no dot segments, backslashes, NULs or empty segments.
bool acceptable_path(const std::string& path) {
  if (path.empty() || path.front() != '/' || path.size() > 1024) return false;
  if (path.find('\0') != std::string::npos || path.find('\\') != std::string::npos) return false;
  if (path.find("//") != std::string::npos) return false;
  std::size_t start = 1;
  while (start <= path.size()) {
    const auto end = path.find('/', start);
    const std::string segment = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (segment == "." || segment == "..") return false;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return true;
}

struct SparqlFormat {
  std::string_view name;       ///< SparqlOptions::format
  std::string_view media_type; ///< what the response says
};
/// SELECT and ASK results; "html" is a page with a table (sparql_service.hpp), for a browser.
constexpr std::array<SparqlFormat, 5> result_formats{{{"json", "application/sparql-results+json"},
                                                      {"xml", "application/sparql-results+xml"},
                                                      {"csv", "text/csv"},
                                                      {"tsv", "text/tab-separated-values"},
                                                      {"html", html_media_type}}};

constexpr SparqlFormat graph_format(RdfFormat f) {
  return {info(f).name, info(f).media_type};
}
/// CONSTRUCT results and the service description: the RDF syntaxes of the site's documents.
constexpr std::array<SparqlFormat, 4> graph_formats{{graph_format(RdfFormat::turtle), graph_format(RdfFormat::ntriples),
                                                     graph_format(RdfFormat::jsonld), graph_format(RdfFormat::rdfxml)}};

/// What /sparql offers a request with no query: the service description, or the form.
constexpr std::array<SparqlFormat, 5> description_formats{
    {graph_formats[0], graph_formats[1], graph_formats[2], graph_formats[3], {"html", html_media_type}}};

constexpr std::string_view read_only_methods = "GET, HEAD, OPTIONS";
constexpr std::string_view sparql_methods = "GET, HEAD, POST, OPTIONS";

template <std::size_t N>
std::optional<SparqlFormat> choose(std::string_view accept, const std::array<SparqlFormat, N>& formats) {
  std::vector<std::string_view> offered;
  offered.reserve(N);
  for (const auto& f : formats)
    offered.push_back(f.media_type);
  const auto i = negotiate(accept, offered);
  if (!i) return std::nullopt;
  return formats[*i];
}

/// A connection read from memory: what answer_raw feeds to httplib. Reads hand out the request
/// bytes, writes collect the response.
class MemoryStream final : public httplib::Stream {
public:
  explicit MemoryStream(std::string_view in) : in_(in) {}
  bool is_readable() const override { return true; }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, size_t size) override {
    const auto n = std::min(size, in_.size() - pos_);
    std::copy_n(in_.data() + pos_, n, ptr);
    pos_ += n;
    return static_cast<ssize_t>(n);
  }
  ssize_t write(const char* ptr, size_t size) override {
    out_.append(ptr, size);
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 0;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 0;
  }
  socket_t socket() const override { return INVALID_SOCKET; }
  bool at_end() const noexcept { return pos_ >= in_.size(); }
  std::string take() { return std::move(out_); }

private:
  std::string_view in_;
  std::size_t pos_ = 0;
  std::string out_;
};

/// httplib::Server with its per-connection request processing (a protected member, exported by
/// Debian's compiled libcpp-httplib) made reachable for answer_raw.
class Server : public httplib::Server {
public:
  using httplib::Server::process_request;
};

} // namespace

struct LinkedDataServer::Impl {
  Model model;
  ServerOptions options;
  SiteRenderer site;           // renders each file on its first request, from the one model
  RenderCache cache;           // the files asked for recently, instead of every file
  std::mutex whole_data_mutex; // held while a file that writes the whole data is rendered
  SparqlEngine sparql;
  std::mutex sparql_mutex; // Rasqal is not thread-safe: one query at a time in this process
  // The processes that run the queries, forked before any of the front's threads start; none
  // when options.query_workers is 0 (then sparql runs here, under sparql_mutex).
  std::unique_ptr<QueryWorkers> workers;
  Server http;
  HttpFront front; // after http: its workers call http, and are joined when it is destroyed

  /// The site as served: its query page posts to this server's endpoint.
  static SiteOptions served(SiteOptions site) {
    site.served = true;
    return site;
  }

  Impl(Model m, ServerOptions o)
      : model(std::move(m)), options(std::move(o)), site(model, served(options.site)), cache(options.cache_bytes),
        // Data whose dump and documents RDF/XML cannot carry is refused at start-up, as when the
        // site was built whole then, rather than answered with errors later: checked in the index's
        // walk of the triples.
        sparql(model, RdfOptions{options.site.base}, [](const TripleRef& t) { check_rdfxml(t); }),
        workers(start_workers(sparql, options)),
        front(
            front_limits(options), options.threads,
            [this](std::string_view request, bool last) { return answer_one(request, last); },
            options.log ? options.log : [](const std::string& line) { std::cerr << line << std::endl; }) {}

  /// The query workers, none for 0. Before they are forked (and share every page the server has
  /// with it), the allocator gives back what the load and the index build freed.
  static std::unique_ptr<QueryWorkers> start_workers(const SparqlEngine& sparql, const ServerOptions& o) {
    malloc_trim(0);
    if (o.query_workers == 0) return nullptr;
    return std::make_unique<QueryWorkers>(sparql, o.query_workers, o.sparql_memory_bytes);
  }

  static FrontLimits front_limits(const ServerOptions& o) {
    FrontLimits l;
    l.max_connections = o.max_connections;
    l.max_connections_per_client = o.max_connections_per_client;
    l.idle_seconds = o.read_timeout_seconds;
    l.write_seconds = o.read_timeout_seconds;
    l.header_seconds = o.header_timeout_seconds;
    l.body_seconds = o.body_timeout_seconds;
    l.max_body_bytes = o.max_body_bytes;
    l.keep_alive_max_count = 100;
    return l;
  }

  /// One complete request from the front, answered as httplib's keep-alive loop would. Closes
  /// the connection also when httplib read other bytes than the front framed (a malformed
  /// request), so that the two can never disagree about where the next request starts.
  FrontAnswer answer_one(std::string_view request, bool last) {
    MemoryStream stream(request);
    bool closed = false;
    const bool ok = http.process_request(stream, last, closed, nullptr);
    const bool whole = stream.at_end();
    return {stream.take(), !ok || closed || last || !whole};
  }

  void routes() {
    http.set_payload_max_length(options.max_body_bytes);
    // Only what httplib says in its Keep-Alive header: the front keeps the connections.
    http.set_keep_alive_max_count(100);
    http.set_keep_alive_timeout(options.read_timeout_seconds);
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, const std::exception_ptr& ep) {
      std::string what = "internal error";
      try {
        std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what += std::string(": ") + e.what();
      } catch (...) {
      }
      plain(res, 500, what);
    });
    // Every answer may be read by a page of any origin (a browser client such as YASGUI).
    http.set_default_headers({{"Access-Control-Allow-Origin", "*"}});
    http.Get("/sparql", [this](const httplib::Request& req, httplib::Response& res) {
      if (refused_protocol_request(req, res)) return;
      if (!req.has_param("query")) return describe_service(req, res);
      answer_query(req.get_param_value("query"), req, res);
    });
    http.Post("/sparql", [this](const httplib::Request& req, httplib::Response& res) {
      if (refused_protocol_request(req, res)) return;
      const std::string type = req.get_header_value("Content-Type");
      if (type.starts_with("application/sparql-query")) return answer_query(req.body, req, res);
      if (type.starts_with("application/x-www-form-urlencoded")) {
        if (!req.has_param("query")) return plain(res, 400, "missing the 'query' form field (SPARQL 1.1 Protocol)");
        return answer_query(req.get_param_value("query"), req, res);
      }
      plain(res, 415, "send the query as application/sparql-query or application/x-www-form-urlencoded");
    });
    http.Get(".*", [this](const httplib::Request& req, httplib::Response& res) { answer_path(req, res); });
    const auto not_allowed = [](const httplib::Request& req, httplib::Response& res) {
      res.set_header("Allow", std::string(req.path == "/sparql" ? sparql_methods : read_only_methods));
      plain(res, 405, "this server is read-only: only GET, HEAD and OPTIONS (and POST to /sparql)");
    };
    http.Post(".*", not_allowed);
    http.Put(".*", not_allowed);
    http.Delete(".*", not_allowed);
    http.Patch(".*", not_allowed);
    // A CORS preflight (and a plain OPTIONS): what a cross-origin client may send.
    http.Options(".*", [](const httplib::Request& req, httplib::Response& res) {
      const std::string methods(req.path == "/sparql" ? sparql_methods : read_only_methods);
      res.status = 204;
      res.set_header("Allow", methods);
      res.set_header("Access-Control-Allow-Methods", methods);
      res.set_header("Access-Control-Allow-Headers", "Accept, Content-Type");
      res.set_header("Access-Control-Max-Age", "86400");
    });
    // TRACE, CONNECT and PRI have no route in httplib (it would answer 400): read-only here too.
    http.set_pre_routing_handler([not_allowed](const httplib::Request& req, httplib::Response& res) {
      if (req.method != "TRACE" && req.method != "CONNECT" && req.method != "PRI")
        return httplib::Server::HandlerResponse::Unhandled;
      not_allowed(req, res);
      return httplib::Server::HandlerResponse::Handled;
    });
  }

  /// Answers, and returns true for, a /sparql request the SPARQL 1.1 Protocol has no answer for
  /// here (the W3C protocol suite's bad_* and update cases): an update (the endpoint is read-only),
  /// more than one query, or a body in another charset than UTF-8.
  static bool refused_protocol_request(const httplib::Request& req, httplib::Response& res) {
    const std::string type = req.get_header_value("Content-Type");
    if (req.has_param("update") || type.starts_with("application/sparql-update")) {
      plain(res, 400,
            "this endpoint is read-only: it answers SPARQL queries, not SPARQL Update; load changed data with "
            "'vidensgraf push' into a triple store, or change the dataset's CSV files and serve it again");
      return true;
    }
    if (req.get_param_value_count("query") > 1) {
      plain(res, 400, "more than one 'query' parameter: send one query per request (SPARQL 1.1 Protocol)");
      return true;
    }
    if (const auto at = type.find("charset="); at != std::string::npos) {
      std::string charset = type.substr(at + 8);
      charset = charset.substr(0, charset.find(';'));
      std::erase(charset, '"');
      if (strcasecmp(charset.c_str(), "utf-8") != 0) {
        plain(res, 415, "the body is in " + charset + "; send the query in UTF-8, as the SPARQL 1.1 Protocol asks");
        return true;
      }
    }
    return false;
  }

  /// The site's interface language ("en" or "da") that Accept-Language prefers.
  static std::string_view preferred_language(const httplib::Request& req) {
    static const std::vector<std::string_view> languages{"en", "da"};
    return languages[negotiate_language(req.get_header_value("Accept-Language"), languages)];
  }

  /// The language of the query form and its answers: the form's `lang` field (the page it was
  /// sent from), else the one Accept-Language prefers.
  static std::string_view form_language(const httplib::Request& req) {
    const std::string asked = req.get_param_value("lang");
    if (asked == "en" || asked == "da") return asked == "da" ? "da" : "en";
    return preferred_language(req);
  }

  /// GET /sparql with no query: the service description in the RDF syntax asked for, or the
  /// query form for a browser.
  void describe_service(const httplib::Request& req, httplib::Response& res) const {
    const auto chosen = choose(req.get_header_value("Accept"), description_formats);
    res.set_header("Vary", chosen && chosen->name == "html" ? "Accept, Accept-Language" : "Accept");
    if (!chosen)
      return plain(res, 406,
                   "acceptable without a query: text/turtle, application/n-triples, application/ld+json, "
                   "application/rdf+xml (the service description) or text/html (a query form)");
    if (chosen->name == "html")
      return res.set_content(sparql_form_page("", {}, form_language(req)), std::string(html_page_media_type));
    std::ostringstream out;
    const std::string endpoint =
        options.site.sparql_endpoint.empty() ? base() + "sparql" : options.site.sparql_endpoint;
    write_rdf(
        out, *find_rdf_format(chosen->name),
        [&](const std::function<void(const Triple&)>& sink) {
          for_each_service_triple(endpoint, dataset_iri(base()), sparql.triple_count(), sink);
        },
        base());
    res.set_content(out.str(), std::string(chosen->media_type) + "; charset=utf-8");
  }

  std::string base() const { return effective_base(model, RdfOptions{options.site.base}); }

  void answer_query(const std::string& query, const httplib::Request& req, httplib::Response& res) {
    // The protocol lets an endpoint refuse a dataset it does not hold with 400; this one holds one
    // default graph, the dataset, and no named graphs.
    for (const char* param : {"default-graph-uri", "named-graph-uri"})
      if (req.has_param(param))
        return plain(res, 400,
                     std::string(param) +
                         " is not supported: this endpoint has one default graph (the whole dataset) and no named "
                         "graphs; leave the parameter out");
    const std::string accept = req.get_header_value("Accept");
    const auto results = choose(accept, result_formats);
    const auto graph = choose(accept, graph_formats);
    if (!results && !graph)
      return plain(res, 406,
                   "acceptable results: application/sparql-results+json, application/sparql-results+xml, "
                   "text/csv, text/tab-separated-values, text/html; for CONSTRUCT text/turtle, application/n-triples, "
                   "application/ld+json, application/rdf+xml");
    SparqlOptions opts;
    opts.row_limit = options.sparql_row_limit;
    opts.timeout_seconds = options.sparql_timeout_seconds;
    opts.memory_budget_bytes = options.sparql_memory_bytes;
    auto run = [&](const SparqlFormat& format) {
      opts.format = format.name == "html" ? "json" : std::string(format.name);
      std::string text;
      if (workers) {
        text = workers->run(query, opts);
      } else {
        const std::lock_guard lock(sparql_mutex);
        text = sparql.run(query, opts);
      }
      if (format.name != "html") return text;
      const auto ui = form_language(req);
      return sparql_form_page(query, sparql_results_html(text, ui), ui);
    };
    const SparqlFormat first = results ? *results : *graph;
    try {
      try {
        res.set_content(run(first), std::string(first.media_type) + "; charset=utf-8");
      } catch (const UsageError&) {
        // The format does not fit the query form (SELECT/ASK vs CONSTRUCT): try the other family.
        const auto other = results ? graph : std::nullopt;
        if (!other) return plain(res, 406, "the query's results cannot be given in any type the request accepts");
        res.set_content(run(*other), std::string(other->media_type) + "; charset=utf-8");
      }
      res.set_header("Vary", res.get_header_value("Content-Type").starts_with("text/html") ? "Accept, Accept-Language"
                                                                                           : "Accept");
    } catch (const InputError& e) {
      plain(res, 400, e.what());
    } catch (const QueryUnavailable& e) {
      res.set_header("Retry-After", "5");
      plain(res, 503, e.what());
    }
  }

  /// The documents an IRI path (a file's path without its extension) can be given as: (media
  /// type, location), in entity_document_types' order. HTML is the page NAME.html, or the
  /// folder's page NAME/ (a concept scheme's IRI, {base}challenge); the ontology's folder offers
  /// its Turtle file.
  std::vector<std::pair<std::string_view, std::string>> variants(const std::string& key) const {
    std::vector<std::pair<std::string_view, std::string>> out; // (media type, location)
    for (const auto& t : entity_document_types()) {
      std::string doc = key + "." + std::string(t.extension);
      if (t.extension == "html") {
        if (key == "dataset") doc = "index.html"; // the home page describes the dataset
        if (!site.contains(doc) && site.contains(key + "/index.html")) doc = key + "/";
      } else if (!site.contains(doc) && ontology_document == key + "/vidensgraf." + std::string(t.extension)) {
        doc = std::string(ontology_document);
      }
      if (doc.ends_with('/') || site.contains(doc)) out.emplace_back(t.media_type, "/" + doc);
    }
    return out;
  }

  using Variants = std::vector<std::pair<std::string_view, std::string>>;

  static std::optional<std::size_t> choose_variant(const std::string& accept, const Variants& offered) {
    std::vector<std::string_view> types;
    for (const auto& v : offered)
      types.push_back(v.first);
    return negotiate(accept, types);
  }

  static void see_other(httplib::Response& res, const std::string& location) {
    res.status = 303;
    res.set_header("Location", location);
    res.set_content("See " + location + "\n", "text/plain; charset=utf-8");
  }

  /// The page in the language Accept-Language prefers: "/x.html" or its twin "/x.da.html" (a
  /// folder "/x/": "/x/index.da.html"), when the twin is there.
  std::string page_in_language(const httplib::Request& req, const std::string& location) const {
    if (preferred_language(req) != "da") return location;
    const std::string twin = location.ends_with('/') ? location + "index.da.html" : danish_page_path(location);
    return site.contains(twin.substr(1)) ? twin : location;
  }

  void answer_path(const httplib::Request& req, httplib::Response& res) {
    std::string path = req.path;
    if (!acceptable_path(path)) return plain(res, 400, "bad path: no '.' or '..' segments, backslashes or '//'");
    std::string key = path.substr(1);
    const bool folder = !key.empty() && key.ends_with('/');
    if (key.empty() || folder) key += "index.html";
    const std::string stem = folder ? path.substr(1, path.size() - 2) : path.substr(1);
    const auto offered = variants(stem);
    const auto accept = req.get_header_value("Accept");
    if (site.contains(key)) {
      // A folder's page (a concept scheme, the ontology) for a client that asks for RDF: 303 to
      // the document, as for any IRI.
      if (folder && offered.size() > 1) {
        res.set_header("Vary", "Accept, Accept-Language");
        if (const auto chosen = choose_variant(accept, offered); chosen && offered[*chosen].first != html_media_type)
          return see_other(res, offered[*chosen].second);
      }
      // A folder's page ("/", "/project/") in Danish for a client that prefers Danish.
      // Only the folder's IRI: an explicit "/index.html" (the switch to English) stays as asked.
      if (path.ends_with('/')) {
        res.set_header("Vary", "Accept, Accept-Language");
        if (const auto page = page_in_language(req, path); page != path) return see_other(res, page);
      }
      const auto file = cache.get(key, [&] {
        if (!site.writes_whole_data(key)) return site.render(key);
        // A dump is held whole while it is answered: one at a time bounds the memory they take.
        // Writing one in RDF/XML or RDF/JSON holds the whole graph in Raptor (GBs at 100k
        // entities), which the allocator keeps unless it is told to give it back.
        const std::lock_guard lock(whole_data_mutex);
        auto rendered = site.render(key);
        malloc_trim(0);
        return rendered;
      });
      if (!file) return plain(res, 500, "internal error: no file rendered for " + key);
      res.set_content(file->body, file->media_type);
      return;
    }
    // A folder without '/' that has no documents of its own: to the folder, whatever is accepted.
    if (offered.size() == 1 && offered.front().second.ends_with('/')) return see_other(res, offered.front().second);
    if (offered.empty()) {
      res.status = 404;
      res.set_content("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>Not found</title></head><body>"
                      "<h1>Not found · Ikke fundet</h1><p>" +
                          html_escape(path) + "</p><p><a href=\"/\">Home</a></p></body></html>\n",
                      std::string(html_page_media_type));
      return;
    }
    res.set_header("Vary", "Accept, Accept-Language");
    const auto chosen = choose_variant(accept, offered);
    if (!chosen) {
      std::string list;
      for (const auto& v : offered)
        list += std::string(list.empty() ? "" : ", ") + std::string(v.first);
      return plain(res, 406, "not available in an accepted type; available: " + list);
    }
    const auto& [type, location] = offered[*chosen];
    see_other(res, type == html_media_type ? page_in_language(req, location) : location);
  }
};

LinkedDataServer::LinkedDataServer(Model model, ServerOptions options)
    : impl_(std::make_unique<Impl>(std::move(model), std::move(options))) {
  impl_->routes();
}

LinkedDataServer::~LinkedDataServer() = default;

int LinkedDataServer::bind(const std::string& host, int port) {
  return impl_->front.bind(host, port);
}

void LinkedDataServer::run() {
  impl_->front.run();
}

void LinkedDataServer::stop() {
  impl_->front.stop();
  if (impl_->workers) impl_->workers->stop();
}

std::vector<int> LinkedDataServer::query_worker_pids() const {
  if (!impl_->workers) return {};
  return impl_->workers->pids();
}

std::size_t LinkedDataServer::file_count() const {
  return impl_->site.path_count();
}

std::size_t LinkedDataServer::cached_file_count() const {
  return impl_->cache.file_count();
}

bool LinkedDataServer::caches(const std::string& path) const {
  return impl_->cache.holds(path);
}

std::string LinkedDataServer::answer_raw(std::string_view request, std::size_t max_requests) {
  MemoryStream stream(request);
  // Like httplib's keep-alive loop: the next request on the same connection until the client
  // asks to close, the bytes run out, or httplib gives up on a malformed request.
  for (std::size_t i = 0; i < max_requests && !stream.at_end(); ++i) {
    bool closed = false;
    if (!impl_->http.process_request(stream, i + 1 == max_requests, closed, nullptr) || closed) break;
  }
  return stream.take();
}

} // namespace vidensgraf
