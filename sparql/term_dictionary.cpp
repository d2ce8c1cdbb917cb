// Hand-written rather than a std::unordered_map<std::string, TermId>: the map's node and string
// per term cost more than the whole triple arrays at a million entities (see the header).
#include "sparql/term_dictionary.hpp"

#include "model/error.hpp"

#include <functional>
#include <limits>

namespace vidensgraf {

namespace {
constexpr std::string_view xsd_string = "http://www.w3.org/2001/XMLSchema#string";
}

// Layout: one byte for the kind ('0' + TermType); for a literal, the language, NUL, the datatype
// (none for xsd:string), NUL; then the value, last, so that a value may hold any byte.
void append_term_key(const TermRef& term, std::string& out) {
  out.clear();
  out += static_cast<char>('0' + static_cast<int>(term.type));
  if (term.type == TermType::literal) {
    out += term.language;
    out += '\0';
    if (term.datatype != xsd_string) out += term.datatype;
    out += '\0';
  }
  out += term.value;
}

void append_term_key(const Term& term, std::string& out) {
  append_term_key(TermRef{term.type, term.value, term.language, term.datatype}, out);
}

std::string term_key(const Term& term) {
  std::string key;
  append_term_key(term, key);
  return key;
}

TermRef term_ref_of_key(std::string_view key) {
  TermRef term;
  term.type = static_cast<TermType>(key.at(0) - '0');
  key.remove_prefix(1);
  if (term.type == TermType::literal) {
    const auto language_end = key.find('\0');
    term.language = key.substr(0, language_end);
    const auto datatype_end = key.find('\0', language_end + 1);
    term.datatype = key.substr(language_end + 1, datatype_end - language_end - 1);
    key.remove_prefix(datatype_end + 1);
  }
  term.value = key;
  return term;
}

Term term_of_key(std::string_view key) {
  return to_term(term_ref_of_key(key));
}

std::size_t TermDictionary::slot_of(std::string_view key, std::size_t hash) const noexcept {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) // linear probing; the table is never full
    if (slots_[i] == empty_slot || this->key(slots_[i]) == key) return i;
}

void TermDictionary::grow() {
  std::vector<TermId> old(slots_.size() * 2, empty_slot);
  old.swap(slots_);
  for (TermId id = 0; id < size(); ++id)
    slots_[slot_of(key(id), std::hash<std::string_view>{}(key(id)))] = id;
}

TermId TermDictionary::intern(std::string_view key) {
  const std::size_t hash = std::hash<std::string_view>{}(key);
  std::size_t slot = slot_of(key, hash);
  if (slots_[slot] != empty_slot) return slots_[slot];
  if (size() >= std::numeric_limits<TermId>::max() - 1)
    throw InternalError("the SPARQL index holds at most 2^32 - 2 distinct terms");
  const auto id = static_cast<TermId>(size());
  pool_.insert(pool_.end(), key.begin(), key.end());
  offsets_.push_back(pool_.size());
  if (2 * size() > slots_.size()) {
    grow(); // at most half full: probes stay short
    slot = slot_of(key, hash);
  }
  slots_[slot] = id;
  return id;
}

std::optional<TermId> TermDictionary::find(std::string_view key) const {
  const TermId id = slots_[slot_of(key, std::hash<std::string_view>{}(key))];
  if (id == empty_slot) return std::nullopt;
  return id;
}

std::size_t TermDictionary::memory_bytes() const noexcept {
  return pool_.capacity() + offsets_.capacity() * sizeof(std::uint64_t) + slots_.capacity() * sizeof(TermId);
}

void TermDictionary::shrink_to_fit() {
  pool_.shrink_to_fit();
  offsets_.shrink_to_fit();
}

} // namespace vidensgraf
