#include "model/schema.hpp"

#include "model/error.hpp"
#include "model/rdf/parse.hpp"

#include <algorithm>
#include <map>
#include <sstream>
#include <unordered_map>

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

std::string term_key(const Term& t) {
  return (t.is_blank() ? "_:" : "") + t.value;
}

/// The ontology's triples grouped by subject, in the order subjects first appear.
class Graph {
public:
  void add(Triple&& t) {
    const auto key = term_key(t.subject);
    auto [it, inserted] = index_.try_emplace(key, subjects_.size());
    if (inserted) subjects_.push_back({t.subject, {}});
    subjects_[it->second].second.emplace_back(std::move(t.predicate.value), std::move(t.object));
  }
  const std::vector<std::pair<Term, std::vector<std::pair<std::string, Term>>>>& subjects() const { return subjects_; }
  std::vector<const Term*> objects(const Term& subject, std::string_view predicate) const {
    std::vector<const Term*> out;
    auto it = index_.find(term_key(subject));
    if (it == index_.end()) return out;
    for (const auto& [p, o] : subjects_[it->second].second)
      if (p == predicate) out.push_back(&o);
    return out;
  }
  const Term* object(const Term& subject, std::string_view predicate) const {
    auto all = objects(subject, predicate);
    return all.empty() ? nullptr : all.front();
  }
  bool has_type(const Term& subject, std::string_view type) const {
    for (const Term* o : objects(subject, iri(rdf_ns, "type")))
      if (o->value == type) return true;
    return false;
  }
  /// The members of an rdf:List starting at `head`.
  std::vector<const Term*> list(const Term* head) const {
    std::vector<const Term*> out;
    for (int guard = 0; head && head->value != iri(rdf_ns, "nil") && guard < 10000; ++guard) {
      if (const Term* first = object(*head, iri(rdf_ns, "first"))) out.push_back(first);
      head = object(*head, iri(rdf_ns, "rest"));
    }
    return out;
  }

private:
  std::vector<std::pair<Term, std::vector<std::pair<std::string, Term>>>> subjects_;
  std::unordered_map<std::string, std::size_t> index_;
};

void read_texts(const Graph& g, const Term& subject, std::string_view predicate, LangText& out) {
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
std::vector<std::string> external(const Graph& g, const Term& subject, std::string_view predicate) {
  std::vector<std::string> out;
  for (const Term* o : g.objects(subject, predicate))
    if (o->is_iri() && !in_vg(*o)) out.push_back(o->value);
  return out;
}

} // namespace

Schema Schema::parse(std::string_view turtle, const std::string& file_name) {
  Graph g;
  Diagnostics diagnostics;
  if (!parse_rdf(turtle, "turtle", "https://w3id.org/vidensgraf/ontology", file_name, diagnostics,
                 [&](Triple&& t) { g.add(std::move(t)); })) {
    std::ostringstream out;
    for (const auto& d : diagnostics.all())
      out << format_diagnostic(d) << '\n';
    throw InputError("the ontology cannot be read:\n" + out.str());
  }
  const auto fail = [&](const std::string& message) { throw InputError(file_name + ": " + message); };

  Schema schema;
  // Kinds, ordered by vg:diagramOrder.
  for (const auto& [subject, _] : g.subjects()) {
    if (!in_vg(subject) || !g.has_type(subject, iri(owl_ns, "Class"))) continue;
    const Term* table = g.object(subject, iri(ns, "csvTable"));
    const Term* segment = g.object(subject, iri(ns, "iriSegment"));
    if (!table || !segment) fail("class " + subject.value + " lacks vg:csvTable or vg:iriSegment");
    KindDef kind{local_name(subject), subject.value, table->value, segment->value, {}, {}, {}, 0};
    read_texts(g, subject, iri(rdfs_ns, "label"), kind.labels);
    read_texts(g, subject, skos_definition, kind.definitions);
    kind.aligned = external(g, subject, iri(rdfs_ns, "subClassOf"));
    if (const Term* order = g.object(subject, iri(ns, "diagramOrder"))) kind.order = std::stoi(order->value);
    schema.kinds_.push_back(std::move(kind));
  }
  std::stable_sort(schema.kinds_.begin(), schema.kinds_.end(),
                   [](const KindDef& a, const KindDef& b) { return a.order < b.order; });
  if (schema.kinds_.empty()) fail("the ontology defines no classes with vg:csvTable");

  // A domain or range: one class, or a blank node with owl:unionOf ( classes ).
  const auto kinds_of = [&](const Term& property, std::string_view predicate) {
    std::vector<KindId> out;
    for (const Term* o : g.objects(property, predicate)) {
      std::vector<const Term*> members{o};
      if (o->is_blank()) members = g.list(g.object(*o, iri(owl_ns, "unionOf")));
      for (const Term* m : members) {
        auto k = in_vg(*m) ? schema.find_kind(local_name(*m)) : std::nullopt;
        if (!k) fail("property " + property.value + " names " + m->value + ", which is not a kind");
        out.push_back(*k);
      }
    }
    return out;
  };

  for (const auto& [subject, _] : g.subjects()) {
    if (!in_vg(subject)) continue;
    if (g.has_type(subject, iri(owl_ns, "ObjectProperty"))) {
      RelationDef rel;
      rel.name = local_name(subject);
      rel.iri = subject.value;
      read_texts(g, subject, iri(rdfs_ns, "label"), rel.labels);
      read_texts(g, subject, skos_definition, rel.definitions);
      rel.domain = kinds_of(subject, iri(rdfs_ns, "domain"));
      rel.range = kinds_of(subject, iri(rdfs_ns, "range"));
      if (rel.domain.empty() || rel.range.empty()) fail("relation " + rel.name + " lacks a domain or range");
      rel.functional = g.has_type(subject, iri(owl_ns, "FunctionalProperty"));
      rel.super_properties = external(g, subject, iri(rdfs_ns, "subPropertyOf"));
      schema.relations_.push_back(std::move(rel));
    } else if (g.has_type(subject, iri(owl_ns, "DatatypeProperty"))) {
      AttributeDef attr;
      attr.name = local_name(subject);
      attr.iri = subject.value;
      const Term* column = g.object(subject, iri(ns, "csvColumn"));
      if (!column) fail("attribute " + attr.name + " lacks vg:csvColumn");
      attr.column = column->value;
      read_texts(g, subject, iri(rdfs_ns, "label"), attr.labels);
      read_texts(g, subject, skos_definition, attr.definitions);
      attr.domain = kinds_of(subject, iri(rdfs_ns, "domain"));
      attr.super_properties = external(g, subject, iri(rdfs_ns, "subPropertyOf"));
      for (const Term* l : g.objects(subject, iri(ns, "requiredLanguage")))
        attr.required_languages.push_back(l->value);
      const Term* range = g.object(subject, iri(rdfs_ns, "range"));
      if (!range) fail("attribute " + attr.name + " lacks a range");
      if (range->is_blank()) {
        attr.type = ValueType::one_of;
        for (const Term* v : g.list(g.object(*range, iri(owl_ns, "oneOf"))))
          attr.allowed.push_back(v->value);
        if (attr.allowed.empty()) fail("attribute " + attr.name + " has a datatype range without owl:oneOf");
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
        fail("attribute " + attr.name + " has a range the model cannot check: " + range->value);
      }
      schema.attributes_.push_back(std::move(attr));
    }
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
