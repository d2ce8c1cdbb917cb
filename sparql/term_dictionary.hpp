// The RDF terms of the SPARQL index, each stored once and numbered with a 32-bit id (the triples
// are then arrays of ids; triple_index.hpp). A term is kept as its key (term_key: the kind, the
// literal's language and datatype, then the value) in one byte pool, with an 8-byte offset per
// term and an open-addressing hash table of ids (4-byte slots, at most half full) for lookups.
// Per term that is its key's length + 1 + 8 + 8 to 16 bytes, instead of a std::string per part
// and a hash-map node per term (some 300 bytes a term before).
#pragma once

#include "model/rdf/term.hpp"
#include "model/rdf/triples.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vidensgraf {

using TermId = std::uint32_t; ///< index of a term in its TermDictionary

/// The key a term is stored and looked up under: equal for terms RDF 1.1 deems equal
/// ("x" and "x"^^xsd:string), and decodable (term_of_key) into the term.
std::string term_key(const Term& term);
/// Writes term_key(term) into `out` (cleared first), reusing its storage.
void append_term_key(const Term& term, std::string& out);
/// The same for a term given as views (model/rdf/triples.hpp's TermRef).
void append_term_key(const TermRef& term, std::string& out);
/// The term a key stands for (xsd:string literals come back as plain literals, the same RDF term).
Term term_of_key(std::string_view key);
/// The same as views into the key (no string made): valid while the key is.
TermRef term_ref_of_key(std::string_view key);

/// Terms numbered 0, 1, ... in the order they are first added.
///
/// An IRI's key is stored with its namespace (the IRI up to the last '/' before any '#') as a
/// two-byte number into a table of namespaces: the IRIs of entities and their statement nodes
/// share a few dozen of them (the dataset's base and a kind's segment, the vocabularies), which
/// were 40 to 50 of the 65 bytes an IRI's key took, some 34 MB of the index at 100 000 entities.
class TermDictionary {
public:
  /// The id of the term with this key, adding it when new. Throws InternalError past 2^32 - 1 terms.
  TermId intern(std::string_view key);
  /// The id of the term with this key, nothing when it was never added.
  std::optional<TermId> find(std::string_view key) const;
  /// The key of a term, written into `out` (cleared first); returns a view of it.
  std::string_view key(TermId id, std::string& out) const;
  /// The key of a term.
  std::string key(TermId id) const {
    std::string out;
    key(id, out);
    return out;
  }
  /// Whether the term with this id has this key.
  bool has_key(TermId id, std::string_view key) const noexcept;
  std::size_t size() const noexcept { return offsets_.size() - 1; }
  /// Bytes held (pool, offsets, hash table and namespaces), for the benchmark's bytes per triple.
  std::size_t memory_bytes() const noexcept;
  /// Releases spare capacity once every term is in.
  void shrink_to_fit();

private:
  /// The stored form of a term's key: the key itself, or for an IRI in a known namespace a marker
  /// byte, the namespace's number (two bytes) and the rest of the IRI.
  std::string_view stored(TermId id) const noexcept {
    return {pool_.data() + offsets_[id], static_cast<std::size_t>(offsets_[id + 1] - offsets_[id])};
  }
  /// Appends the stored form of `key` to the pool, adding its namespace when new.
  void store(std::string_view key);
  std::size_t slot_of(std::string_view key, std::size_t hash) const noexcept;
  void grow();
  std::vector<char> pool_;
  std::vector<std::uint32_t> offsets_{0}; ///< where each term's stored key begins; the pool stays below 4 GiB
  std::vector<TermId> slots_ = std::vector<TermId>(1024, empty_slot);
  /// Looks a namespace up by a std::string_view (no string made for the probe).
  struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const noexcept { return std::hash<std::string_view>{}(name); }
  };
  /// The namespace a stored key names (one that begins with the marker byte).
  const std::string& namespace_of(std::string_view stored) const noexcept;
  std::unordered_map<std::string, std::uint16_t, NameHash, std::equal_to<>> namespace_ids_;
  std::vector<const std::string*> namespaces_;   ///< by number: the map's keys, which stay in place
  std::size_t last_namespace_ = ~std::size_t{0}; ///< the namespace of the last key stored, if any
  static constexpr TermId empty_slot = ~TermId{0};
};

} // namespace vidensgraf
