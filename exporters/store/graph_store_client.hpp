// Uploading the dataset to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol: one PUT
// of N-Triples to {store}?graph={IRI} (or ?default), which Virtuoso, Fuseki, Oxigraph and GraphDB
// accept. One request replaces the graph, so a failure leaves the store's graph as it was. A store
// that limits one transaction (Virtuoso refuses a PUT whose changes outgrow its transaction log)
// takes it in batches: a PUT of the first N triples, then a POST (add) of each next N; a failure
// then leaves the batches before it in the graph, and the error says how many triples that is.
// The model's triples name every node by IRI, so a graph sent in parts is the same graph. Each
// body is streamed: measured in a first pass (the Content-Length), then written to the socket as
// the triples are made, so push holds the model and a 64 KiB buffer, never the body.
#pragma once

#include "model/model.hpp"

#include <string>

namespace vidensgraf {

/// Where and how to push.
struct PushOptions {
  std::string store;    ///< the Graph Store endpoint, http(s)://host[:port]/path
  std::string graph;    ///< target graph IRI; empty: the default graph
  std::string user;     ///< user for HTTP Digest or Basic, as the store asks; empty: none
  std::string password; ///< its password
  std::string base;     ///< overrides the dataset's base IRI when not empty
  int timeout_seconds = 60;
  std::size_t batch_triples = 0; ///< 0: one PUT; else a PUT of the first N triples and a POST of each next N
};

/// What the store answered.
struct PushResult {
  int status = 0;           ///< HTTP status (200, 201 or 204)
  std::size_t triples = 0;  ///< number of triples sent
  std::size_t requests = 0; ///< batches the store accepted
};

/// PUTs the model's triples (N-Triples) to the store, in batches if asked. The caller ignores SIGPIPE (as
/// cpp-httplib's server does): a store may close the connection while the body is being sent. Throws UsageError for a
/// malformed URL, OutputError naming the store for a refused connection, an unreachable host, 401/403 (unauthorised)
/// and any other non-2xx answer (with the start of the store's message).
PushResult push_to_store(const Model& model, const PushOptions& options);

} // namespace vidensgraf
