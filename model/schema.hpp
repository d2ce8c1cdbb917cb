// The schema: kinds of entity, relation kinds and attributes, read from the ontology
// (ontology/vidensgraf.ttl), which is the one place they are defined.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vidensgraf {

using KindId = std::uint16_t;      ///< index into Schema::kinds()
using RelationId = std::uint16_t;  ///< index into Schema::relations()
using AttributeId = std::uint16_t; ///< index into Schema::attributes()

/// Text in several languages, kept sorted by language tag.
class LangText {
public:
  /// Sets the text for a language (replacing any earlier one).
  void set(std::string lang, std::string text);
  /// The text in `lang`, else in `fallback`, else any, else empty.
  std::string_view get(std::string_view lang, std::string_view fallback = "en") const;
  /// All (language, text) pairs, sorted by language.
  const std::vector<std::pair<std::string, std::string>>& all() const noexcept { return items_; }

private:
  std::vector<std::pair<std::string, std::string>> items_;
};

/// How an attribute's values are written and checked.
enum class ValueType : std::uint8_t {
  text,      ///< xsd:string: any text
  lang_text, ///< rdf:langString: text with a language (the CSV column is name@lang)
  date,      ///< xsd:date: YYYY-MM-DD, YYYY-MM or YYYY
  amount,    ///< schema:MonetaryAmount: "<decimal> <ISO 4217 code>"
  iri,       ///< xsd:anyURI: an absolute http(s) IRI
  one_of,    ///< one of a closed list of strings (owl:oneOf)
};

/// A kind of entity (an owl:Class of the ontology).
struct KindDef {
  std::string name;                 ///< local name in the ontology, e.g. "Project"
  std::string iri;                  ///< full IRI, e.g. https://w3id.org/vidensgraf/ontology#Project
  std::string table;                ///< CSV table name, e.g. "projects"
  std::string segment;              ///< IRI path segment, e.g. "project"
  LangText labels;                  ///< rdfs:label per language
  LangText definitions;             ///< skos:definition per language
  std::vector<std::string> aligned; ///< IRIs of the standard classes it is aligned with
  int order = 0;                    ///< display order
};

/// A relation kind (an owl:ObjectProperty between kinds).
struct RelationDef {
  std::string name; ///< local name, also its name in relations.csv, e.g. "leadOrganisation"
  std::string iri;
  LangText labels;
  LangText definitions;
  std::vector<KindId> domain;                ///< kinds it may start from
  std::vector<KindId> range;                 ///< kinds it may point to
  bool functional = false;                   ///< at most one per subject (owl:FunctionalProperty)
  std::vector<std::string> super_properties; ///< IRIs of the standard properties it refines
  /// True when `kind` may be the subject.
  bool allows_subject(KindId kind) const noexcept;
  /// True when `kind` may be the object.
  bool allows_object(KindId kind) const noexcept;
  /// True when the relation may connect an entity of kind `subject` to one of kind `object`: the
  /// one endpoint check of every reader (the CSV loader, the RDF importer).
  bool connects(KindId subject, KindId object) const noexcept;
};

/// An attribute (an owl:DatatypeProperty).
struct AttributeDef {
  std::string name; ///< local name, e.g. "startDate"
  std::string iri;
  std::string column; ///< CSV column name, e.g. "start" (with @lang for lang_text)
  LangText labels;
  LangText definitions;
  ValueType type = ValueType::text;
  std::vector<std::string> allowed;            ///< the closed list of values for one_of
  std::vector<KindId> domain;                  ///< kinds it may describe; empty: every kind
  std::vector<std::string> required_languages; ///< languages every entity must have
  std::vector<std::string> super_properties;
  /// True when entities of `kind` may carry this attribute.
  bool allows(KindId kind) const noexcept;
};

/// The whole schema, immutable once read.
class Schema {
public:
  /// Reads a schema from ontology Turtle; throws InputError (with line) when it is malformed
  /// or breaks the conventions documented at the top of ontology/vidensgraf.ttl.
  static Schema parse(std::string_view turtle, const std::string& file_name);
  /// The schema compiled into the program from ontology/vidensgraf.ttl (parsed once).
  static const Schema& builtin();

  /// The ontology namespace, e.g. https://w3id.org/vidensgraf/ontology#
  static constexpr std::string_view ns = "https://w3id.org/vidensgraf/ontology#";

  const std::vector<KindDef>& kinds() const noexcept { return kinds_; }
  const std::vector<RelationDef>& relations() const noexcept { return relations_; }
  const std::vector<AttributeDef>& attributes() const noexcept { return attributes_; }

  const KindDef& kind(KindId id) const { return kinds_.at(id); }
  const RelationDef& relation(RelationId id) const { return relations_.at(id); }
  const AttributeDef& attribute(AttributeId id) const { return attributes_.at(id); }

  /// The kind with this local name ("Project"), its table ("projects") or segment ("project").
  std::optional<KindId> find_kind(std::string_view name_table_or_segment) const noexcept;
  /// The relation kind with this local name.
  std::optional<RelationId> find_relation(std::string_view name) const noexcept;
  /// The attribute with this CSV column name (without @lang) or local name.
  std::optional<AttributeId> find_attribute(std::string_view column_or_name) const noexcept;
  /// Like find_kind, but throws InternalError: for the few kinds the code itself relies on.
  KindId require_kind(std::string_view name) const;
  /// Like find_relation, but throws InternalError.
  RelationId require_relation(std::string_view name) const;
  /// Like find_attribute, but throws InternalError.
  AttributeId require_attribute(std::string_view name) const;

private:
  std::vector<KindDef> kinds_;
  std::vector<RelationDef> relations_;
  std::vector<AttributeDef> attributes_;
};

/// The text of ontology/vidensgraf.ttl as compiled into the program.
std::string_view ontology_text();
/// The text of ontology/shapes.ttl (the SHACL shapes of the export) as compiled into the program.
std::string_view ontology_shapes_text();
/// The text of ontology/context.jsonld (the published JSON-LD context) as compiled into the program.
std::string_view ontology_context_text();

} // namespace vidensgraf
