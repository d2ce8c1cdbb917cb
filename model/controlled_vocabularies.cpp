// The concepts of the controlled vocabularies vidensgraf names, with their labels. The English
// labels are the authority tables' own; the Danish ones are the Publications Office's Danish
// labels where it gives them (themes, countries, languages) and plain translations otherwise.
#include "model/controlled_vocabularies.hpp"

#include <array>

namespace vidensgraf::vocabularies {
namespace {

constexpr std::string_view eu = "http://publications.europa.eu/resource/authority/";

constexpr std::array<Concept, 13> theme_concepts{{
    {"AGRI", "Landbrug, fiskeri, skovbrug og fødevarer", "Agriculture, fisheries, forestry and food"},
    {"ECON", "Økonomi og finanser", "Economy and finance"},
    {"EDUC", "Uddannelse, kultur og sport", "Education, culture and sport"},
    {"ENER", "Energi", "Energy"},
    {"ENVI", "Miljø", "Environment"},
    {"GOVE", "Regeringen og den offentlige sektor", "Government and public sector"},
    {"HEAL", "Sundhed", "Health"},
    {"INTR", "Internationale spørgsmål", "International issues"},
    {"JUST", "Retsvæsen, retssystem og offentlig sikkerhed", "Justice, legal system and public safety"},
    {"REGI", "Regioner og byer", "Regions and cities"},
    {"SOCI", "Befolkning og samfund", "Population and society"},
    {"TECH", "Videnskab og teknologi", "Science and technology"},
    {"TRAN", "Transport", "Transport"},
}};

constexpr std::array<Concept, 8> country_concepts{{
    {"DEU", "Tyskland", "Germany"},
    {"DNK", "Danmark", "Denmark"},
    {"FIN", "Finland", "Finland"},
    {"FRO", "Færøerne", "Faroes"},
    {"GRL", "Grønland", "Greenland"},
    {"ISL", "Island", "Iceland"},
    {"NOR", "Norge", "Norway"},
    {"SWE", "Sverige", "Sweden"},
}};

constexpr std::array<Concept, 14> language_concepts{{
    {"DAN", "dansk", "Danish"},
    {"DEU", "tysk", "German"},
    {"ENG", "engelsk", "English"},
    {"FAO", "færøsk", "Faroese"},
    {"FIN", "finsk", "Finnish"},
    {"FRA", "fransk", "French"},
    {"ISL", "islandsk", "Icelandic"},
    {"KAL", "grønlandsk", "Greenlandic"},
    {"NLD", "nederlandsk", "Dutch"},
    {"NNO", "nynorsk", "Norwegian Nynorsk"},
    {"NOB", "bokmål", "Norwegian Bokmål"},
    {"NOR", "norsk", "Norwegian"},
    {"SPA", "spansk", "Spanish"},
    {"SWE", "svensk", "Swedish"},
}};

/// BCP 47 primary language subtag -> EU language code (ISO 639-2/B as the EU table uses it).
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> tag_to_language{{
    {"da", "DAN"},
    {"de", "DEU"},
    {"en", "ENG"},
    {"fo", "FAO"},
    {"fi", "FIN"},
    {"fr", "FRA"},
    {"is", "ISL"},
    {"kl", "KAL"},
    {"nl", "NLD"},
    {"nn", "NNO"},
    {"nb", "NOB"},
    {"no", "NOR"},
    {"es", "SPA"},
    {"sv", "SWE"},
}};

constexpr std::array<Concept, 6> file_type_concepts{{
    {"JSON", "JSON", "JSON"},
    {"JSON_LD", "JSON-LD", "JSON-LD"},
    {"RDF_N_QUADS", "N-Quads", "N-Quads"},
    {"RDF_N_TRIPLES", "N-Triples", "N-Triples"},
    {"RDF_TURTLE", "Turtle", "Turtle"},
    {"RDF_XML", "RDF/XML", "RDF/XML"},
}};

constexpr std::array<Concept, 4> availability_concepts{{
    {"AVAILABLE", "tilgængelig", "available"},
    {"EXPERIMENTAL", "eksperimentel", "experimental"},
    {"STABLE", "stabil", "stable"},
    {"TEMPORARY", "midlertidig", "temporary"},
}};

// DCAT-AP 2's availability codes, as DCAT-AP-DK 2.0.2's specification lists them.
constexpr std::array<Concept, 4> dk_availability_concepts{{
    {"available", "tilgængelig", "available"},
    {"experimental", "eksperimentel", "experimental"},
    {"stable", "stabil", "stable"},
    {"temporary", "midlertidig", "temporary"},
}};

constexpr std::array<Concept, 12> publisher_type_concepts{{
    {"Academia-ScientificOrganisation", "Akademisk eller videnskabelig organisation",
     "Academia/Scientific organisation"},
    {"Company", "Virksomhed", "Company"},
    {"IndustryConsortium", "Industrikonsortium", "Industry consortium"},
    {"LocalAuthority", "Lokal myndighed", "Local authority"},
    {"NationalAuthority", "National myndighed", "National authority"},
    {"NonGovernmentalOrganisation", "Ikke-statslig organisation", "Non-governmental organisation"},
    {"NonProfitOrganisation", "Nonprofitorganisation", "Non-profit organisation"},
    {"PrivateIndividual(s)", "Privatperson(er)", "Private individual(s)"},
    {"PublicBody", "Offentligt organ", "Public body"},
    {"RegionalAuthority", "Regional myndighed", "Regional authority"},
    {"StandardisationBody", "Standardiseringsorgan", "Standardisation body"},
    {"SupraNationalAuthority", "Overnational myndighed", "Supra-national authority"},
}};

constexpr std::array<Concept, 4> licence_type_concepts{{
    {"Attribution", "Kreditering", "Attribution"},
    {"NonCommercialUseOnly", "Kun ikke-kommerciel brug", "Non-commercial use only"},
    {"PublicDomain", "Offentligt domæne", "Public domain"},
    {"ShareAlike", "Deling på samme vilkår", "Share alike"},
}};

} // namespace

const Concept* Vocabulary::find(std::string_view code) const noexcept {
  for (const auto& c : concepts)
    if (c.code == code) return &c;
  return nullptr;
}

std::string Vocabulary::codes() const {
  std::string out;
  for (const auto& c : concepts) {
    if (!out.empty()) out += ", ";
    out += c.code;
  }
  return out;
}

const Vocabulary& data_themes() {
  static const Vocabulary v{"http://publications.europa.eu/resource/authority/data-theme",
                            "http://publications.europa.eu/resource/authority/data-theme/", "Datatemaer", "Data themes",
                            theme_concepts};
  return v;
}

const Vocabulary& countries() {
  static const Vocabulary v{"http://publications.europa.eu/resource/authority/country",
                            "http://publications.europa.eu/resource/authority/country/", "Lande", "Countries",
                            country_concepts};
  return v;
}

const Vocabulary& languages() {
  static const Vocabulary v{"http://publications.europa.eu/resource/authority/language",
                            "http://publications.europa.eu/resource/authority/language/", "Sprog", "Languages",
                            language_concepts};
  return v;
}

const Vocabulary& dk_languages() {
  // DCAT-AP-DK names the EU language table as the classification (its scheme), with the concepts'
  // IRIs under .../resource/dataset/language/.
  static const Vocabulary v{"http://publications.europa.eu/resource/authority/language",
                            "http://publications.europa.eu/resource/dataset/language/", "Sprog", "Languages",
                            language_concepts};
  return v;
}

const Vocabulary& file_types() {
  static const Vocabulary v{"http://publications.europa.eu/resource/authority/file-type",
                            "http://publications.europa.eu/resource/authority/file-type/", "Filtyper", "File types",
                            file_type_concepts};
  return v;
}

const Vocabulary& availability() {
  static const Vocabulary v{"http://publications.europa.eu/resource/authority/planned-availability",
                            "http://publications.europa.eu/resource/authority/planned-availability/",
                            "Planlagt tilgængelighed", "Planned availability", availability_concepts};
  return v;
}

const Vocabulary& dk_availability() {
  static const Vocabulary v{"http://data.europa.eu/r5r/availability/", "http://data.europa.eu/r5r/availability/",
                            "Tilgængelighedstyper for distributioner", "Distribution availability",
                            dk_availability_concepts};
  return v;
}

const Vocabulary& publisher_types() {
  static const Vocabulary v{"http://purl.org/adms/publishertype/1.0", "http://purl.org/adms/publishertype/",
                            "Udgivertyper", "Publisher types", publisher_type_concepts};
  return v;
}

const Vocabulary& licence_types() {
  static const Vocabulary v{"http://purl.org/adms/licencetype/1.0", "http://purl.org/adms/licencetype/", "Licenstyper",
                            "Licence types", licence_type_concepts};
  return v;
}

const Concept* language_of_tag(std::string_view tag) noexcept {
  const auto primary = tag.substr(0, tag.find('-'));
  for (const auto& [t, code] : tag_to_language)
    if (t == primary) return languages().find(code);
  return nullptr;
}

std::span<const std::string_view> licence_types_of(std::string_view licence) noexcept {
  static constexpr std::string_view by[] = {"Attribution"};
  static constexpr std::string_view by_sa[] = {"Attribution", "ShareAlike"};
  static constexpr std::string_view zero[] = {"PublicDomain"};
  static constexpr std::pair<std::string_view, std::span<const std::string_view>> known[] = {
      {"https://creativecommons.org/licenses/by/4.0/", by},
      {"https://creativecommons.org/licenses/by-sa/4.0/", by_sa},
      {"https://creativecommons.org/publicdomain/zero/1.0/", zero},
  };
  for (const auto& [iri, types] : known)
    if (iri == licence) return types;
  return {};
}

} // namespace vidensgraf::vocabularies
