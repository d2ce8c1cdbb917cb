// The dataset's metadata: dataset.toml in the dataset folder.
#pragma once

#include "model/diagnostics.hpp"
#include "model/schema.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace vidensgraf {

/// Who answers questions about a dataset (a vcard:Kind in its catalogue record).
struct ContactPoint {
  LangText name;     ///< per language
  std::string email; ///< an e-mail address (without "mailto:"), may be empty
  std::string url;   ///< a contact page (http or https), may be empty
};

/// The period a dataset's facts cover, as dataset.toml states it (YYYY, YYYY-MM or YYYY-MM-DD).
struct TemporalCoverage {
  std::string start;
  std::string end;
};

/// Title, description, publisher, licence, base IRI and languages of a dataset.
struct DatasetMetadata {
  std::string id;                                                       ///< short name, e.g. "signaturprojekter"
  LangText title;                                                       ///< per language
  LangText description;                                                 ///< per language
  std::string publisher_name;                                           ///< who publishes the dataset
  std::string publisher_url;                                            ///< the publisher's web address (http or https)
  std::string licence = "https://creativecommons.org/licenses/by/4.0/"; ///< licence IRI
  std::string base;                   ///< base IRI of the entities: {base}{segment}/{id}
  std::vector<std::string> languages; ///< the dataset's languages, the first is the default
  std::string issued;                 ///< YYYY-MM-DD
  std::string modified;               ///< YYYY-MM-DD
  std::vector<std::string> keywords;  ///< free keywords
  // For the catalogue record (DCAT-AP), all optional:
  LangText publisher_label;           ///< the publisher's name per language ([publisher.label])
  std::string publisher_type;         ///< ADMS publisher type code, e.g. "NonProfitOrganisation"
  ContactPoint contact;               ///< [contact_point]; empty when not given
  std::vector<std::string> themes;    ///< EU data theme codes, e.g. "GOVE"
  std::vector<std::string> countries; ///< EU country codes of the spatial coverage, e.g. "DNK"
  TemporalCoverage temporal;          ///< [temporal]; empty when not given
  std::vector<std::pair<std::string, std::vector<std::string>>> keywords_by_language; ///< [keywords_by_language]
};

/// Reads and checks dataset.toml; every problem goes to `diagnostics` with its line and column.
DatasetMetadata read_metadata(const std::filesystem::path& file, const std::string& shown_name,
                              Diagnostics& diagnostics);

} // namespace vidensgraf
