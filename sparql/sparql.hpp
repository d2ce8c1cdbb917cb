// SPARQL over the model, evaluated by Rasqal 0.9.33 through a triples source of our own with
// indexed lookups (rasqal_source.hpp). The triples are those of the Turtle export. What Rasqal
// does not support is refused before it runs (feature_scan.hpp; docs/sparql.md).
#pragma once

#include "model/rdf/triples.hpp"
#include "model/model.hpp"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace vidensgraf {

class TripleIndex;

/// How to run one query and write its results.
struct SparqlOptions {
  /// json, csv, tsv or table for SELECT and ASK (SPARQL 1.1 result formats; table is for people);
  /// turtle or ntriples for CONSTRUCT; empty: json, or turtle for CONSTRUCT.
  std::string format;
  std::size_t row_limit = 10000; ///< more result rows (or CONSTRUCT triples) than this is an error
  double timeout_seconds = 30.0; ///< a query running longer is stopped and is an error
  /// A query whose evaluation grows the heap by more than this many bytes is stopped and is an
  /// error (Rasqal builds every row before LIMIT applies); 0: no budget.
  std::size_t memory_budget_bytes = 0;
};

/// The message of a query stopped at its time limit: the limit, and how to raise it.
std::string sparql_time_limit_message(double timeout_seconds);

/// The model's triples, indexed once, ready for any number of queries.
class SparqlEngine {
public:
  /// `observe`, when set, sees each triple of the model as it is indexed (TripleIndex::build).
  explicit SparqlEngine(const Model& model, const RdfOptions& rdf = {},
                        const std::function<void(const TripleRef&)>& observe = {});
  ~SparqlEngine();
  SparqlEngine(const SparqlEngine&) = delete;
  SparqlEngine& operator=(const SparqlEngine&) = delete;

  /// Runs a SELECT, ASK or CONSTRUCT query and returns its results in the chosen format.
  /// Throws InputError (exit 1) for a malformed query (with line and column), an unsupported
  /// feature, or a query over the row or time limit; UsageError (exit 2) for a format that does
  /// not fit the query form. Queries run one at a time (Rasqal is not thread-safe).
  std::string run(std::string_view text, const SparqlOptions& options) const;

  /// Number of distinct triples indexed.
  std::size_t triple_count() const noexcept;
  /// Bytes the index holds (triples, orderings, terms), for the benchmark's bytes per triple.
  std::size_t index_bytes() const noexcept;

private:
  std::unique_ptr<TripleIndex> index_;
  std::string base_;
};

} // namespace vidensgraf
