// The dataset's catalogue record: a DCAT-AP 3 description (dcat:Catalog, dcat:Dataset, one
// dcat:Distribution per published dump with its download IRI, size and SHA-256, a dcat:DataService
// for a SPARQL endpoint) with VoID statistics, for `export --what dataset`, the site's
// dataset.* files and `publish`. Every thing it points to is typed and, for controlled
// vocabularies, labelled in Danish and English with its concept scheme, as the DCAT-AP shapes ask.
// The same record in the DCAT-AP-DK 2.0.2 variant (--profile dcat-ap-dk) differs only where the two
// profiles contradict each other; every difference is one field of CatalogueProfile.
#pragma once

#include "exporters/catalogue/dump_digest.hpp"
#include "model/rdf/triples.hpp"

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vidensgraf {

namespace vocabularies {
struct Vocabulary;
}

/// A catalogue profile the record can be written for: everything where DCAT-AP 3.0.1 and
/// DCAT-AP-DK 2.0.2 (which follows DCAT-AP 2) disagree, and nothing else.
struct CatalogueProfile {
  std::string_view name;               ///< the --profile value: "dcat-ap", "dcat-ap-dk"
  std::string_view title;              ///< "DCAT-AP 3.0.1"
  std::string_view file_stem;          ///< the site's and publish's files: {file_stem}.{ttl,nt,jsonld,rdf}
  std::string DumpFile::*digest;       ///< the digest of the dump's bytes its spdx:checksum gives
  std::string_view checksum_algorithm; ///< its spdx:algorithm IRI
  std::string_view byte_size_datatype; ///< XSD local name of dcat:byteSize
  /// After the number: ".0" for xsd:decimal, since Raptor's Turtle writer abbreviates a decimal
  /// without a '.' to a bare number, which Turtle reads as xsd:integer.
  std::string_view byte_size_fraction;
  const vocabularies::Vocabulary& (*languages)();    ///< the IRIs of dct:language
  const vocabularies::Vocabulary& (*availability)(); ///< the table of dcatap:availability
  std::string_view availability_code;                ///< the dumps' availability in it
};

/// Every profile, the default (DCAT-AP 3.0.1, which data.europa.eu harvests) first.
std::span<const CatalogueProfile> catalogue_profiles();
/// The default profile, DCAT-AP 3.0.1.
const CatalogueProfile& default_catalogue_profile();
/// The profile of this name; nothing when there is none.
const CatalogueProfile* find_catalogue_profile(std::string_view name);
/// The profiles' names, for an option's choices.
std::vector<std::string> catalogue_profile_names();

/// What the description says beyond the dataset itself.
struct DescriptionOptions {
  std::string sparql_endpoint;               ///< IRI of a SPARQL endpoint that serves the data; empty: none
  const CatalogueProfile* profile = nullptr; ///< nothing: the default profile
};

/// Calls `sink` for every triple of the description, in a deterministic order; `dumps` are the
/// published dumps (measure_dumps, or measure_bytes of the files written).
void for_each_description_triple(const Model& model, const RdfOptions& options, const std::vector<DumpFile>& dumps,
                                 const DescriptionOptions& description, const std::function<void(const Triple&)>& sink);

/// The same with the dumps measured here (measure_dumps) and no SPARQL endpoint.
void for_each_description_triple(const Model& model, const RdfOptions& options,
                                 const std::function<void(const Triple&)>& sink);

} // namespace vidensgraf
