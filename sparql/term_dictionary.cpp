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

namespace {

constexpr char iri_kind = static_cast<char>('0' + static_cast<int>(TermType::iri));
constexpr char in_namespace = 'N'; // never a kind byte ('0' + TermType)
constexpr std::size_t max_namespaces = std::numeric_limits<std::uint16_t>::max();

/// The length of an IRI key's namespace (kind byte included): up to and with the last '/' before
/// any '#'; 0 when it has none worth a number.
std::size_t namespace_length(std::string_view key) {
  if (key.size() < 2 || key[0] != iri_kind) return 0;
  const std::string_view before_fragment = key.substr(0, key.find('#'));
  const auto slash = before_fragment.rfind('/');
  return slash == std::string_view::npos || slash < 8 ? 0 : slash + 1;
}

} // namespace

void TermDictionary::store(std::string_view key) {
  const std::size_t length = namespace_length(key);
  if (length > 0) {
    const std::string_view name = key.substr(1, length - 1);
    // The walk names an entity's terms together: most keys share the last one's namespace.
    if (last_namespace_ >= namespaces_.size() || *namespaces_[last_namespace_] != name) {
      auto it = namespace_ids_.find(name);
      if (it == namespace_ids_.end() && namespaces_.size() < max_namespaces) {
        it = namespace_ids_.emplace(std::string(name), static_cast<std::uint16_t>(namespaces_.size())).first;
        namespaces_.push_back(&it->first);
      }
      last_namespace_ = it == namespace_ids_.end() ? max_namespaces : it->second;
    }
    if (last_namespace_ < namespaces_.size()) {
      pool_.push_back(in_namespace);
      pool_.push_back(static_cast<char>(last_namespace_ & 0xff));
      pool_.push_back(static_cast<char>(last_namespace_ >> 8));
      pool_.insert(pool_.end(), key.begin() + static_cast<std::ptrdiff_t>(length), key.end());
      return;
    }
  }
  pool_.insert(pool_.end(), key.begin(), key.end());
}

const std::string& TermDictionary::namespace_of(std::string_view stored) const noexcept {
  const auto number = static_cast<std::size_t>(static_cast<unsigned char>(stored[1])) |
                      static_cast<std::size_t>(static_cast<unsigned char>(stored[2])) << 8;
  return *namespaces_[number];
}

std::string_view TermDictionary::key(TermId id, std::string& out) const {
  const std::string_view s = stored(id);
  out.clear();
  if (s.empty() || s[0] != in_namespace) {
    out.append(s);
  } else {
    out += iri_kind;
    out += namespace_of(s);
    out.append(s.substr(3));
  }
  return out;
}

bool TermDictionary::has_key(TermId id, std::string_view key) const noexcept {
  const std::string_view s = stored(id);
  if (s.empty() || s[0] != in_namespace) return s == key;
  const std::string& name = namespace_of(s);
  return key.size() == 1 + name.size() + (s.size() - 3) && key[0] == iri_kind && key.substr(1, name.size()) == name &&
         key.substr(1 + name.size()) == s.substr(3);
}

std::size_t TermDictionary::slot_of(std::string_view key, std::size_t hash) const noexcept {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) // linear probing; the table is never full
    if (slots_[i] == empty_slot || has_key(slots_[i], key)) return i;
}

void TermDictionary::grow() {
  std::vector<TermId> old(slots_.size() * 2, empty_slot);
  old.swap(slots_);
  std::string scratch;
  const std::size_t mask = slots_.size() - 1;
  for (TermId id = 0; id < size(); ++id) {
    std::size_t i = std::hash<std::string_view>{}(key(id, scratch)) & mask;
    while (slots_[i] != empty_slot) // every key is distinct: the first free slot
      i = (i + 1) & mask;
    slots_[i] = id;
  }
}

TermId TermDictionary::intern(std::string_view key) {
  if (key.empty() || key[0] == in_namespace) throw InternalError("the SPARQL dictionary was given a key no term has");
  const std::size_t hash = std::hash<std::string_view>{}(key);
  std::size_t slot = slot_of(key, hash);
  if (slots_[slot] != empty_slot) return slots_[slot];
  if (size() >= std::numeric_limits<TermId>::max() - 1)
    throw InternalError("the SPARQL index holds at most 2^32 - 2 distinct terms");
  const auto id = static_cast<TermId>(size());
  store(key);
  if (pool_.size() > std::numeric_limits<std::uint32_t>::max())
    throw InternalError("the SPARQL index holds at most 4 GiB of distinct terms' text");
  offsets_.push_back(static_cast<std::uint32_t>(pool_.size()));
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
  std::size_t names = 0;
  for (const auto* name : namespaces_)
    names += name->capacity() + 56; // the map's key, its node and the table's pointer
  return pool_.capacity() + offsets_.capacity() * sizeof(std::uint32_t) + slots_.capacity() * sizeof(TermId) + names;
}

void TermDictionary::shrink_to_fit() {
  pool_.shrink_to_fit();
  offsets_.shrink_to_fit();
}

} // namespace vidensgraf
