// VoID statistics and partitions of the data (see void_partitions.hpp).
#include "exporters/catalogue/void_partitions.hpp"

#include "model/rdf/vocabulary.hpp"

#include <cctype>

namespace vidensgraf {

VoidStatistics void_statistics(const Model& model, const RdfOptions& options) {
  VoidStatistics out;
  const std::string type = vocab::term(vocab::rdf, "type");
  const auto note_vocabulary = [&](const std::string& iri) {
    for (const auto& [prefix, ns] : vocab::prefixes)
      if (iri.starts_with(ns)) out.vocabularies.emplace(ns);
  };
  for_each_triple(model, options, [&](const Triple& t) {
    ++out.triples;
    ++out.properties[t.predicate.value];
    note_vocabulary(t.predicate.value);
    if (t.predicate.value == type && t.object.is_iri()) {
      ++out.classes[t.object.value];
      note_vocabulary(t.object.value);
    }
  });
  return out;
}

std::string partition_fragment(const std::string& iri) {
  std::string name = iri;
  for (const auto& [prefix, ns] : vocab::prefixes)
    if (iri.starts_with(ns)) {
      name = std::string(prefix) + "-" + iri.substr(ns.size());
      break;
    }
  for (auto& c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-')) c = '-';
  return name;
}

} // namespace vidensgraf
