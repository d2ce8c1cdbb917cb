// The RDF vocabularies vidensgraf writes and reads: namespace IRIs, the prefixes every
// serializer declares, and the few terms the exporters and the importer name directly.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>

namespace vidensgraf::vocab {

inline constexpr std::string_view vg = "https://w3id.org/vidensgraf/ontology#";
inline constexpr std::string_view rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view rdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view xsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view owl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view skos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view schema = "https://schema.org/";
inline constexpr std::string_view org = "http://www.w3.org/ns/org#";
inline constexpr std::string_view dcterms = "http://purl.org/dc/terms/";
inline constexpr std::string_view prov = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view foaf = "http://xmlns.com/foaf/0.1/";
inline constexpr std::string_view dcat = "http://www.w3.org/ns/dcat#";
inline constexpr std::string_view void_ = "http://rdfs.org/ns/void#";
inline constexpr std::string_view sh = "http://www.w3.org/ns/shacl#";

/// The standard prefixes, in the order the serializers declare them.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 13> prefixes{{
    {"vg", vg},
    {"rdf", rdf},
    {"rdfs", rdfs},
    {"xsd", xsd},
    {"owl", owl},
    {"skos", skos},
    {"schema", schema},
    {"org", org},
    {"dcterms", dcterms},
    {"prov", prov},
    {"foaf", foaf},
    {"dcat", dcat},
    {"void", void_},
}};

/// `ns` followed by `local`: the full IRI of a term.
inline std::string term(std::string_view ns, std::string_view local) {
  std::string out(ns);
  out += local;
  return out;
}

} // namespace vidensgraf::vocab
