// The dataset's metadata: dataset.toml in the dataset folder.
#pragma once

#include "model/diagnostics.hpp"
#include "model/schema.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace vidensgraf {

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
};

/// Reads and checks dataset.toml; every problem goes to `diagnostics` with its line and column.
DatasetMetadata read_metadata(const std::filesystem::path& file, const std::string& shown_name,
                              Diagnostics& diagnostics);

} // namespace vidensgraf
