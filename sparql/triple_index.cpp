// The orderings are built by hand with counting sorts rather than std::sort: three std::sorts of
// 51 million 12-byte triples took most of a minute at a million entities, the counting sorts
// take a few seconds (bench/RESULTS.md), and positions instead of copies need a stable sort.
#include "sparql/triple_index.hpp"

#include "model/error.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <tuple>

namespace vidensgraf {

namespace {

/// Positions 0..n-1 of `items` stably ordered by key(items[position]), a term id below `keys`.
/// `from`: the positions to reorder (null: 0..n-1 in order).
template <class Key>
std::vector<std::uint32_t> counting_order(std::size_t n, std::size_t keys, const std::uint32_t* from, Key key) {
  std::vector<std::uint32_t> start(keys + 1, 0);
  for (std::size_t i = 0; i < n; ++i)
    ++start[key(from ? from[i] : i) + 1];
  for (std::size_t k = 0; k < keys; ++k)
    start[k + 1] += start[k];
  std::vector<std::uint32_t> order(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto position = static_cast<std::uint32_t>(from ? from[i] : i);
    order[start[key(position)]++] = position;
  }
  return order;
}

/// The ids of the walk's terms, each first added in the order the walk names it, with two
/// shortcuts before the dictionary's hash table: an entity's IRI by its vertex (an array), and
/// any other term by the address of the writer's string (a small cache, checked by content),
/// which catches the fixed predicates and classes and a statement node's or label's repeats.
class TermInterner {
public:
  TermInterner(TermDictionary& terms, std::size_t entities) : terms_(terms), entities_(entities, none) {}

  TermId id(const TermRef& term) {
    if (term.entity != TermRef::no_entity) {
      TermId& known = entities_[term.entity];
      if (known == none) {
        append_term_key(term, key_);
        known = terms_.intern(key_);
      }
      return known;
    }
    append_term_key(term, key_);
    const auto address = reinterpret_cast<std::uintptr_t>(term.value.data());
    Cached& cached = cache_[(address >> 3 ^ address >> 13) % cache_.size()];
    if (cached.address == address && cached.id != none && terms_.has_key(cached.id, key_)) return cached.id;
    cached = {address, terms_.intern(key_)};
    return cached.id;
  }

private:
  static constexpr TermId none = ~TermId{0};
  struct Cached {
    std::uintptr_t address = 0;
    TermId id = none;
  };
  TermDictionary& terms_;
  std::vector<TermId> entities_; ///< by vertex
  std::array<Cached, 1024> cache_{};
  std::string key_;
};

} // namespace

TripleIndex TripleIndex::build(const Model& model, const RdfOptions& options,
                               const std::function<void(const TripleRef&)>& observe) {
  TermDictionary terms;
  TermInterner interner(terms, model.entity_count());
  std::vector<TripleIds> triples;
  for_each_triple_ref(model, options, [&](const TripleRef& t) {
    if (observe) observe(t);
    const TermId s = interner.id(t.subject), p = interner.id(t.predicate), o = interner.id(t.object);
    triples.push_back(TripleIds{s, p, o});
  });
  terms.shrink_to_fit();
  return from_ids(std::move(terms), std::move(triples));
}

TripleIndex TripleIndex::from_ids(TermDictionary terms, std::vector<TripleIds> triples) {
  if (triples.size() >= std::numeric_limits<std::uint32_t>::max())
    throw InternalError("the SPARQL index holds at most 2^32 - 2 triples");
  TripleIndex index;
  index.terms_ = std::move(terms);
  const std::size_t n = triples.size(), keys = index.terms_.size();
  { // SPO: by subject (counting sort), then by (predicate, object) within each subject
    const auto by_subject = counting_order(n, keys, nullptr, [&](std::size_t i) { return triples[i].s; });
    index.spo_.reserve(n);
    for (auto i : by_subject)
      index.spo_.push_back(triples[i]);
    std::vector<TripleIds>().swap(triples);
    auto& spo = index.spo_;
    for (std::size_t begin = 0, end = 0; begin < n; begin = end) {
      while (end < n && spo[end].s == spo[begin].s)
        ++end;
      std::sort(spo.begin() + static_cast<std::ptrdiff_t>(begin), spo.begin() + static_cast<std::ptrdiff_t>(end),
                [](const TripleIds& a, const TripleIds& b) { return std::tie(a.p, a.o) < std::tie(b.p, b.o); });
    }
    spo.erase(std::unique(spo.begin(), spo.end()), spo.end());
    spo.shrink_to_fit();
  }
  const auto& spo = index.spo_;
  index.subject_start_.assign(keys + 1, 0);
  for (const auto& t : spo)
    ++index.subject_start_[t.s + 1];
  for (std::size_t k = 0; k < keys; ++k)
    index.subject_start_[k + 1] += index.subject_start_[k];
  // OSP: SPO stably by object; POS: OSP stably by predicate, so (p, o, s).
  index.osp_ = counting_order(spo.size(), keys, nullptr, [&](std::size_t i) { return spo[i].o; });
  index.pos_ = counting_order(spo.size(), keys, index.osp_.data(), [&](std::size_t i) { return spo[i].p; });
  return index;
}

TripleIndex::Cursor TripleIndex::scan(std::optional<TermId> s, std::optional<TermId> p, std::optional<TermId> o) const {
  // The ordering whose key starts with the bound parts, and those parts in its key's order.
  std::array<TermId, 3> want{};
  std::size_t bound = 0;
  const std::uint32_t* order = nullptr;
  int which = 0; // 0 SPO, 1 POS, 2 OSP
  auto take = [&](std::initializer_list<std::optional<TermId>> parts) {
    for (const auto& part : parts) {
      if (!part) break;
      want[bound++] = *part;
    }
  };
  if (s && (p || !o)) {
    take({s, p, o}); // s; s p; s p o
  } else if (p) {
    which = 1;
    order = pos_.data();
    take({p, o}); // p; p o
  } else if (o) {
    which = 2;
    order = osp_.data();
    take({o, s}); // o; o s
  }
  auto key = [&](std::size_t at) {
    const TripleIds& t = spo_[order ? order[at] : at];
    switch (which) {
    case 1:
      return std::array<TermId, 3>{t.p, t.o, t.s};
    case 2:
      return std::array<TermId, 3>{t.o, t.s, t.p};
    default:
      return std::array<TermId, 3>{t.s, t.p, t.o};
    }
  };
  auto compare = [&](std::size_t at) { // <0: before the range, 0: in it, >0: after it
    const auto k = key(at);
    for (std::size_t i = 0; i < bound; ++i)
      if (k[i] != want[i]) return k[i] < want[i] ? -1 : 1;
    return 0;
  };
  // Binary searches over positions lo..hi: the first not before the range, the first after it.
  // With the subject bound (SPO), the table of where each subject's triples begin narrows them
  // to that subject's triples: a search among a few instead of 26 steps through 51 million at a
  // million entities, most of them cache misses. (A table for OSP would cost as much again; a
  // pattern with only its object bound is rarely the inner one of a join.)
  std::size_t lo = 0, hi = spo_.size();
  if (bound > 0 && which == 0) {
    if (want[0] + std::size_t{1} >= subject_start_.size()) return Cursor{}; // no triple has the term
    lo = subject_start_[want[0]];
    hi = subject_start_[want[0] + 1];
  }
  auto first = [&](auto before) {
    std::size_t lo_at = lo, hi_at = hi;
    while (lo_at < hi_at) {
      const std::size_t mid = lo_at + (hi_at - lo_at) / 2;
      if (before(mid))
        lo_at = mid + 1;
      else
        hi_at = mid;
    }
    return lo_at;
  };
  Cursor c;
  c.spo_ = spo_.data();
  c.order_ = order;
  c.at_ = first([&](std::size_t at) { return compare(at) < 0; });
  c.end_ = first([&](std::size_t at) { return compare(at) <= 0; });
  return c;
}

std::optional<TermId> TripleIndex::find(const Term& term) const {
  return terms_.find(term_key(term));
}

std::size_t TripleIndex::memory_bytes() const noexcept {
  return spo_.capacity() * sizeof(TripleIds) +
         (pos_.capacity() + osp_.capacity() + subject_start_.capacity()) * sizeof(std::uint32_t) +
         terms_.memory_bytes();
}

} // namespace vidensgraf
