// The server renders the site on request from the one model: every file it answers is the bytes
// `vidensgraf site` writes, and it is ready before it has rendered anything.
#include "exporters/site/site.hpp"
#include "model/dataset_loader.hpp"
#include "model/generator.hpp"
#include "model/rdf/syntax.hpp"
#include "server/linked_data_server.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <httplib.h>

#include <filesystem>
#include <thread>

namespace fs = std::filesystem;
using namespace vidensgraf;
using namespace vidensgraf::test;

namespace {

/// A server over `model` on a free loopback port, stopped at the end.
class Serving {
public:
  Serving(Model model, ServerOptions options) : server_(std::move(model), std::move(options)) {
    port_ = server_.bind("127.0.0.1", 0);
    thread_ = std::thread([this] { server_.run(); });
  }
  ~Serving() {
    server_.stop();
    thread_.join();
  }
  LinkedDataServer& server() { return server_; }
  httplib::Result get(const std::string& path, const std::string& accept) {
    httplib::Client c("127.0.0.1", port_);
    c.set_url_encode(false);
    c.set_connection_timeout(5);
    c.set_read_timeout(60);
    return c.Get(path.c_str(), httplib::Headers{{"Accept", accept}});
  }

private:
  LinkedDataServer server_;
  int port_ = 0;
  std::thread thread_;
};

/// The media type a client asks for a file of the site by.
std::string accept_for(const fs::path& file) {
  const std::string ext = file.extension().string();
  if (ext == ".html") return "text/html";
  if (ext == ".css") return "text/css";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".js") return "text/javascript";
  for (const auto& f : rdf_formats)
    if (ext == "." + std::string(f.extension)) return std::string(f.media_type);
  return "text/plain";
}

} // namespace

TEST_CASE("every file the server answers is the one `site` writes, byte for byte", "[serve][site]") {
  const fs::path out = work_dir("served-site") / "site";
  const auto written = run_vidensgraf({"site", "-o", out.string(), bundled_dataset().string()});
  INFO(written.err);
  REQUIRE(written.exit_code == 0);
  // The server's query page posts its examples to the endpoint (SiteOptions::served); the site's
  // shows them as text. Every other file is the same.
  const Model model = load_dataset_or_throw(bundled_dataset());
  const SiteFiles served = build_site(model, SiteOptions{{}, true, {}, true});
  ServerOptions options;
  options.threads = 2;
  Serving serving(load_dataset_or_throw(bundled_dataset()), options);
  std::size_t compared = 0;
  std::size_t entity_pages = 0;
  for (const auto& entry : fs::recursive_directory_iterator(out)) {
    if (!entry.is_regular_file()) continue;
    const std::string path = fs::relative(entry.path(), out).generic_string();
    INFO(path);
    const auto answer = serving.get("/" + path, accept_for(entry.path()));
    REQUIRE(answer);
    CHECK(answer->status == 200);
    const bool query_page = path == "query.html" || path == "query.da.html";
    const std::string expected = query_page ? served.at(path).body : read_file(entry.path());
    CHECK(answer->body == expected);
    if (query_page) CHECK(expected != read_file(entry.path()));
    CHECK(answer->get_header_value("Content-Type") == served.at(path).media_type);
    ++compared;
    if (path.starts_with("project/") && path.ends_with(".html")) ++entity_pages;
  }
  CHECK(compared == served.size());
  CHECK(compared == serving.server().file_count());
  CHECK(entity_pages > 10);
}

TEST_CASE("the server answers an entity page of a generated model having rendered only that page", "[serve]") {
  const fs::path dir = work_dir("served-generated") / "data";
  generate_dataset(dir, 3000, 7);
  Model model = load_dataset_or_throw(dir);
  const auto project = model.entities_of_kind(model.schema().require_kind("Project")).at(5);
  const std::string page = model.schema().kind(model.entity(project).kind).segment + "/" + model.entity(project).id;
  ServerOptions options;
  options.threads = 2;
  Serving serving(std::move(model), options);
  CHECK(serving.server().cached_file_count() == 0);
  CHECK(serving.server().file_count() > 6 * 3000);

  const auto first = serving.get("/" + page + ".html", "text/html");
  REQUIRE(first);
  CHECK(first->status == 200);
  CHECK(first->body.find("<svg") != std::string::npos); // its focus diagram, drawn for it
  CHECK(serving.server().cached_file_count() == 1);
  CHECK(serving.server().caches(page + ".html"));
  CHECK_FALSE(serving.server().caches("index.html"));

  // The same page again comes from the cache; negotiating an IRI renders nothing.
  const auto again = serving.get("/" + page + ".html", "text/html");
  REQUIRE(again);
  CHECK(again->body == first->body);
  const auto negotiated = serving.get("/" + page, "text/turtle");
  REQUIRE(negotiated);
  CHECK(negotiated->status == 303);
  CHECK(negotiated->get_header_value("Location") == "/" + page + ".ttl");
  CHECK(serving.server().cached_file_count() == 1);
}
