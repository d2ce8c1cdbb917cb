// The model's RDF triples (model/rdf/triples.hpp, the same as the Turtle export) held for
// SPARQL: every term stored once under a 32-bit id (term_dictionary.hpp), the triples sorted in
// the three orders the triples source needs (SPO, POS, OSP), so that a pattern with any of its
// parts bound is answered from a contiguous range, not by a scan.
//
// What each byte per triple pays for (29.0 bytes a triple at a million entities, 27.9 at 100 000;
// bench/RESULTS.md): 20 bytes for the triples and their orderings, 0.7 for where each subject's
// triples begin, the rest for the terms:
//  - 12: the triple itself, three ids, in SPO order: patterns with the subject bound, and the
//    triples' one copy;
//  -  4: POS, the SPO position of each triple in (predicate, object, subject) order: patterns
//    with the predicate bound and the subject free (the usual first pattern of a join);
//  -  4: OSP, the same in (object, subject, predicate) order: patterns with only the object (and
//    perhaps the subject) bound;
//  - about 0.7: per term, where its triples as the subject begin in SPO (4 bytes; one term per
//    six triples), so that a pattern with the subject bound starts among that subject's triples
//    instead of with a search of all of them: the second pattern of a join, once per row of the
//    first;
//  - about 8: the terms (term_dictionary.hpp), per distinct term its stored key (some 30 bytes:
//    most are IRIs of statement nodes and entities, whose namespace is kept as a number) + 4
//    (offset) + 8 to 16 (hash slots); there is about one distinct term per six triples.
// While it is built the index also holds, for a moment, the triples in the order the walk gives
// them (12 bytes a triple) and a 4-byte id per entity (build's shortcut for entity IRIs).
// POS and OSP are positions, not copies, to keep 8 of the 24 bytes a copy would take; a range
// is then read through SPO, one indirection, which the nested-loop joins Rasqal runs barely see.
//
// Built with counting sorts (linear, and each pass a prefix sum plus a scatter, which is what a
// parallel sort would split): SPO by a counting sort on the subject and a small sort within each
// subject; OSP by a stable counting sort of SPO on the object; POS by a stable counting sort of
// OSP on the predicate (stability keeps the orders of the passes before).
#pragma once

#include "model/rdf/triples.hpp"
#include "sparql/term_dictionary.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace vidensgraf {

/// One triple as term ids.
struct TripleIds {
  TermId s = 0, p = 0, o = 0;
  friend bool operator==(const TripleIds&, const TripleIds&) = default;
};

/// The triples of a model, interned and indexed.
class TripleIndex {
public:
  /// Collects, de-duplicates (named graphs are merged into the default graph) and indexes the triples:
  /// those of for_each_triple, read through for_each_triple_ref (no string made per part), each
  /// term numbered in the order the walk first names it, as interning for_each_triple's output would.
  /// `observe`, when set, sees each triple as it is collected (what it throws ends the build).
  static TripleIndex build(const Model& model, const RdfOptions& options,
                           const std::function<void(const TripleRef&)>& observe = {});
  /// The same from triples given as ids (each below term_count), for tests of the orderings.
  static TripleIndex from_ids(TermDictionary terms, std::vector<TripleIds> triples);

  /// Walks the triples that match a pattern whose parts are bound (an id) or free (nullopt).
  class Cursor {
  public:
    bool at_end() const noexcept { return at_ == end_; }
    const TripleIds& current() const noexcept { return spo_[order_ ? order_[at_] : at_]; }
    void next() noexcept { ++at_; }

  private:
    friend class TripleIndex;
    const TripleIds* spo_ = nullptr;
    const std::uint32_t* order_ = nullptr; // positions in SPO; null: the range is of SPO itself
    std::size_t at_ = 0, end_ = 0;
  };

  /// The matches of a pattern, from the ordering whose prefix its bound parts are: exactly the
  /// matching triples, no check triple by triple.
  Cursor scan(std::optional<TermId> s, std::optional<TermId> p, std::optional<TermId> o) const;
  /// The id of a term, nothing when no triple uses it (then no pattern with it matches).
  std::optional<TermId> find(const Term& term) const;
  /// The term with an id.
  Term term(TermId id) const { return term_of_key(terms_.key(id)); }
  /// The same as views into `buffer`, which holds the term's key (no string made once the
  /// buffer is large enough): valid until the buffer changes.
  TermRef term_ref(TermId id, std::string& buffer) const { return term_ref_of_key(terms_.key(id, buffer)); }
  std::size_t term_count() const noexcept { return terms_.size(); }
  std::size_t size() const noexcept { return spo_.size(); }
  /// Every triple in SPO order.
  const std::vector<TripleIds>& triples() const noexcept { return spo_; }
  /// Bytes the index holds (triples, orderings, terms), for the benchmark.
  std::size_t memory_bytes() const noexcept;

private:
  TermDictionary terms_;
  std::vector<TripleIds> spo_;
  std::vector<std::uint32_t> pos_, osp_; // positions in spo_
  /// By term id (term_count + 1 entries): where the term's triples as the subject begin in SPO;
  /// the next entry is where they end.
  std::vector<std::uint32_t> subject_start_;
};

} // namespace vidensgraf
