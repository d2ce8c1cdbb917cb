// A Rasqal triples source over a TripleIndex: Rasqal asks it for the matches of each triple
// pattern, and it answers from the index (see triple_index.hpp) instead of a scan. It also
// enforces the time limit and the memory budget: past the deadline, or once the heap has grown by
// more than the budget since the query began, every match ends and timed_out() or over_budget()
// is set, so the caller throws away the (incomplete) results. Private to sparql/.
#pragma once

#include "sparql/detail/rasqal_owners.hpp"
#include "sparql/triple_index.hpp"

#include <chrono>
#include <unordered_map>

namespace vidensgraf::detail {

/// Bytes of the heap in use (glibc's mallinfo2), what the memory budget is measured against.
std::size_t heap_in_use() noexcept;

/// The state one query's triples source reads: the index, the literals made so far, the deadline.
class RasqalSource {
public:
  /// `memory_budget`: bytes the heap may grow by while the query runs; 0: no budget.
  RasqalSource(const TripleIndex& index, rasqal_world* world, std::chrono::steady_clock::time_point deadline,
               std::size_t memory_budget = 0);
  RasqalSource(const RasqalSource&) = delete;
  RasqalSource& operator=(const RasqalSource&) = delete;

  /// Registers this source as the world's triples source factory (before any query is made).
  void register_with_world();
  /// True when the deadline passed while the query ran.
  bool timed_out() const noexcept { return timed_out_; }
  /// True when the heap grew past the memory budget while the query ran.
  bool over_budget() const noexcept { return over_budget_; }

  // Used by the C callbacks.
  const TripleIndex& index() const noexcept { return *index_; }
  /// A new reference to the Rasqal literal for a term (made once per term and query).
  rasqal_literal* literal(TermId id);
  /// The term id of a constant literal of a pattern; nothing when no triple has it.
  std::optional<TermId> id_of(rasqal_literal* literal) const;
  /// Checks the deadline and the budget now and then; true when either has passed.
  bool expired();

private:
  const TripleIndex* index_;
  rasqal_world* world_;
  std::chrono::steady_clock::time_point deadline_;
  std::unordered_map<TermId, RasqalLiteral> literals_;    // made on first use: a query touches few terms
  std::unordered_map<const rasqal_literal*, TermId> ids_; // the same, back: a bound variable's id at once
  std::string key_buffer_;                                // the key of the term literal() makes
  std::size_t memory_budget_;
  std::size_t heap_at_start_;
  unsigned ticks_ = 0;
  bool timed_out_ = false;
  bool over_budget_ = false;
};

} // namespace vidensgraf::detail
