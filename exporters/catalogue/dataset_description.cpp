// The catalogue record of a dataset (see dataset_description.hpp). IRIs, all under the
// description's own document {base}dataset:
//   {base}dataset                      the dcat:Dataset (and void:Dataset)
//   {base}dataset#catalog              the dcat:Catalog that lists it
//   {base}dataset#publisher            the publisher (foaf:Agent), #contact-point (vcard:Kind)
//   {base}dataset#distribution-{name}  one dcat:Distribution per syntax, #checksum-{name} its spdx:Checksum
//   {base}dataset#sparql-service       the dcat:DataService, when a SPARQL endpoint is given
//   {base}dataset#temporal             the dct:PeriodOfTime, when dataset.toml gives one
//   {base}dataset#class-{c}, #property-{p}  the VoID partitions
// Where DCAT-AP 3.0.1 and DCAT-AP-DK 2.0.2 (which follows DCAT-AP 2) contradict each other, the
// record follows the profile it is written for, and every such choice is a field of the profiles
// table below (catalogue_profiles): the checksum (DCAT-AP 3.0.1: SHA-256 as
// https://spdx.org/rdf/terms#checksumAlgorithm_sha256, the form its shapes require; DCAT-AP-DK:
// SHA-1 as http://spdx.org/rdf/terms#checksumAlgorithm_sha1, the only algorithm it allows), the
// datatype of dcat:byteSize (xsd:nonNegativeInteger; xsd:decimal), the languages' IRIs (the EU
// language table's .../resource/authority/language/DAN; DCAT-AP-DK's .../resource/dataset/language/DAN)
// and the availability table (the EU planned-availability table; DCAT-AP 2's
// http://data.europa.eu/r5r/availability/). The README lists what each validator still reports.
#include "exporters/catalogue/dataset_description.hpp"

#include "model/rdf/syntax.hpp"
#include "model/rdf/vocabulary.hpp"
#include "exporters/catalogue/void_partitions.hpp"
#include "model/controlled_vocabularies.hpp"
#include "model/values.hpp"

#include <algorithm>
#include <boost/range/iterator_range.hpp>
#include <array>
#include <fmt/format.h>
#include <set>

namespace vidensgraf {

namespace {

using vocab::term;
namespace cv = vocabularies;

constexpr std::string_view vcard = "http://www.w3.org/2006/vcard/ns#";
constexpr std::string_view spdx = "http://spdx.org/rdf/terms#";
constexpr std::string_view dcatap = "http://data.europa.eu/r5r/";
constexpr std::string_view ontology_iri = "https://w3id.org/vidensgraf/ontology";
constexpr std::string_view sparql_protocol = "https://www.w3.org/TR/sparql11-protocol/";

/// The profiles: every difference between the DCAT-AP 3.0.1 record and the DCAT-AP-DK 2.0.2 one.
const std::array<CatalogueProfile, 2> profiles{{
    {"dcat-ap", "DCAT-AP 3.0.1", "dataset", &DumpFile::sha256, "https://spdx.org/rdf/terms#checksumAlgorithm_sha256",
     "nonNegativeInteger", "", &cv::languages, &cv::availability, "STABLE"},
    {"dcat-ap-dk", "DCAT-AP-DK 2.0.2", "dataset.dcat-ap-dk", &DumpFile::sha1,
     "http://spdx.org/rdf/terms#checksumAlgorithm_sha1", "decimal", ".0", &cv::dk_languages, &cv::dk_availability,
     "stable"},
}};

/// Danish and English text.
struct Bilingual {
  std::string da;
  std::string en;
};

/// The EU file type of each syntax (RDF/JSON has none of its own: it is JSON).
std::string_view file_type_code(RdfFormat format) {
  switch (format) {
  case RdfFormat::turtle:
    return "RDF_TURTLE";
  case RdfFormat::ntriples:
    return "RDF_N_TRIPLES";
  case RdfFormat::nquads:
    return "RDF_N_QUADS";
  case RdfFormat::rdfxml:
    return "RDF_XML";
  case RdfFormat::rdfjson:
    return "JSON";
  case RdfFormat::jsonld:
    break;
  }
  return "JSON_LD";
}

bool leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/// A date of dataset.toml as an xsd:date: YYYY and YYYY-MM become the first (`first`) or last
/// day of the year or month, since DCAT-AP-DK asks for xsd:date or xsd:dateTime.
std::string full_date(const std::string& value, bool first) {
  switch (date_precision(value)) {
  case DatePrecision::year:
    return value + (first ? "-01-01" : "-12-31");
  case DatePrecision::year_month: {
    if (first) return value + "-01";
    const int year = std::stoi(value.substr(0, 4));
    const int month = std::stoi(value.substr(5, 2));
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int last = month == 2 && leap_year(year) ? 29 : days[month - 1];
    return fmt::format("{}-{:02}", value, last);
  }
  case DatePrecision::date:
    break;
  }
  return value;
}

class Describer {
public:
  Describer(const Model& model, std::string base, const std::vector<DumpFile>& dumps,
            const DescriptionOptions& description, const std::function<void(const Triple&)>& sink)
      : model_(model), meta_(model.metadata()), base_(std::move(base)), dumps_(dumps), description_(description),
        sink_(sink), profile_(description.profile ? *description.profile : default_catalogue_profile()),
        d_(iri_term(dataset_iri(base_))) {}

  void run(const RdfOptions& options) {
    catalog();
    dataset();
    publisher();
    contact_point();
    temporal();
    for (const auto& dump : dumps_)
      distribution(dump);
    service();
    sources();
    void_statistics_of(options);
  }

private:
  Term fragment(std::string_view name) const { return iri_term(dataset_iri(base_) + "#" + std::string(name)); }
  void emit(const Term& s, std::string_view ns, std::string_view local, Term o) {
    sink_(Triple{s, iri_term(term(ns, local)), std::move(o), {}});
  }
  void type(const Term& s, std::string_view ns, std::string_view local) {
    emit(s, vocab::rdf, "type", iri_term(term(ns, local)));
  }
  void text(const Term& s, std::string_view ns, std::string_view local, const Bilingual& t) {
    emit(s, ns, local, literal_term(t.da, "da"));
    emit(s, ns, local, literal_term(t.en, "en"));
  }
  void lang_text(const Term& s, std::string_view ns, std::string_view local, const LangText& t) {
    for (const auto& [lang, value] : t.all())
      emit(s, ns, local, literal_term(value, lang));
  }
  std::string title(std::string_view lang) const { return std::string(meta_.title.get(lang)); }

  /// Types a thing once (a licence, a media type, the ontology): the description may point to it
  /// from several subjects.
  bool first_time(const std::string& iri) { return described_.insert(iri).second; }

  /// A concept of a controlled vocabulary, with its labels, scheme and the class `extra` the
  /// DCAT-AP ranges ask for (e.g. dct:LinguisticSystem); returns its IRI.
  Term concept_of(const cv::Vocabulary& v, const cv::Concept& c, std::string_view extra_ns = {},
                  std::string_view extra = {}) {
    Term t = iri_term(v.iri(c));
    if (!first_time(t.value)) return t;
    type(t, vocab::skos, "Concept");
    if (!extra.empty()) type(t, extra_ns, extra);
    text(t, vocab::skos, "prefLabel", {std::string(c.da), std::string(c.en)});
    const Term scheme = iri_term(std::string(v.scheme));
    emit(t, vocab::skos, "inScheme", scheme);
    if (first_time(scheme.value)) {
      type(scheme, vocab::skos, "ConceptScheme");
      text(scheme, vocab::dcterms, "title", {std::string(v.title_da), std::string(v.title_en)});
    }
    return t;
  }

  /// The dataset's licence, typed dct:LicenseDocument with its ADMS licence types when known.
  void licence(const Term& s) {
    if (meta_.licence.empty()) return;
    const Term l = iri_term(meta_.licence);
    emit(s, vocab::dcterms, "license", l);
    if (!first_time(l.value)) return;
    type(l, vocab::dcterms, "LicenseDocument");
    for (auto code : cv::licence_types_of(meta_.licence))
      if (const auto* c = cv::licence_types().find(code))
        emit(l, vocab::dcterms, "type", concept_of(cv::licence_types(), *c));
  }

  void languages(const Term& s) {
    std::vector<std::string> tags = meta_.languages;
    std::sort(tags.begin(), tags.end());
    for (const auto& tag : tags)
      if (const auto* c = cv::language_of_tag(tag))
        emit(s, vocab::dcterms, "language", concept_of(profile_.languages(), *c, vocab::dcterms, "LinguisticSystem"));
  }

  void spatial(const Term& s) {
    for (const auto& code : meta_.countries)
      if (const auto* c = cv::countries().find(code))
        emit(s, vocab::dcterms, "spatial", concept_of(cv::countries(), *c, vocab::dcterms, "Location"));
  }

  void themes(const Term& s) {
    for (const auto& code : meta_.themes)
      if (const auto* c = cv::data_themes().find(code))
        emit(s, vocab::dcat, "theme", concept_of(cv::data_themes(), *c));
  }

  void keywords(const Term& s) {
    if (!meta_.keywords_by_language.empty()) {
      for (const auto& [lang, words] : meta_.keywords_by_language)
        for (const auto& w : std::set<std::string>(words.begin(), words.end()))
          emit(s, vocab::dcat, "keyword", literal_term(w, lang));
      return;
    }
    for (const auto& w : std::set<std::string>(meta_.keywords.begin(), meta_.keywords.end()))
      emit(s, vocab::dcat, "keyword", literal_term(w));
  }

  void date(const Term& s, std::string_view local, const std::string& value) {
    if (!value.empty())
      emit(s, vocab::dcterms, local, literal_term(full_date(value, true), {}, term(vocab::xsd, "date")));
  }

  void agents(const Term& s) {
    if (!meta_.publisher_name.empty()) emit(s, vocab::dcterms, "publisher", fragment("publisher"));
    if (has_contact_point()) emit(s, vocab::dcat, "contactPoint", fragment("contact-point"));
  }

  void catalog() {
    const Term c = fragment("catalog");
    type(c, vocab::dcat, "Catalog");
    text(c, vocab::dcterms, "title", {"Katalog: " + title("da"), "Catalogue: " + title("en")});
    text(c, vocab::dcterms, "description",
         {"Katalog med datasættet «" + title("da") + "» og dets distributioner.",
          "Catalogue of the dataset “" + title("en") + "” and its distributions."});
    if (!meta_.publisher_name.empty()) emit(c, vocab::dcterms, "publisher", fragment("publisher"));
    const Term home = iri_term(base_);
    emit(c, vocab::foaf, "homepage", home);
    type(home, vocab::foaf, "Document");
    licence(c);
    languages(c);
    spatial(c);
    date(c, "issued", meta_.issued);
    date(c, "modified", meta_.modified);
    if (!meta_.themes.empty()) {
      const auto& v = cv::data_themes();
      emit(c, vocab::dcat, "themeTaxonomy", iri_term(std::string(v.scheme)));
    }
    emit(c, vocab::dcat, "dataset", d_);
    if (!description_.sparql_endpoint.empty()) emit(c, vocab::dcat, "service", fragment("sparql-service"));
  }

  void dataset() {
    type(d_, vocab::dcat, "Dataset");
    type(d_, vocab::void_, "Dataset");
    if (!meta_.id.empty()) emit(d_, vocab::dcterms, "identifier", literal_term(meta_.id));
    lang_text(d_, vocab::dcterms, "title", meta_.title);
    lang_text(d_, vocab::dcterms, "description", meta_.description);
    agents(d_);
    licence(d_);
    languages(d_);
    date(d_, "issued", meta_.issued);
    date(d_, "modified", meta_.modified);
    keywords(d_);
    themes(d_);
    spatial(d_);
    if (!meta_.temporal.start.empty()) emit(d_, vocab::dcterms, "temporal", fragment("temporal"));
    const Term ontology = iri_term(std::string(ontology_iri));
    emit(d_, vocab::dcterms, "conformsTo", ontology);
    type(ontology, vocab::dcterms, "Standard");
    text(ontology, vocab::dcterms, "title", {"vidensgraf-ontologien", "The vidensgraf ontology"});
    emit(d_, vocab::void_, "uriSpace", literal_term(base_));
  }

  void publisher() {
    if (meta_.publisher_name.empty()) return;
    const Term p = fragment("publisher");
    type(p, vocab::foaf, "Agent");
    type(p, vocab::foaf, "Organization");
    if (meta_.publisher_label.all().empty())
      emit(p, vocab::foaf, "name", literal_term(meta_.publisher_name));
    else
      lang_text(p, vocab::foaf, "name", meta_.publisher_label);
    if (!meta_.publisher_url.empty()) emit(p, vocab::foaf, "homepage", iri_term(meta_.publisher_url));
    if (const auto* c = cv::publisher_types().find(meta_.publisher_type))
      emit(p, vocab::dcterms, "type", concept_of(cv::publisher_types(), *c));
  }

  bool has_contact_point() const { return !meta_.contact.email.empty() || !meta_.contact.url.empty(); }

  void contact_point() {
    if (!has_contact_point()) return;
    const Term k = fragment("contact-point");
    type(k, vcard, "Kind");
    type(k, vcard, "Organization");
    const LangText& name = meta_.contact.name.all().empty() ? meta_.publisher_label : meta_.contact.name;
    if (name.all().empty() && !meta_.publisher_name.empty()) emit(k, vcard, "fn", literal_term(meta_.publisher_name));
    lang_text(k, vcard, "fn", name);
    if (!meta_.contact.email.empty()) emit(k, vcard, "hasEmail", iri_term("mailto:" + meta_.contact.email));
    if (!meta_.contact.url.empty()) emit(k, vcard, "hasURL", iri_term(meta_.contact.url));
  }

  void temporal() {
    if (meta_.temporal.start.empty() || meta_.temporal.end.empty()) return;
    const Term t = fragment("temporal");
    type(t, vocab::dcterms, "PeriodOfTime");
    emit(t, vocab::dcat, "startDate",
         literal_term(full_date(meta_.temporal.start, true), {}, term(vocab::xsd, "date")));
    emit(t, vocab::dcat, "endDate", literal_term(full_date(meta_.temporal.end, false), {}, term(vocab::xsd, "date")));
  }

  void distribution(const DumpFile& dump) {
    const auto& f = info(dump.format);
    const Term dist = fragment("distribution-" + std::string(f.name));
    const Term file = iri_term(base_ + dump.path);
    const std::string syntax(f.title);
    emit(d_, vocab::dcat, "distribution", dist);
    emit(d_, vocab::void_, "dataDump", file);
    type(dist, vocab::dcat, "Distribution");
    text(dist, vocab::dcterms, "title",
         {"Hele datasættet i " + syntax + " (" + std::string(f.extension) + ")",
          "The whole dataset in " + syntax + " (" + std::string(f.extension) + ")"});
    text(
        dist, vocab::dcterms, "description",
        {"Alle datasættets entiteter og relationer med deres kilder i én " + syntax + "-fil, " + dump.path + ".",
         "All the dataset's entities and relations with their sources in one " + syntax + " file, " + dump.path + "."});
    emit(dist, vocab::dcat, "accessURL", file);
    emit(dist, vocab::dcat, "downloadURL", file);
    const Term media = iri_term("https://www.iana.org/assignments/media-types/" + std::string(f.media_type));
    emit(dist, vocab::dcat, "mediaType", media);
    if (first_time(media.value)) type(media, vocab::dcterms, "MediaType");
    emit(dist, vocab::dcterms, "format",
         concept_of(cv::file_types(), *cv::file_types().find(file_type_code(dump.format)), vocab::dcterms,
                    "MediaTypeOrExtent"));
    emit(dist, vocab::dcat, "byteSize",
         literal_term(std::to_string(dump.size) + std::string(profile_.byte_size_fraction), {},
                      term(vocab::xsd, profile_.byte_size_datatype)));
    checksum(dist, dump);
    licence(dist);
    const auto& availability = profile_.availability();
    emit(dist, dcatap, "availability", concept_of(availability, *availability.find(profile_.availability_code)));
  }

  void checksum(const Term& dist, const DumpFile& dump) {
    const Term c = fragment("checksum-" + std::string(info(dump.format).name));
    emit(dist, spdx, "checksum", c);
    type(c, spdx, "Checksum");
    const Term algorithm = iri_term(std::string(profile_.checksum_algorithm));
    emit(c, spdx, "algorithm", algorithm);
    emit(c, spdx, "checksumValue", literal_term(dump.*profile_.digest, {}, term(vocab::xsd, "hexBinary")));
    if (first_time(algorithm.value)) type(algorithm, spdx, "ChecksumAlgorithm");
  }

  void service() {
    if (description_.sparql_endpoint.empty()) return;
    const Term s = fragment("sparql-service");
    const Term endpoint = iri_term(description_.sparql_endpoint);
    type(s, vocab::dcat, "DataService");
    text(s, vocab::dcterms, "title", {"SPARQL-tjeneste: " + title("da"), "SPARQL service: " + title("en")});
    text(s, vocab::dcterms, "description",
         {"Spørgsmål i SPARQL 1.1 til datasættet «" + title("da") + "» efter SPARQL 1.1-protokollen.",
          "SPARQL 1.1 queries over the dataset “" + title("en") + "” by the SPARQL 1.1 Protocol."});
    // DCAT-AP's ranges ask for the endpoint and its description to be typed rdfs:Resource.
    emit(s, vocab::dcat, "endpointURL", endpoint);
    type(endpoint, vocab::rdfs, "Resource");
    // The protocol's specification describes the endpoint's operations and parameters.
    const Term protocol = iri_term(std::string(sparql_protocol));
    emit(s, vocab::dcat, "endpointDescription", protocol);
    emit(s, vocab::dcterms, "conformsTo", protocol);
    type(protocol, vocab::rdfs, "Resource");
    type(protocol, vocab::dcterms, "Standard");
    text(protocol, vocab::dcterms, "title", {"SPARQL 1.1-protokollen", "SPARQL 1.1 Protocol"});
    emit(s, vocab::dcat, "servesDataset", d_);
    agents(s);
    licence(s);
    themes(s);
    keywords(s);
    emit(d_, vocab::void_, "sparqlEndpoint", endpoint);
  }

  /// The documents the data is drawn from (the model's Source entities, by their own IRIs), each
  /// with its title and its own publishers (the organisations of its publisher relations), so
  /// that the bodies behind the sources appear as theirs, not as the dataset's publisher. They are
  /// dct:relation ("related resource" in both profiles), not dct:source: DCAT-AP 3.0.1 and
  /// DCAT-AP-DK 2.0.2 both require a dct:source to be a dcat:Dataset, and a report or an article
  /// is not one.
  void sources() {
    const Schema& schema = model_.schema();
    const auto kind = schema.find_kind("Source");
    if (!kind) return;
    const auto label = schema.find_attribute("label");
    const auto publisher = schema.find_relation("publisher");
    const Graph& g = model_.graph();
    for (const Vertex v : model_.entities_of_kind(*kind)) {
      const Term source = iri_term(model_.iri(v, base_));
      emit(d_, vocab::dcterms, "relation", source);
      type(source, vocab::foaf, "Document");
      if (label)
        for (const auto& value : model_.entity(v).values)
          if (value.attribute == *label)
            emit(source, vocab::dcterms, "title", literal_term(value.value, model_.language(value.language)));
      if (!publisher) continue;
      std::set<std::string> publishers;
      for (const auto e : boost::make_iterator_range(boost::out_edges(v, g)))
        if (g[e].kind == *publisher) publishers.insert(model_.iri(boost::target(e, g), base_));
      for (const auto& p : publishers)
        emit(source, vocab::dcterms, "publisher", iri_term(p));
    }
  }

  void void_statistics_of(const RdfOptions& options) {
    const auto integer = [](std::size_t n) { return literal_term(std::to_string(n), {}, term(vocab::xsd, "integer")); };
    const VoidStatistics stats = void_statistics(model_, options);
    emit(d_, vocab::void_, "triples", integer(stats.triples));
    emit(d_, vocab::void_, "entities", integer(model_.entity_count()));
    for (const auto& v : stats.vocabularies)
      emit(d_, vocab::void_, "vocabulary", iri_term(v));
    // One example resource per kind: its first entity by id.
    for (KindId k = 0; k < model_.schema().kinds().size(); ++k) {
      const auto entities = model_.entities_of_kind(k);
      if (!entities.empty()) emit(d_, vocab::void_, "exampleResource", iri_term(model_.iri(entities.front(), base_)));
    }
    for (const auto& [cls, n] : stats.classes) {
      const Term part = fragment("class-" + partition_fragment(cls));
      emit(d_, vocab::void_, "classPartition", part);
      emit(part, vocab::void_, "class", iri_term(cls));
      emit(part, vocab::void_, "entities", integer(n));
    }
    for (const auto& [property, n] : stats.properties) {
      const Term part = fragment("property-" + partition_fragment(property));
      emit(d_, vocab::void_, "propertyPartition", part);
      emit(part, vocab::void_, "property", iri_term(property));
      emit(part, vocab::void_, "triples", integer(n));
    }
  }

  const Model& model_;
  const DatasetMetadata& meta_;
  std::string base_;
  const std::vector<DumpFile>& dumps_;
  const DescriptionOptions& description_;
  const std::function<void(const Triple&)>& sink_;
  const CatalogueProfile& profile_;
  Term d_;
  std::set<std::string> described_;
};

} // namespace

std::span<const CatalogueProfile> catalogue_profiles() {
  return profiles;
}

const CatalogueProfile& default_catalogue_profile() {
  return profiles.front();
}

const CatalogueProfile* find_catalogue_profile(std::string_view name) {
  for (const auto& p : profiles)
    if (p.name == name) return &p;
  return nullptr;
}

std::vector<std::string> catalogue_profile_names() {
  std::vector<std::string> out;
  out.reserve(profiles.size());
  for (const auto& p : profiles)
    out.emplace_back(p.name);
  return out;
}

void for_each_description_triple(const Model& model, const RdfOptions& options, const std::vector<DumpFile>& dumps,
                                 const DescriptionOptions& description,
                                 const std::function<void(const Triple&)>& sink) {
  Describer(model, effective_base(model, options), dumps, description, sink).run(options);
}

void for_each_description_triple(const Model& model, const RdfOptions& options,
                                 const std::function<void(const Triple&)>& sink) {
  for_each_description_triple(model, options, measure_dumps(model, options), {}, sink);
}

} // namespace vidensgraf
