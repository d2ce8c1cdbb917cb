// The controlled vocabularies a DCAT-AP catalogue record names things by: the EU Publications
// Office's authority tables (languages, data themes, countries, file types, planned availability)
// and ADMS's publisher and licence types. dataset.toml names a theme, a country or a publisher
// type by its code; validation refuses a code that is not in these tables, and the dataset
// description writes the concept's IRI with its scheme and its Danish and English labels.
// Only the concepts vidensgraf can use are listed (the tables themselves have hundreds).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace vidensgraf::vocabularies {

/// One concept of a controlled vocabulary.
struct Concept {
  std::string_view code; ///< the last segment of its IRI, e.g. "GOVE"
  std::string_view da;   ///< Danish label
  std::string_view en;   ///< English label
};

/// A controlled vocabulary: its concept scheme, the namespace its concepts' IRIs start with, and
/// the concepts vidensgraf knows.
struct Vocabulary {
  std::string_view scheme;     ///< IRI of the skos:ConceptScheme
  std::string_view namespace_; ///< concepts are {namespace_}{code}
  std::string_view title_da;   ///< the scheme's title
  std::string_view title_en;
  std::span<const Concept> concepts;

  /// The concept with this code; nothing when the vocabulary has none.
  const Concept* find(std::string_view code) const noexcept;
  /// The concept's IRI.
  std::string iri(const Concept& c) const { return std::string(namespace_) + std::string(c.code); }
  /// The codes, comma-separated, for an error message.
  std::string codes() const;
};

const Vocabulary& data_themes();  ///< EU data themes (GOVE, TECH, ...)
const Vocabulary& countries();    ///< EU countries (DNK, ...), the spatial coverage
const Vocabulary& languages();    ///< EU languages (DAN, ENG, ...)
const Vocabulary& file_types();   ///< EU file types (RDF_TURTLE, ...)
const Vocabulary& availability(); ///< EU planned availability (STABLE, ...)
/// The languages as DCAT-AP-DK 2.0.2 names them: the EU language table's codes under
/// http://publications.europa.eu/resource/dataset/language/ (DAN, ENG, ...), the IRIs its shapes
/// and its specification's examples give.
const Vocabulary& dk_languages();
/// DCAT-AP 2's distribution availability (stable, ...) under http://data.europa.eu/r5r/availability/,
/// the table DCAT-AP-DK 2.0.2 names.
const Vocabulary& dk_availability();
const Vocabulary& publisher_types(); ///< ADMS publisher types (NonProfitOrganisation, ...)
const Vocabulary& licence_types();   ///< ADMS licence types (Attribution, ...)

/// The EU language concept of a BCP 47 tag's primary language ("da" -> DAN); nothing when unknown.
const Concept* language_of_tag(std::string_view tag) noexcept;

/// The ADMS licence types of a well-known licence IRI (CC BY 4.0 -> Attribution); empty when unknown.
std::span<const std::string_view> licence_types_of(std::string_view licence) noexcept;

} // namespace vidensgraf::vocabularies
