// The C callbacks follow librdf's src/rdf_query_rasqal.c (the reference triples source), with
// the model's index in place of a librdf model.
#include "sparql/detail/rasqal_source.hpp"

#include "model/error.hpp"
#include "model/detail/address_sanitizer.hpp"

#include <cstring>
#include <malloc.h>

#if VIDENSGRAF_ASAN
// The sanitizers' public allocator interface (sanitizer/allocator_interface.h, which Debian's
// GCC does not install).
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif

namespace vidensgraf::detail {

std::size_t heap_in_use() noexcept {
  // Hand-written: Rasqal has no allocation hooks or limits, and no library measures what one
  // computation allocates; glibc's own count of the bytes in use (small chunks and mmapped
  // blocks) is the measure. It is the process's: queries run one at a time, and what other
  // threads allocate meanwhile (a page's answer) is small beside a budget.
#if VIDENSGRAF_ASAN
  return __sanitizer_get_current_allocated_bytes(); // ASan's allocator replaces glibc's
#else
  const struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;
#endif
}

namespace {

unsigned char* rasqal_copy(std::string_view s) {
  auto* p = static_cast<unsigned char*>(rasqal_alloc_memory(s.size() + 1));
  if (!p) throw std::bad_alloc();
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return p;
}

/// One pattern's walk over the index.
struct Match {
  RasqalSource* source;
  TripleIndex::Cursor cursor;
};

RasqalSource* source_of(void* user_data) {
  return *static_cast<RasqalSource**>(user_data);
}

rasqal_triple_parts bind_match(rasqal_triples_match* rtm, void*, rasqal_variable* bindings[4],
                               rasqal_triple_parts parts) {
  auto* m = static_cast<Match*>(rtm->user_data);
  if (m->cursor.at_end()) return static_cast<rasqal_triple_parts>(0);
  const TripleIds& t = m->cursor.current();
  const TermId ids[3] = {t.s, t.p, t.o};
  const rasqal_triple_parts part_bits[3] = {RASQAL_TRIPLE_SUBJECT, RASQAL_TRIPLE_PREDICATE, RASQAL_TRIPLE_OBJECT};
  int result = 0;
  for (int i = 0; i < 3; ++i) {
    if (!bindings[i] || !(parts & part_bits[i])) continue;
    bool bind = true;
    for (int j = 0; j < i; ++j) // the same variable twice in the pattern (?x ?p ?x): the parts must agree
      if (bindings[j] == bindings[i]) {
        if (ids[j] != ids[i]) return static_cast<rasqal_triple_parts>(0);
        bind = false;
      }
    if (bind) {
      rasqal_variable_set_value(bindings[i], m->source->literal(ids[i]));
      result |= part_bits[i];
    }
  }
  return static_cast<rasqal_triple_parts>(result);
}

void next_match(rasqal_triples_match* rtm, void*) {
  auto* m = static_cast<Match*>(rtm->user_data);
  m->cursor.next();
}

int is_end(rasqal_triples_match* rtm, void*) {
  auto* m = static_cast<Match*>(rtm->user_data);
  return m->cursor.at_end() || m->source->expired();
}

void finish(rasqal_triples_match* rtm, void*) {
  delete static_cast<Match*>(rtm->user_data);
  rtm->user_data = nullptr;
}

/// The id for one part of a pattern: a bound variable's value or a constant; `free` when unbound.
bool part_id(RasqalSource& source, rasqal_literal* part, rasqal_variable** binding, std::optional<TermId>& id) {
  rasqal_variable* var = rasqal_literal_as_variable(part);
  *binding = var;
  rasqal_literal* value = var ? var->value : part;
  if (!value) return true; // free variable
  id = source.id_of(value);
  return id.has_value(); // a constant no triple has: nothing matches
}

int init_triples_match(rasqal_triples_match* rtm, rasqal_triples_source*, void* user_data, rasqal_triple_meta* meta,
                       rasqal_triple* t) {
  RasqalSource& source = *source_of(user_data);
  rtm->bind_match = bind_match;
  rtm->next_match = next_match;
  rtm->is_end = is_end;
  rtm->finish = finish;
  std::optional<TermId> s, p, o;
  const bool possible = part_id(source, t->subject, &meta->bindings[0], s) &
                        part_id(source, t->predicate, &meta->bindings[1], p) &
                        part_id(source, t->object, &meta->bindings[2], o);
  meta->bindings[3] = nullptr;
  auto* m = new Match{&source, possible ? source.index().scan(s, p, o) : TripleIndex::Cursor{}};
  rtm->user_data = m;
  return 0;
}

int triple_present(rasqal_triples_source*, void* user_data, rasqal_triple* t) {
  RasqalSource& source = *source_of(user_data);
  auto s = source.id_of(t->subject), p = source.id_of(t->predicate), o = source.id_of(t->object);
  if (!s || !p || !o) return 0;
  return !source.index().scan(s, p, o).at_end();
}

void free_triples_source(void*) {}

int new_triples_source(rasqal_query*, void* factory_user_data, void* user_data, rasqal_triples_source* rts) {
  *static_cast<RasqalSource**>(user_data) = static_cast<RasqalSource*>(factory_user_data);
  rts->version = 1;
  rts->init_triples_match = init_triples_match;
  rts->triple_present = triple_present;
  rts->free_triples_source = free_triples_source;
  return 0;
}

int register_factory(rasqal_triples_source_factory* factory) {
  factory->version = 1;
  // The query's user data is one pointer to our source (new_triples_source stores it).
  factory->user_data_size = sizeof(RasqalSource*); // NOLINT(bugprone-sizeof-expression): a pointer is meant
  factory->new_triples_source = new_triples_source;
  return 0;
}

} // namespace

RasqalSource::RasqalSource(const TripleIndex& index, rasqal_world* world,
                           std::chrono::steady_clock::time_point deadline, std::size_t memory_budget)
    : index_(&index), world_(world), deadline_(deadline), memory_budget_(memory_budget),
      heap_at_start_(memory_budget ? heap_in_use() : 0) {}

void RasqalSource::register_with_world() {
  if (rasqal_set_triples_source_factory(world_, register_factory, this) != 0)
    throw InternalError("Rasqal refused vidensgraf's triples source");
}

bool RasqalSource::expired() {
  if (timed_out_ || over_budget_) return true;
  if (++ticks_ % 256 != 0) return false;
  if (std::chrono::steady_clock::now() > deadline_) timed_out_ = true;
  // Every 4096 matches: mallinfo2 locks and sums each arena, microseconds, far less than the
  // rows Rasqal builds from 4096 matches.
  if (memory_budget_ && ticks_ % 4096 == 0 && heap_in_use() > heap_at_start_ + memory_budget_) over_budget_ = true;
  return timed_out_ || over_budget_;
}

rasqal_literal* RasqalSource::literal(TermId id) {
  auto& cached = literals_[id];
  if (!cached) {
    // From views into one buffer: a join binds hundreds of thousands of terms for the first time,
    // and each string made on the way was a malloc and a free.
    const TermRef term = index_->term_ref(id, key_buffer_);
    raptor_world* raptor = rasqal_world_get_raptor(world_);
    auto uri = [&](std::string_view text) {
      return raptor_new_uri_from_counted_string(raptor, reinterpret_cast<const unsigned char*>(text.data()),
                                                text.size());
    };
    rasqal_literal* made = nullptr;
    if (term.type == TermType::iri) {
      made = rasqal_new_uri_literal(world_, uri(term.value));
    } else if (term.type == TermType::blank) {
      made = rasqal_new_simple_literal(world_, RASQAL_LITERAL_BLANK, rasqal_copy(term.value));
    } else {
      char* language = term.language.empty() ? nullptr : reinterpret_cast<char*>(rasqal_copy(term.language));
      raptor_uri* datatype = term.datatype.empty() ? nullptr : uri(term.datatype);
      made = rasqal_new_string_literal(world_, rasqal_copy(term.value), language, datatype, nullptr);
    }
    if (!made) throw std::bad_alloc();
    cached.reset(made);
    ids_.emplace(made, id);
  }
  return rasqal_new_literal_from_literal(cached.get());
}

std::optional<TermId> RasqalSource::id_of(rasqal_literal* l) const {
  if (auto known = ids_.find(l); known != ids_.end()) return known->second; // one we made
  Term term;
  switch (l->type) {
  case RASQAL_LITERAL_URI:
    term.type = TermType::iri;
    term.value = reinterpret_cast<const char*>(raptor_uri_as_string(l->value.uri));
    break;
  case RASQAL_LITERAL_BLANK:
    term.type = TermType::blank;
    term.value = reinterpret_cast<const char*>(l->string);
    break;
  default: {
    term.type = TermType::literal;
    const unsigned char* text = rasqal_literal_as_string(l);
    if (!text) return std::nullopt;
    term.value = reinterpret_cast<const char*>(text);
    if (l->language) term.language = l->language;
    if (raptor_uri* dt = rasqal_literal_datatype(l))
      term.datatype = reinterpret_cast<const char*>(raptor_uri_as_string(dt));
  }
  }
  return index_->find(term);
}

} // namespace vidensgraf::detail
