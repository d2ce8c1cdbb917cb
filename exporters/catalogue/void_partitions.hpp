// VoID statistics of a dataset's RDF form (for_each_triple): how many triples, which vocabularies
// its predicates and classes come from, and its class and property partitions (how many
// entities per class, how many triples per property), so that a crawler learns the shape of the
// data from the catalogue record without downloading it.
#pragma once

#include "model/rdf/triples.hpp"

#include <cstddef>
#include <map>
#include <set>
#include <string>

namespace vidensgraf {

/// Counts over the data's triples.
struct VoidStatistics {
  std::size_t triples = 0;
  std::set<std::string> vocabularies;            ///< namespaces of the standard prefixes in use
  std::map<std::string, std::size_t> classes;    ///< class IRI -> resources typed with it
  std::map<std::string, std::size_t> properties; ///< predicate IRI -> triples
};

/// Walks for_each_triple once.
VoidStatistics void_statistics(const Model& model, const RdfOptions& options);

/// A fragment for a partition's IRI from a class or property IRI: "vg-Project", "dcterms-title"
/// (the prefix and local name, with characters outside [A-Za-z0-9_-] as '-').
std::string partition_fragment(const std::string& iri);

} // namespace vidensgraf
