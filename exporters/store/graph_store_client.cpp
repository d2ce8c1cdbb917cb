#include "exporters/store/graph_store_client.hpp"

#include "model/rdf/serializer.hpp"
#include "model/error.hpp"

#include <httplib.h>

#include <regex>
#include <strings.h>
#include <sstream>

namespace vidensgraf {

namespace {

struct StoreUrl {
  std::string origin; ///< scheme://host[:port]
  std::string path;   ///< "/..." (at least "/")
};

StoreUrl split_url(const std::string& url) {
  static const std::regex pattern(R"(^(https?://[^/?#\s]+)(/[^?#\s]*)?$)", std::regex::icase);
  std::smatch m;
  if (!std::regex_match(url, m, pattern))
    throw UsageError("--store must be an http(s) URL without query, e.g. http://127.0.0.1:8890/sparql-graph-crud, "
                     "not '" +
                     url + "'");
  return {m[1].str(), m[2].matched ? m[2].str() : "/"};
}

/// True when a 401 answer offers the Basic scheme (RFC 7235: one or more WWW-Authenticate headers).
bool asks_for_basic(const httplib::Response& response) {
  const auto n = response.get_header_value_count("WWW-Authenticate");
  for (std::size_t i = 0; i < n; ++i) {
    const std::string challenge = response.get_header_value("WWW-Authenticate", i);
    if (challenge.size() >= 5 && strncasecmp(challenge.c_str(), "basic", 5) == 0) return true;
  }
  return false;
}

} // namespace

PushResult push_to_store(const Model& model, const PushOptions& options) {
  const StoreUrl url = split_url(options.store);
  std::ostringstream body;
  PushResult result;
  const RdfOptions rdf{options.base};
  write_rdf(
      body, RdfFormat::ntriples,
      [&](const std::function<void(const Triple&)>& sink) {
        for_each_triple(model, rdf, [&](const Triple& t) {
          ++result.triples;
          sink(t);
        });
      },
      effective_base(model, rdf));

  httplib::Client client(url.origin);
  client.set_connection_timeout(10);
  client.set_read_timeout(options.timeout_seconds);
  client.set_write_timeout(options.timeout_seconds);
  const std::string target =
      url.path + (options.graph.empty() ? std::string("?default")
                                        : "?graph=" + httplib::detail::encode_query_param(options.graph));
  const auto put = [&] { return client.Put(target, body.str(), "application/n-triples"); };
  // cpp-httplib answers a Digest challenge by itself (Virtuoso's /sparql-graph-crud-auth asks for
  // Digest). Basic (Fuseki, GraphDB) is sent only to a store that asked for it, so that the
  // password never goes in clear text to a store that expects Digest.
  if (!options.user.empty()) client.set_digest_auth(options.user, options.password);
  auto response = put();
  if (response && response->status == 401 && !options.user.empty() && asks_for_basic(*response)) {
    client.set_basic_auth(options.user, options.password);
    response = put();
  }
  const std::string where = "the store at " + options.store;
  if (!response)
    throw OutputError("cannot reach " + where + ": " + httplib::to_string(response.error()) +
                      "; is it running, and is the URL right?");
  result.status = response->status;
  if (response->status == 401 || response->status == 403)
    throw OutputError(where + " refused the upload as unauthorised (HTTP " + std::to_string(response->status) +
                      "); check --user and --password-file");
  if (response->status < 200 || response->status >= 300)
    throw OutputError(where + " answered HTTP " + std::to_string(response->status) + ": " +
                      response->body.substr(0, 300) + "; a failed PUT leaves the graph as it was");
  return result;
}

} // namespace vidensgraf
