#include "model/schema.hpp"

#include "model/error.hpp"
#include "model/rdf/parse.hpp"
#include "model/rdf/subject_index.hpp"

#include <algorithm>
#include <sstream>

namespace vidensgraf {

void LangText::set(std::string lang, std::string text) {
  auto it = std::lower_bound(items_.begin(), items_.end(), lang,
                             [](const auto& item, const std::string& l) { return item.first < l; });
  if (it != items_.end() && it->first == lang)
    it->second = std::move(text);
  else
    items_.emplace(it, std::move(lang), std::move(text));
}

std::string_view LangText::get(std::string_view lang, std::string_view fallback) const {
  for (const auto& [l, t] : items_)
    if (l == lang) return t;
  for (const auto& [l, t] : items_)
    if (l == fallback) return t;
  return items_.empty() ? std::string_view{} : std::string_view{items_.front().second};
}

bool RelationDef::allows_subject(KindId kind) const noexcept {
  return std::find(domain.begin(), domain.end(), kind) != domain.end();
}
bool RelationDef::allows_object(KindId kind) const noexcept {
  return std::find(range.begin(), range.end(), kind) != range.end();
}
bool RelationDef::connects(KindId subject, KindId object) const noexcept {
  return allows_subject(subject) && allows_object(object);
}
bool AttributeDef::allows(KindId kind) const noexcept {
  return domain.empty() || std::find(domain.begin(), domain.end(), kind) != domain.end();
}

namespace {

constexpr std::string_view rdf_ns = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view rdfs_ns = "http://www.w3.org/2000/01/rdf-schema#";
constexpr std::string_view owl_ns = "http://www.w3.org/2002/07/owl#";
constexpr std::string_view xsd_ns = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view skos_definition = "http://www.w3.org/2004/02/skos/core#definition";
constexpr std::string_view schema_monetary_amount = "https://schema.org/MonetaryAmount";

std::string iri(std::string_view ns, std::string_view local) {
  return std::string(ns) + std::string(local);
}

void read_texts(const SubjectIndex& g, const Term& subject, std::string_view predicate, LangText& out) {
  for (const Term* o : g.objects(subject, predicate))
    if (o->is_literal()) out.set(o->language, o->value);
}

bool in_vg(const Term& t) {
  return t.is_iri() && t.value.starts_with(Schema::ns);
}
std::string local_name(const Term& t) {
  return t.value.substr(Schema::ns.size());
}

/// IRIs outside the vg: namespace among the objects of `predicate`.
std::vector<std::string> external(const SubjectIndex& g, const Term& subject, std::string_view predicate) {
  std::vector<std::string> out;
  for (const Term* o : g.objects(subject, predicate))
    if (o->is_iri() && !in_vg(*o)) out.push_back(o->value);
  return out;
}

[[noreturn]] void fail(const std::string& file_name, const std::string& message) {
  throw InputError(file_name + ": " + message);
}

SubjectIndex parse_ontology(std::string_view turtle, const std::string& file_name) {
  SubjectIndex g;
  Diagnostics diagnostics;
  if (!parse_rdf(turtle, "turtle", "https://w3id.org/vidensgraf/ontology", file_name, diagnostics,
                 [&](Triple&& t) { g.add(std::move(t)); })) {
    std::ostringstream out;
    for (const auto& d : diagnostics.all())
      out << format_diagnostic(d) << '\n';
    throw InputError("the ontology cannot be read:\n" + out.str());
  }
  return g;
}

/// The kinds (the classes with vg:csvTable), ordered by vg:diagramOrder.
std::vector<KindDef> read_kinds(const SubjectIndex& g, const std::string& file_name) {
  std::vector<KindDef> kinds;
  for (const auto& [subject, _] : g.subjects()) {
    if (!in_vg(subject) || !g.has_type(subject, iri(owl_ns, "Class"))) continue;
    const Term* table = g.object(subject, iri(Schema::ns, "csvTable"));
    const Term* segment = g.object(subject, iri(Schema::ns, "iriSegment"));
    if (!table || !segment) fail(file_name, "class " + subject.value + " lacks vg:csvTable or vg:iriSegment");
    KindDef kind{local_name(subject), subject.value, table->value, segment->value, {}, {}, {}, 0};
    read_texts(g, subject, iri(rdfs_ns, "label"), kind.labels);
    read_texts(g, subject, skos_definition, kind.definitions);
    kind.aligned = external(g, subject, iri(rdfs_ns, "subClassOf"));
    if (const Term* order = g.object(subject, iri(Schema::ns, "diagramOrder"))) kind.order = std::stoi(order->value);
    kinds.push_back(std::move(kind));
  }
  std::stable_sort(kinds.begin(), kinds.end(), [](const KindDef& a, const KindDef& b) { return a.order < b.order; });
  if (kinds.empty()) fail(file_name, "the ontology defines no classes with vg:csvTable");
  return kinds;
}

/// The relations and attributes of an ontology whose kinds are read.
class PropertyReader {
public:
  PropertyReader(const SubjectIndex& g, const Schema& schema, const std::string& file_name)
      : g_(g), schema_(schema), file_name_(file_name) {}

  RelationDef relation(const Term& subject) const {
    RelationDef rel;
    rel.name = local_name(subject);
    rel.iri = subject.value;
    read_texts(g_, subject, iri(rdfs_ns, "label"), rel.labels);
    read_texts(g_, subject, skos_definition, rel.definitions);
    rel.domain = kinds_of(subject, iri(rdfs_ns, "domain"));
    rel.range = kinds_of(subject, iri(rdfs_ns, "range"));
    if (rel.domain.empty() || rel.range.empty()) fail(file_name_, "relation " + rel.name + " lacks a domain or range");
    rel.functional = g_.has_type(subject, iri(owl_ns, "FunctionalProperty"));
    rel.super_properties = external(g_, subject, iri(rdfs_ns, "subPropertyOf"));
    return rel;
  }

  AttributeDef attribute(const Term& subject) const {
    AttributeDef attr;
    attr.name = local_name(subject);
    attr.iri = subject.value;
    const Term* column = g_.object(subject, iri(Schema::ns, "csvColumn"));
    if (!column) fail(file_name_, "attribute " + attr.name + " lacks vg:csvColumn");
    attr.column = column->value;
    read_texts(g_, subject, iri(rdfs_ns, "label"), attr.labels);
    read_texts(g_, subject, skos_definition, attr.definitions);
    attr.domain = kinds_of(subject, iri(rdfs_ns, "domain"));
    attr.super_properties = external(g_, subject, iri(rdfs_ns, "subPropertyOf"));
    for (const Term* l : g_.objects(subject, iri(Schema::ns, "requiredLanguage")))
      attr.required_languages.push_back(l->value);
    read_range(subject, attr);
    return attr;
  }

private:
  /// A domain or range: one class, or a blank node with owl:unionOf ( classes ).
  std::vector<KindId> kinds_of(const Term& property, std::string_view predicate) const {
    std::vector<KindId> out;
    for (const Term* o : g_.objects(property, predicate)) {
      std::vector<const Term*> members{o};
      if (o->is_blank()) members = g_.list(g_.object(*o, iri(owl_ns, "unionOf")));
      for (const Term* m : members) {
        auto k = in_vg(*m) ? schema_.find_kind(local_name(*m)) : std::nullopt;
        if (!k) fail(file_name_, "property " + property.value + " names " + m->value + ", which is not a kind");
        out.push_back(*k);
      }
    }
    return out;
  }

  /// The attribute's value type from its rdfs:range (an owl:oneOf list is a choice of values).
  void read_range(const Term& subject, AttributeDef& attr) const {
    const Term* range = g_.object(subject, iri(rdfs_ns, "range"));
    if (!range) fail(file_name_, "attribute " + attr.name + " lacks a range");
    if (range->is_blank()) {
      attr.type = ValueType::one_of;
      for (const Term* v : g_.list(g_.object(*range, iri(owl_ns, "oneOf"))))
        attr.allowed.push_back(v->value);
      if (attr.allowed.empty()) fail(file_name_, "attribute " + attr.name + " has a datatype range without owl:oneOf");
    } else if (range->value == iri(xsd_ns, "string")) {
      attr.type = ValueType::text;
    } else if (range->value == iri(rdf_ns, "langString")) {
      attr.type = ValueType::lang_text;
    } else if (range->value == iri(xsd_ns, "date")) {
      attr.type = ValueType::date;
    } else if (range->value == iri(xsd_ns, "anyURI")) {
      attr.type = ValueType::iri;
    } else if (range->value == schema_monetary_amount) {
      attr.type = ValueType::amount;
    } else {
      fail(file_name_, "attribute " + attr.name + " has a range the model cannot check: " + range->value);
    }
  }

  const SubjectIndex& g_;
  const Schema& schema_;
  const std::string& file_name_;
};

} // namespace

Schema Schema::parse(std::string_view turtle, const std::string& file_name) {
  const SubjectIndex g = parse_ontology(turtle, file_name);
  Schema schema;
  schema.kinds_ = read_kinds(g, file_name);
  const PropertyReader properties(g, schema, file_name);
  for (const auto& [subject, _] : g.subjects()) {
    if (!in_vg(subject)) continue;
    if (g.has_type(subject, iri(owl_ns, "ObjectProperty")))
      schema.relations_.push_back(properties.relation(subject));
    else if (g.has_type(subject, iri(owl_ns, "DatatypeProperty")))
      schema.attributes_.push_back(properties.attribute(subject));
  }
  return schema;
}

const Schema& Schema::builtin() {
  static const Schema schema = parse(ontology_text(), "ontology/vidensgraf.ttl");
  return schema;
}

std::optional<KindId> Schema::find_kind(std::string_view name) const noexcept {
  for (std::size_t i = 0; i < kinds_.size(); ++i)
    if (kinds_[i].name == name || kinds_[i].table == name || kinds_[i].segment == name) return static_cast<KindId>(i);
  return std::nullopt;
}

std::optional<RelationId> Schema::find_relation(std::string_view name) const noexcept {
  for (std::size_t i = 0; i < relations_.size(); ++i)
    if (relations_[i].name == name) return static_cast<RelationId>(i);
  return std::nullopt;
}

std::optional<AttributeId> Schema::find_attribute(std::string_view name) const noexcept {
  for (std::size_t i = 0; i < attributes_.size(); ++i)
    if (attributes_[i].column == name || attributes_[i].name == name) return static_cast<AttributeId>(i);
  return std::nullopt;
}

KindId Schema::require_kind(std::string_view name) const {
  if (auto k = find_kind(name)) return *k;
  throw InternalError("the ontology has no class '" + std::string(name) + "', which vidensgraf needs");
}
RelationId Schema::require_relation(std::string_view name) const {
  if (auto r = find_relation(name)) return *r;
  throw InternalError("the ontology has no relation '" + std::string(name) + "', which vidensgraf needs");
}
AttributeId Schema::require_attribute(std::string_view name) const {
  if (auto a = find_attribute(name)) return *a;
  throw InternalError("the ontology has no attribute '" + std::string(name) + "', which vidensgraf needs");
}

} // namespace vidensgraf
