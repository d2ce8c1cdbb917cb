// Parsed triples grouped by subject, for the readers that look facts up by subject: the schema
// (the ontology) and the RDF importer.
#pragma once

#include "model/rdf/term.hpp"

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace vidensgraf {

/// Every subject's (predicate, object) pairs, in the order they were added.
class SubjectIndex {
public:
  using Properties = std::vector<std::pair<std::string, Term>>;
  struct Subject {
    Term term;
    Properties properties;
  };

  /// What a term is found by: the IRI, or "_:label" for a blank node.
  static std::string key(const Term& t);

  void add(Triple&& t);

  /// The subjects in the order they first appeared.
  const std::vector<Subject>& subjects() const noexcept { return subjects_; }
  /// The subjects' keys, sorted.
  std::vector<std::string> sorted_keys() const;
  /// The pairs of the subject with `key` (none when it is no subject).
  const Properties& properties(const std::string& key) const;

  /// The objects of `predicate` for a subject, in the order they were added.
  std::vector<const Term*> objects(const std::string& key, std::string_view predicate) const;
  std::vector<const Term*> objects(const Term& subject, std::string_view predicate) const {
    return objects(key(subject), predicate);
  }
  /// The first object of `predicate`, or null.
  const Term* object(const std::string& key, std::string_view predicate) const;
  const Term* object(const Term& subject, std::string_view predicate) const { return object(key(subject), predicate); }
  /// True when the subject is an rdf:type `type`.
  bool has_type(const std::string& key, std::string_view type) const;
  bool has_type(const Term& subject, std::string_view type) const { return has_type(key(subject), type); }
  /// The members of an rdf:List starting at `head`.
  std::vector<const Term*> list(const Term* head) const;

private:
  std::vector<Subject> subjects_;
  std::unordered_map<std::string, std::size_t> index_; // key -> position in subjects_
};

} // namespace vidensgraf
