// The model's RDF triples (exporters/rdf_triples.hpp, the same as the Turtle export) held for
// SPARQL: every term interned once, the triples sorted in three orders (SPO, POS, OSP) so that a
// pattern with any of its parts bound is answered from a contiguous range, not by a scan.
#pragma once

#include "exporters/rdf_triples.hpp"
#include "model/rdf_term.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace vidensgraf {

using TermId = std::uint32_t; ///< index into TripleIndex::term()

/// One triple as term ids.
struct TripleIds {
  TermId s = 0, p = 0, o = 0;
  friend bool operator==(const TripleIds&, const TripleIds&) = default;
};

/// The triples of a model, interned and indexed.
class TripleIndex {
public:
  /// Collects, de-duplicates (named graphs are merged into the default graph) and indexes the triples.
  static TripleIndex build(const Model& model, const RdfOptions& options);

  /// Walks the triples that match a pattern whose parts are bound (an id) or free (nullopt).
  class Cursor {
  public:
    bool at_end() const noexcept { return it_ == end_; }
    const TripleIds& current() const noexcept { return *it_; }
    void next() noexcept;

  private:
    friend class TripleIndex;
    void skip() noexcept;
    const TripleIds* it_ = nullptr;
    const TripleIds* end_ = nullptr;
    std::optional<TermId> s_, p_, o_; // parts the chosen order does not narrow, checked one by one
  };

  /// The matches of a pattern, from the index that narrows it most.
  Cursor scan(std::optional<TermId> s, std::optional<TermId> p, std::optional<TermId> o) const;
  /// The id of a term, nothing when no triple uses it (then no pattern with it matches).
  std::optional<TermId> find(const Term& term) const;
  /// The term with an id.
  const Term& term(TermId id) const { return terms_.at(id); }
  std::size_t term_count() const noexcept { return terms_.size(); }
  std::size_t size() const noexcept { return spo_.size(); }
  /// Every triple in SPO order.
  const std::vector<TripleIds>& triples() const noexcept { return spo_; }

private:
  TermId intern(const Term& term);
  std::vector<Term> terms_;
  std::unordered_map<std::string, TermId> ids_; // lookup only; never iterated
  std::vector<TripleIds> spo_, pos_, osp_;
};

/// The key a term is interned under: equal for terms RDF 1.1 deems equal ("x" and "x"^^xsd:string).
std::string term_key(const Term& term);

} // namespace vidensgraf
