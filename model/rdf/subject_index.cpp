#include "model/rdf/subject_index.hpp"

#include "model/rdf/vocabulary.hpp"

#include <algorithm>

namespace vidensgraf {

std::string SubjectIndex::key(const Term& t) {
  return t.is_blank() ? "_:" + t.value : t.value;
}

void SubjectIndex::add(Triple&& t) {
  auto [it, inserted] = index_.try_emplace(key(t.subject), subjects_.size());
  if (inserted) subjects_.push_back({std::move(t.subject), {}});
  subjects_[it->second].properties.emplace_back(std::move(t.predicate.value), std::move(t.object));
}

std::vector<std::string> SubjectIndex::sorted_keys() const {
  std::vector<std::string> keys;
  keys.reserve(index_.size());
  for (const auto& [k, _] : index_)
    keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  return keys;
}

const SubjectIndex::Properties& SubjectIndex::properties(const std::string& key) const {
  static const Properties none;
  const auto it = index_.find(key);
  return it == index_.end() ? none : subjects_[it->second].properties;
}

std::vector<const Term*> SubjectIndex::objects(const std::string& key, std::string_view predicate) const {
  std::vector<const Term*> out;
  for (const auto& [p, o] : properties(key))
    if (p == predicate) out.push_back(&o);
  return out;
}

const Term* SubjectIndex::object(const std::string& key, std::string_view predicate) const {
  for (const auto& [p, o] : properties(key))
    if (p == predicate) return &o;
  return nullptr;
}

bool SubjectIndex::has_type(const std::string& key, std::string_view type) const {
  const std::string rdf_type = vocab::term(vocab::rdf, "type");
  for (const auto& [p, o] : properties(key))
    if (p == rdf_type && o.value == type) return true;
  return false;
}

std::vector<const Term*> SubjectIndex::list(const Term* head) const {
  const std::string first = vocab::term(vocab::rdf, "first");
  const std::string rest = vocab::term(vocab::rdf, "rest");
  const std::string nil = vocab::term(vocab::rdf, "nil");
  std::vector<const Term*> out;
  for (int guard = 0; head && head->value != nil && guard < 10000; ++guard) { // a cyclic list ends
    if (const Term* member = object(*head, first)) out.push_back(member);
    head = object(*head, rest);
  }
  return out;
}

} // namespace vidensgraf
