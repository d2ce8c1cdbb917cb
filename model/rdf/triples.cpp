// The RDF form of a model. Design (the ontology, ontology/vidensgraf.ttl, declares every vg: term):
//
// - Entities: {base}{segment}/{id}, typed with their vg: class and every aligned standard class
//   (KindDef::aligned), so consumers need no reasoner. Kinds aligned with skos:Concept (challenge
//   areas, domains) are also skos:inScheme / skos:topConceptOf a skos:ConceptScheme {base}{segment}.
// - Attribute values use the vg: property. Labels are also written as rdfs:label (every RDF tool
//   shows it) and, for SKOS concepts, skos:prefLabel; other super-properties are left to the
//   ontology to keep the data lean. Dates are xsd:date, xsd:gYearMonth or xsd:gYear by precision;
//   amounts are a schema:MonetaryAmount node {entity}#{attribute}-{value}-{currency} (a stable
//   IRI, not a blank node, so output is byte-identical and nodes survive a round trip) with
//   schema:value (xsd:decimal) and schema:currency.
// - Provenance: every entity prov:wasDerivedFrom its source entity and, when a section is given,
//   a vg:Section {source}#section-{hash} (dcterms:title, dcterms:isPartOf the source).
// - Relation-level provenance uses RDF reification: every relation, and every attribute value that
//   is curated or comes from another source than its entity, has an rdf:Statement node
//   {subject}#statement-{hash} with rdf:subject/predicate/object, vg:basis (vg:stated or
//   vg:curated), prov:wasDerivedFrom its sources and sections, and vg:note. Why reification:
//   RDF-star is not supported by Raptor 2.0.15 nor expressible in N-Triples 1.1 or RDF/XML; named
//   graphs exist only in N-Quads and JSON-LD; a "curated" sub-property scheme would double every
//   property and still not carry per-link sources and notes. Reification is plain RDF 1.1, so
//   the basis and sources survive in every syntax and read back into the model without loss. The
//   asserted triple is always written too, so consumers who ignore provenance see plain data.
// - Named graphs (N-Quads): each triple is in the graph of its fact's first source (sources sorted
//   by IRI, so the choice does not depend on input order); dataset and scheme triples are in the
//   default graph.
// - The dataset itself is {base}dataset (dcat:Dataset, void:Dataset) with its metadata, so an RDF
//   file carries everything dataset.toml holds.
// One writer makes both the whole walk and one entity's or scheme's triples (EntityTriples,
// model/rdf/entity_triples.hpp), so a document on request has the walk's triples in its order.
// Hash IRIs use 64-bit FNV-1a of the statement's predicate, object and basis: stable across runs
// and platforms (std::hash is not).
#include "model/rdf/triples.hpp"

#include "model/rdf/entity_triples.hpp"
#include "model/rdf/vocabulary.hpp"
#include "model/error.hpp"
#include "model/progress.hpp"
#include "model/values.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <iterator>
#include <map>
#include <set>
#include <tuple>

namespace vidensgraf {

using vocab::term;

Term iri_term(std::string value) {
  return Term{TermType::iri, std::move(value), {}, {}};
}

Term literal_term(std::string value, std::string language, std::string datatype) {
  return Term{TermType::literal, std::move(value), std::move(language), std::move(datatype)};
}

std::string effective_base(const Model& model, const RdfOptions& options) {
  std::string base = options.base.empty() ? model.metadata().base : options.base;
  if (base.empty()) throw UsageError("no base IRI for the RDF output: set 'base' in dataset.toml or pass --base IRI");
  return base;
}

std::string dataset_iri(std::string_view base) {
  return std::string(base) + "dataset";
}

namespace {

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 14695981039346656037ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string hash_hex(std::string_view s) {
  return fmt::format("{:016x}", fnv1a(s));
}

/// A key that tells terms apart: type, value, language and datatype.
std::string term_key(const Term& t) {
  std::string key(1, static_cast<char>('0' + static_cast<int>(t.type)));
  key += t.value;
  key += '\x1f';
  key += t.language;
  key += '\x1f';
  key += t.datatype;
  return key;
}

Term date_term(const std::string& value) {
  switch (date_precision(value)) {
  case DatePrecision::year:
    return literal_term(value, {}, term(vocab::xsd, "gYear"));
  case DatePrecision::year_month:
    return literal_term(value, {}, term(vocab::xsd, "gYearMonth"));
  case DatePrecision::date:
    break;
  }
  return literal_term(value, {}, term(vocab::xsd, "date"));
}

using CitationKey = std::pair<std::string, std::string>; ///< (source IRI, section)

/// One asserted triple of an entity with everything known about where it comes from.
struct Fact {
  std::string predicate;
  Term object;
  bool curated = false;
  bool reified = false;            ///< written with an rdf:Statement node
  std::set<CitationKey> citations; ///< sorted: the first source names the named graph
  std::set<std::string> notes;
  Vertex object_entity = TermRef::no_entity; ///< the object's entity, for a relation
  const AttributeDef* amount = nullptr;      ///< set when the object is an amount node
  std::string amount_value;
};

/// Every section heading cited anywhere, per source vertex (only provenance records in use):
/// a source's document holds a vg:Section node for each.
using CitedSections = std::map<Vertex, std::set<std::string>>;

CitedSections collect_sections(const Model& model) {
  CitedSections sections;
  const auto add = [&](ProvenanceId id) {
    if (id >= model.provenance_count()) return;
    for (const auto& c : model.provenance(id).citations)
      if (!c.section.empty()) sections[c.source].insert(c.section);
  };
  const auto& g = model.graph();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    add(g[v].provenance);
    for (const auto& value : g[v].values)
      add(value.provenance);
  }
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    add(g[e].provenance);
  return sections;
}

bool is_concept(const Schema& schema, KindId kind) {
  const auto& aligned = schema.kind(kind).aligned;
  return std::find(aligned.begin(), aligned.end(), term(vocab::skos, "Concept")) != aligned.end();
}

/// The fixed IRIs the writer names on every entity or relation, made once per writer so that no
/// triple makes a string for them.
struct Names {
  std::string rdf_type = term(vocab::rdf, "type"), rdf_statement = term(vocab::rdf, "Statement"),
              rdf_subject = term(vocab::rdf, "subject"), rdf_predicate = term(vocab::rdf, "predicate"),
              rdf_object = term(vocab::rdf, "object"), rdfs_label = term(vocab::rdfs, "label"),
              skos_pref_label = term(vocab::skos, "prefLabel"), skos_in_scheme = term(vocab::skos, "inScheme"),
              skos_top_concept_of = term(vocab::skos, "topConceptOf"),
              skos_concept_scheme = term(vocab::skos, "ConceptScheme"), vg_label = term(vocab::vg, "label"),
              vg_basis = term(vocab::vg, "basis"), vg_stated = term(vocab::vg, "stated"),
              vg_curated = term(vocab::vg, "curated"), vg_note = term(vocab::vg, "note"),
              vg_section = term(vocab::vg, "Section"), prov_derived_from = term(vocab::prov, "wasDerivedFrom"),
              dcterms_title = term(vocab::dcterms, "title"), dcterms_part_of = term(vocab::dcterms, "isPartOf"),
              schema_amount = term(vocab::schema, "MonetaryAmount"), schema_value = term(vocab::schema, "value"),
              schema_currency = term(vocab::schema, "currency"), xsd_decimal = term(vocab::xsd, "decimal");
};

TermRef ref(const Term& t, Vertex entity = TermRef::no_entity) {
  return TermRef{t.type, t.value, t.language, t.datatype, entity};
}

TermRef iri_ref(std::string_view iri, Vertex entity = TermRef::no_entity) {
  return TermRef{TermType::iri, iri, {}, {}, entity};
}

TermRef literal_ref(std::string_view value, std::string_view datatype = {}) {
  return TermRef{TermType::literal, value, {}, datatype, TermRef::no_entity};
}

/// FNV-1a (fnv1a) of term_key(t), without making the key.
std::uint64_t fnv1a_key(const Term& t, std::uint64_t h) {
  const char type = static_cast<char>('0' + static_cast<int>(t.type));
  h = fnv1a(std::string_view(&type, 1), h);
  h = fnv1a(t.value, h);
  h = fnv1a("\x1f", h);
  h = fnv1a(t.language, h);
  h = fnv1a("\x1f", h);
  return fnv1a(t.datatype, h);
}

class Writer {
public:
  Writer(const Model& model, std::string base, const std::function<void(const TripleRef&)>& sink,
         const CitedSections& sections)
      : model_(model), schema_(model.schema()), base_(std::move(base)), sink_(sink), sections_(sections) {
    for (KindId k = 0; k < schema_.kinds().size(); ++k) {
      auto aligned = schema_.kind(k).aligned;
      std::sort(aligned.begin(), aligned.end());
      aligned_.push_back(std::move(aligned));
      concept_.push_back(is_concept(schema_, k));
      scheme_iris_.push_back(base_ + schema_.kind(k).segment);
    }
  }

  void metadata() {
    const auto& m = model_.metadata();
    graph_ = {};
    const Term d = iri_term(dataset_iri(base_));
    emit(d, term(vocab::rdf, "type"), iri_term(term(vocab::dcat, "Dataset")));
    emit(d, term(vocab::rdf, "type"), iri_term(term(vocab::void_, "Dataset")));
    if (!m.id.empty()) emit(d, term(vocab::dcterms, "identifier"), literal_term(m.id));
    for (const auto& [lang, text] : m.title.all())
      emit(d, term(vocab::dcterms, "title"), literal_term(text, lang));
    for (const auto& [lang, text] : m.description.all())
      emit(d, term(vocab::dcterms, "description"), literal_term(text, lang));
    if (!m.publisher_name.empty() || !m.publisher_url.empty()) {
      const Term p = iri_term(dataset_iri(base_) + "#publisher");
      emit(d, term(vocab::dcterms, "publisher"), p);
      emit(p, term(vocab::rdf, "type"), iri_term(term(vocab::foaf, "Agent")));
      if (!m.publisher_name.empty()) emit(p, term(vocab::foaf, "name"), literal_term(m.publisher_name));
      if (!m.publisher_url.empty()) emit(p, term(vocab::foaf, "homepage"), iri_term(m.publisher_url));
    }
    if (!m.licence.empty()) emit(d, term(vocab::dcterms, "license"), iri_term(m.licence));
    if (!m.issued.empty()) emit(d, term(vocab::dcterms, "issued"), date_term(m.issued));
    if (!m.modified.empty()) emit(d, term(vocab::dcterms, "modified"), date_term(m.modified));
    std::vector<std::string> languages = m.languages;
    std::sort(languages.begin(), languages.end());
    for (const auto& lang : languages)
      emit(d, term(vocab::dcterms, "language"), literal_term(lang, {}, term(vocab::xsd, "language")));
    if (!m.languages.empty()) emit(d, term(vocab::vg, "defaultLanguage"), literal_term(m.languages.front()));
    std::vector<std::string> keywords = m.keywords;
    std::sort(keywords.begin(), keywords.end());
    keywords.erase(std::unique(keywords.begin(), keywords.end()), keywords.end());
    for (const auto& k : keywords)
      emit(d, term(vocab::dcat, "keyword"), literal_term(k));
    emit(d, term(vocab::void_, "uriSpace"), literal_term(base_));
  }

  void data() {
    schemes();
    const auto order = model_.sorted_entities();
    Progress progress("writing triples", order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
      if (i % 4096 == 0) progress.update(i);
      entity(order[i]);
    }
  }

  /// The concept scheme of `kind`: its own triples, then each member's skos:inScheme and
  /// skos:topConceptOf, as the whole walk gives them (in the default graph).
  void scheme_document(KindId kind) {
    scheme(kind);
    for (const auto v : model_.entities_of_kind(kind))
      in_scheme(iri_ref(model_.iri(v, base_), v), kind);
  }

  void entity(Vertex v) {
    const Entity& e = model_.entity(v);
    const std::string iri = model_.iri(v, base_);
    const TermRef s = iri_ref(iri, v);
    const auto own = citations(e.provenance);
    graph_ = own.empty() ? std::string_view{} : std::string_view(own.begin()->first);
    emit(s, names_.rdf_type, iri_ref(schema_.kind(e.kind).iri));
    for (const auto& a : aligned_[e.kind])
      emit(s, names_.rdf_type, iri_ref(a));
    const bool is_skos_concept = concept_[e.kind];
    if (is_skos_concept) in_scheme(s, e.kind);
    derived_from(s, own);
    for (auto& fact : facts(v, own))
      write_fact(s, fact, is_skos_concept);
    if (auto it = sections_.find(v); it != sections_.end()) {
      graph_ = iri;
      for (const auto& heading : it->second) {
        const std::string sec = section_iri(iri, heading);
        emit(iri_ref(sec), names_.rdf_type, iri_ref(names_.vg_section));
        emit(iri_ref(sec), names_.dcterms_title, literal_ref(heading));
        emit(iri_ref(sec), names_.dcterms_part_of, s);
      }
    }
  }

private:
  void emit(const TermRef& s, std::string_view p, const TermRef& o) { sink_(TripleRef{s, iri_ref(p), o, graph_}); }
  void emit(const Term& s, std::string_view p, const Term& o) { emit(ref(s), p, ref(o)); }

  void in_scheme(const TermRef& s, KindId kind) {
    emit(s, names_.skos_in_scheme, iri_ref(scheme_iris_[kind]));
    emit(s, names_.skos_top_concept_of, iri_ref(scheme_iris_[kind]));
  }
  static std::string section_iri(const std::string& source_iri, const std::string& section) {
    return source_iri + "#section-" + hash_hex(section);
  }

  std::set<CitationKey> citations(ProvenanceId id) const {
    std::set<CitationKey> out;
    if (id >= model_.provenance_count()) return out;
    for (const auto& c : model_.provenance(id).citations)
      out.emplace(model_.iri(c.source, base_), c.section);
    return out;
  }

  void schemes() {
    for (KindId k = 0; k < schema_.kinds().size(); ++k)
      if (concept_[k] && !model_.entities_of_kind(k).empty()) scheme(k);
  }

  void scheme(KindId k) {
    graph_ = {};
    const TermRef s = iri_ref(scheme_iris_[k]);
    emit(s, names_.rdf_type, iri_ref(names_.skos_concept_scheme));
    for (const auto& [lang, text] : schema_.kind(k).labels.all())
      emit(s, names_.dcterms_title, TermRef{TermType::literal, text, lang, {}, TermRef::no_entity});
  }

  void derived_from(const TermRef& s, const std::set<CitationKey>& cites) {
    std::string_view last;
    for (const auto& [source, section] : cites) {
      if (source != last) emit(s, names_.prov_derived_from, iri_ref(source));
      last = source;
      if (!section.empty()) emit(s, names_.prov_derived_from, iri_ref(section_iri(source, section)));
    }
  }

  /// The object of an attribute value: a literal of its type, or for an amount the IRI of a
  /// schema:MonetaryAmount node (write_fact describes it).
  Term value_object(const AttributeDef& def, const AttributeValue& value, const std::string& subject_iri) const {
    switch (def.type) {
    case ValueType::lang_text:
      return literal_term(value.value, model_.language(value.language));
    case ValueType::date:
      return date_term(value.value);
    case ValueType::iri:
      return literal_term(value.value, {}, term(vocab::xsd, "anyURI"));
    case ValueType::amount: {
      const auto amount = parse_amount(value.value);
      return iri_term(fmt::format("{}#{}-{}-{}", subject_iri, def.name, amount.value, amount.currency));
    }
    case ValueType::text:
    case ValueType::one_of:
      break;
    }
    return literal_term(value.value);
  }

  /// The entity's attribute values and outgoing relations as facts, merged and sorted.
  std::vector<Fact> facts(Vertex v, const std::set<CitationKey>& own) const {
    const Entity& e = model_.entity(v);
    const std::string subject_iri = model_.iri(v, base_);
    std::map<std::tuple<int, std::string, std::string, bool>, Fact> merged; // (order, predicate, object, curated)
    const auto add = [&](int order, std::string predicate, Term object, bool curated, ProvenanceId provenance,
                         bool reify) -> Fact& {
      auto key = std::make_tuple(order, predicate, term_key(object), curated);
      auto [it, inserted] = merged.try_emplace(std::move(key));
      Fact& f = it->second;
      if (inserted) {
        f.predicate = std::move(predicate);
        f.object = std::move(object);
        f.curated = curated;
      }
      const auto cites = citations(provenance);
      f.citations.insert(cites.begin(), cites.end());
      if (provenance < model_.provenance_count() && !model_.provenance(provenance).note.empty())
        f.notes.insert(model_.provenance(provenance).note);
      f.reified = f.reified || reify || curated || cites != own || !f.notes.empty();
      return f;
    };
    for (const auto& value : e.values) {
      const auto& def = schema_.attribute(value.attribute);
      Fact& f =
          add(value.attribute, def.iri, value_object(def, value, subject_iri), value.curated, value.provenance, false);
      if (def.type == ValueType::amount) {
        f.amount = &def;
        f.amount_value = value.value;
      }
    }
    const auto& g = model_.graph();
    const int relation_order = static_cast<int>(schema_.attributes().size());
    for (auto edge : boost::make_iterator_range(boost::out_edges(v, g))) {
      const auto& r = g[edge];
      const Vertex target = boost::target(edge, g);
      add(relation_order + r.kind, schema_.relation(r.kind).iri, iri_term(model_.iri(target, base_)), r.curated,
          r.provenance, true)
          .object_entity = target;
    }
    std::vector<Fact> out;
    out.reserve(merged.size());
    for (auto& [key, fact] : merged)
      out.push_back(std::move(fact));
    return out;
  }

  void write_fact(const TermRef& s, const Fact& f, bool is_skos_concept) {
    graph_ = f.citations.empty() ? std::string_view{} : std::string_view(f.citations.begin()->first);
    const TermRef object = ref(f.object, f.object_entity);
    emit(s, f.predicate, object);
    if (f.predicate == names_.vg_label) {
      emit(s, names_.rdfs_label, object);
      if (is_skos_concept) emit(s, names_.skos_pref_label, object);
    }
    if (f.amount) {
      const auto amount = parse_amount(f.amount_value);
      emit(object, names_.rdf_type, iri_ref(names_.schema_amount));
      // Raptor's Turtle writer abbreviates a decimal without a '.' to a bare number, which Turtle
      // reads as xsd:integer: the lexical form always has a fraction (the importer drops ".0").
      std::string lexical(amount.value);
      if (lexical.find('.') == std::string::npos) lexical += ".0";
      emit(object, names_.schema_value, literal_ref(lexical, names_.xsd_decimal));
      const std::string currency(amount.currency);
      emit(object, names_.schema_currency, literal_ref(currency));
    }
    if (!f.reified) return;
    const std::string_view basis = f.curated ? "curated" : "stated";
    // The hash of predicate, '\x1e', term_key(object), '\x1e', basis, as one string would give it.
    std::uint64_t h = fnv1a(f.predicate);
    h = fnv1a("\x1e", h);
    h = fnv1a_key(f.object, h);
    h = fnv1a("\x1e", h);
    h = fnv1a(basis, h);
    std::string st_iri;
    st_iri.reserve(s.value.size() + 11 + 16);
    st_iri += s.value;
    st_iri += "#statement-";
    fmt::format_to(std::back_inserter(st_iri), "{:016x}", h);
    const TermRef st = iri_ref(st_iri);
    emit(st, names_.rdf_type, iri_ref(names_.rdf_statement));
    emit(st, names_.rdf_subject, s);
    emit(st, names_.rdf_predicate, iri_ref(f.predicate));
    emit(st, names_.rdf_object, object);
    emit(st, names_.vg_basis, iri_ref(f.curated ? names_.vg_curated : names_.vg_stated));
    derived_from(st, f.citations);
    for (const auto& note : f.notes)
      emit(st, names_.vg_note, literal_ref(note));
  }

  const Model& model_;
  const Schema& schema_;
  std::string base_;
  const std::function<void(const TripleRef&)>& sink_;
  const CitedSections& sections_;
  const Names names_;
  std::vector<std::vector<std::string>> aligned_; ///< by kind: the aligned classes, sorted
  std::vector<bool> concept_;                     ///< by kind: aligned with skos:Concept
  std::vector<std::string> scheme_iris_;          ///< by kind: {base}{segment}
  std::string_view graph_;                        ///< the named graph of the triples being written
};

} // namespace

Term to_term(const TermRef& ref) {
  return Term{ref.type, std::string(ref.value), std::string(ref.language), std::string(ref.datatype)};
}

Triple to_triple(const TripleRef& ref) {
  return Triple{to_term(ref.subject), to_term(ref.predicate), to_term(ref.object), std::string(ref.graph)};
}

void for_each_metadata_triple(const Model& model, const RdfOptions& options,
                              const std::function<void(const Triple&)>& sink) {
  const std::function<void(const TripleRef&)> copy = [&](const TripleRef& t) { sink(to_triple(t)); };
  Writer(model, effective_base(model, options), copy, {}).metadata();
}

void for_each_triple_ref(const Model& model, const RdfOptions& options,
                         const std::function<void(const TripleRef&)>& sink) {
  const CitedSections sections = collect_sections(model);
  Writer writer(model, effective_base(model, options), sink, sections);
  writer.metadata();
  writer.data();
}

void for_each_triple(const Model& model, const RdfOptions& options, const std::function<void(const Triple&)>& sink) {
  for_each_triple_ref(model, options, [&](const TripleRef& t) { sink(to_triple(t)); });
}

struct EntityTriples::Impl {
  const Model& model;
  std::string base;
  CitedSections sections;
  std::vector<bool> schemes; ///< by kind: a concept scheme with members

  /// Runs `step` on a writer whose triples reach `sink` in the default graph.
  void write(const std::function<void(const Triple&)>& sink, const std::function<void(Writer&)>& step) const {
    const std::function<void(const TripleRef&)> one_graph = [&](const TripleRef& t) {
      sink(Triple{to_term(t.subject), to_term(t.predicate), to_term(t.object), {}});
    };
    Writer writer(model, base, one_graph, sections);
    step(writer);
  }
};

EntityTriples::EntityTriples(const Model& model, const RdfOptions& options)
    : impl_(std::make_unique<Impl>(Impl{model, effective_base(model, options), collect_sections(model), {}})) {
  impl_->schemes.resize(model.schema().kinds().size());
  std::vector<bool> populated(impl_->schemes.size());
  for (auto v : boost::make_iterator_range(boost::vertices(model.graph())))
    populated[model.entity(v).kind] = true;
  for (KindId k = 0; k < impl_->schemes.size(); ++k)
    impl_->schemes[k] = populated[k] && is_concept(model.schema(), k);
}

EntityTriples::~EntityTriples() = default;

void EntityTriples::for_each(Vertex v, const std::function<void(const Triple&)>& sink) const {
  impl_->write(sink, [v](Writer& writer) { writer.entity(v); });
}

bool EntityTriples::is_scheme(KindId kind) const {
  return kind < impl_->schemes.size() && impl_->schemes[kind];
}

void EntityTriples::for_each_in_scheme(KindId kind, const std::function<void(const Triple&)>& sink) const {
  if (is_scheme(kind)) impl_->write(sink, [kind](Writer& writer) { writer.scheme_document(kind); });
}

} // namespace vidensgraf
