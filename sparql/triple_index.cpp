#include "sparql/triple_index.hpp"

#include <algorithm>
#include <tuple>

namespace vidensgraf {

namespace {
constexpr std::string_view xsd_string = "http://www.w3.org/2001/XMLSchema#string";
}

std::string term_key(const Term& term) {
  std::string key(1, static_cast<char>('0' + static_cast<int>(term.type)));
  key += term.value;
  if (term.is_literal()) {
    key += '\0';
    key += term.language;
    key += '\0';
    if (term.datatype != xsd_string) key += term.datatype;
  }
  return key;
}

TermId TripleIndex::intern(const Term& term) {
  auto [it, added] = ids_.try_emplace(term_key(term), static_cast<TermId>(terms_.size()));
  if (added) terms_.push_back(term);
  return it->second;
}

std::optional<TermId> TripleIndex::find(const Term& term) const {
  auto it = ids_.find(term_key(term));
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

TripleIndex TripleIndex::build(const Model& model, const RdfOptions& options) {
  TripleIndex index;
  for_each_triple(model, options, [&](const Triple& t) {
    index.spo_.push_back({index.intern(t.subject), index.intern(t.predicate), index.intern(t.object)});
  });
  auto by = [](auto key) { return [key](const TripleIds& a, const TripleIds& b) { return key(a) < key(b); }; };
  std::sort(index.spo_.begin(), index.spo_.end(), by([](const TripleIds& t) { return std::tie(t.s, t.p, t.o); }));
  index.spo_.erase(std::unique(index.spo_.begin(), index.spo_.end()), index.spo_.end());
  index.pos_ = index.spo_;
  std::sort(index.pos_.begin(), index.pos_.end(), by([](const TripleIds& t) { return std::tie(t.p, t.o, t.s); }));
  index.osp_ = index.spo_;
  std::sort(index.osp_.begin(), index.osp_.end(), by([](const TripleIds& t) { return std::tie(t.o, t.s, t.p); }));
  return index;
}

void TripleIndex::Cursor::skip() noexcept {
  while (it_ != end_ && ((s_ && it_->s != *s_) || (p_ && it_->p != *p_) || (o_ && it_->o != *o_)))
    ++it_;
}

void TripleIndex::Cursor::next() noexcept {
  ++it_;
  skip();
}

TripleIndex::Cursor TripleIndex::scan(std::optional<TermId> s, std::optional<TermId> p, std::optional<TermId> o) const {
  Cursor c;
  auto range = [&](const std::vector<TripleIds>& v, auto first, std::optional<TermId> a, auto second,
                   std::optional<TermId> b) {
    auto lo = std::lower_bound(v.begin(), v.end(), *a, [&](const TripleIds& t, TermId x) { return first(t) < x; });
    auto hi = std::upper_bound(lo, v.end(), *a, [&](TermId x, const TripleIds& t) { return x < first(t); });
    if (b) {
      lo = std::lower_bound(lo, hi, *b, [&](const TripleIds& t, TermId x) { return second(t) < x; });
      hi = std::upper_bound(lo, hi, *b, [&](TermId x, const TripleIds& t) { return x < second(t); });
    }
    c.it_ = v.data() + (lo - v.begin());
    c.end_ = v.data() + (hi - v.begin());
  };
  auto S = [](const TripleIds& t) { return t.s; };
  auto P = [](const TripleIds& t) { return t.p; };
  auto O = [](const TripleIds& t) { return t.o; };
  if (s) {
    range(spo_, S, s, P, p);
    c.o_ = o; // SPO narrows by s (and p); a bound o is checked triple by triple
  } else if (p) {
    range(pos_, P, p, O, o);
  } else if (o) {
    range(osp_, O, o, S, s);
  } else {
    c.it_ = spo_.data();
    c.end_ = spo_.data() + spo_.size();
  }
  c.skip();
  return c;
}

} // namespace vidensgraf
