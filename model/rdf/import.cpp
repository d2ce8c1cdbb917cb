// The inverse of model/rdf/triples.cpp (read its header comment for the RDF form): entities
// are the subjects typed with a vg: class, their vg: properties are attribute values and relations,
// prov:wasDerivedFrom gives their sources and sections, and rdf:Statement nodes give the basis,
// sources and note of a relation or value. Triples the exporter derives (aligned types,
// rdfs:label, skos:prefLabel, skos:inScheme) are accepted and not stored twice.
#include "model/rdf/import.hpp"

#include "model/rdf/syntax.hpp"
#include "model/rdf/vocabulary.hpp"
#include "model/english.hpp"
#include "model/error.hpp"
#include "model/rdf/raptor_guard.hpp"
#include "model/rdf/subject_index.hpp"
#include "model/rdf/parse.hpp"
#include "model/read_file.hpp"
#include "model/required_languages.hpp"
#include "model/values.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace vidensgraf {
namespace fs = std::filesystem;
using vocab::term;

std::optional<std::string> rdf_syntax_for(const fs::path& file) {
  const std::string dotted = file.extension().string();
  if (dotted.empty()) return std::nullopt;
  const auto format = rdf_format_for_extension(std::string_view(dotted).substr(1), true);
  // JSON-LD has an extension but no Raptor parser (raptor name "").
  if (!format || info(*format).raptor.empty()) return std::nullopt;
  return std::string(info(*format).raptor);
}

namespace {

std::string key(const Term& t) {
  return SubjectIndex::key(t);
}

struct Statement {
  bool curated = false;
  std::vector<std::string> derived;
  std::vector<std::string> notes;
};

class Importer {
public:
  Importer(const Schema& schema, std::string file, Diagnostics& diagnostics)
      : schema_(schema), file_(std::move(file)), diagnostics_(diagnostics), model_(schema) {}

  void add(Triple&& t) { index_.add(std::move(t)); }

  Model run() {
    subjects_ = index_.sorted_keys();
    if (!metadata()) return std::move(model_);
    entities();
    statements();
    for (const auto& [iri, v] : vertices_)
      entity_facts(iri, v);
    required_languages();
    return std::move(model_);
  }

private:
  void error(const std::string& message) { diagnostics_.error({file_, 0, 0}, message); }

  std::vector<const Term*> objects(const std::string& s, std::string_view p) const { return index_.objects(s, p); }
  const Term* object(const std::string& s, std::string_view p) const { return index_.object(s, p); }
  bool has_type(const std::string& s, const std::string& type) const { return index_.has_type(s, type); }

  bool metadata() {
    std::vector<std::string> datasets;
    for (const auto& s : subjects_)
      if (has_type(s, term(vocab::dcat, "Dataset")) && object(s, term(vocab::void_, "uriSpace"))) datasets.push_back(s);
    if (datasets.size() != 1) {
      error(datasets.empty() ? "no dataset description: the file needs one dcat:Dataset with void:uriSpace (the base "
                               "IRI of its entities), as 'vidensgraf export' writes"
                             : "more than one dcat:Dataset with void:uriSpace; a file holds one dataset");
      return false;
    }
    const auto& d = datasets.front();
    DatasetMetadata m;
    m.base = object(d, term(vocab::void_, "uriSpace"))->value;
    if (const Term* t = object(d, term(vocab::dcterms, "identifier"))) m.id = t->value;
    for (const Term* t : objects(d, term(vocab::dcterms, "title")))
      m.title.set(t->language, t->value);
    for (const Term* t : objects(d, term(vocab::dcterms, "description")))
      m.description.set(t->language, t->value);
    if (const Term* p = object(d, term(vocab::dcterms, "publisher"))) {
      if (const Term* n = object(key(*p), term(vocab::foaf, "name"))) m.publisher_name = n->value;
      if (const Term* h = object(key(*p), term(vocab::foaf, "homepage"))) m.publisher_url = h->value;
    }
    if (const Term* t = object(d, term(vocab::dcterms, "license"))) m.licence = t->value;
    if (const Term* t = object(d, term(vocab::dcterms, "issued"))) m.issued = t->value;
    if (const Term* t = object(d, term(vocab::dcterms, "modified"))) m.modified = t->value;
    const Term* first = object(d, term(vocab::vg, "defaultLanguage"));
    if (first) m.languages.push_back(first->value);
    std::vector<std::string> others;
    for (const Term* t : objects(d, term(vocab::dcterms, "language")))
      if (!first || t->value != first->value) others.push_back(t->value);
    std::sort(others.begin(), others.end());
    m.languages.insert(m.languages.end(), others.begin(), others.end());
    for (const Term* t : objects(d, term(vocab::dcat, "keyword")))
      m.keywords.push_back(t->value);
    std::sort(m.keywords.begin(), m.keywords.end());
    for (const auto& lang : m.languages)
      model_.intern_language(lang);
    base_ = m.base;
    model_.set_metadata(std::move(m));
    return true;
  }

  void entities() {
    std::vector<std::tuple<KindId, std::string, std::string>> found; // kind, id, IRI
    for (const auto& s : subjects_) {
      std::optional<KindId> kind;
      for (const Term* t : objects(s, term(vocab::rdf, "type"))) {
        if (!t->value.starts_with(vocab::vg)) continue;
        const auto k = schema_.find_kind(t->value.substr(vocab::vg.size()));
        if (!k || schema_.kind(*k).iri != t->value) continue;
        if (kind && *kind != *k)
          error("<" + s + "> has two kinds, " + schema_.kind(*kind).name + " and " + schema_.kind(*k).name);
        kind = k;
      }
      if (!kind) continue;
      const std::string prefix = base_ + schema_.kind(*kind).segment + "/";
      if (!s.starts_with(prefix)) {
        error("the " + schema_.kind(*kind).name + " <" + s + "> is not named " + prefix +
              "{id}; entity IRIs are {base}{kind}/{id} with the base of void:uriSpace");
        continue;
      }
      const std::string id = s.substr(prefix.size());
      if (auto problem = check_id(id)) {
        error("bad id '" + id + "' in <" + s + ">: " + *problem);
        continue;
      }
      found.emplace_back(*kind, id, s);
    }
    std::sort(found.begin(), found.end());
    std::set<std::string> ids;
    for (const auto& [kind, id, iri] : found) {
      if (!ids.insert(id).second) {
        error("duplicate id '" + id + "' (<" + iri + ">); ids must be unique in the dataset");
        continue;
      }
      Entity e;
      e.id = id;
      e.kind = kind;
      vertices_.emplace(iri, model_.add_entity(std::move(e)));
    }
  }

  void statements() {
    for (const auto& s : subjects_) {
      if (!has_type(s, term(vocab::rdf, "Statement"))) continue;
      const Term* subject = object(s, term(vocab::rdf, "subject"));
      const Term* predicate = object(s, term(vocab::rdf, "predicate"));
      const Term* obj = object(s, term(vocab::rdf, "object"));
      const Term* basis = object(s, term(vocab::vg, "basis"));
      if (!subject || !predicate || !obj || !basis) {
        error("the rdf:Statement <" + s + "> lacks rdf:subject, rdf:predicate, rdf:object or vg:basis");
        continue;
      }
      Statement st;
      if (basis->value == term(vocab::vg, "curated"))
        st.curated = true;
      else if (basis->value != term(vocab::vg, "stated"))
        error("the vg:basis of <" + s + "> must be vg:stated or vg:curated, not <" + basis->value + ">");
      for (const Term* t : objects(s, term(vocab::prov, "wasDerivedFrom")))
        st.derived.push_back(t->value);
      for (const Term* t : objects(s, term(vocab::vg, "note")))
        st.notes.push_back(t->value);
      std::sort(st.notes.begin(), st.notes.end());
      statements_[{key(*subject), predicate->value, object_key(*obj)}].push_back(std::move(st));
    }
  }

  static std::string object_key(const Term& t) { return key(t) + '\x1f' + t.language + '\x1f' + t.datatype; }

  /// A provenance record from prov:wasDerivedFrom targets (sources and sections), and notes.
  std::optional<ProvenanceId> provenance(const std::string& about, const std::vector<std::string>& derived,
                                         const std::vector<std::string>& notes) {
    std::vector<std::pair<std::string, Citation>> cites; // (source IRI, citation) for sorting
    std::set<std::string> sectioned;
    const auto source_vertex = [&](const std::string& iri) -> std::optional<Vertex> {
      const auto it = vertices_.find(iri);
      if (it == vertices_.end() || model_.entity(it->second).kind != schema_.require_kind("Source"))
        return std::nullopt;
      return it->second;
    };
    for (const auto& target : derived) {
      if (!has_type(target, term(vocab::vg, "Section"))) continue;
      const Term* part = object(target, term(vocab::dcterms, "isPartOf"));
      const Term* title = object(target, term(vocab::dcterms, "title"));
      const auto source = part ? source_vertex(part->value) : std::nullopt;
      if (!source || !title) {
        error("the vg:Section <" + target + "> needs a dcterms:title and a dcterms:isPartOf naming a vg:Source");
        continue;
      }
      sectioned.insert(part->value);
      cites.emplace_back(part->value, Citation{static_cast<std::uint32_t>(*source), title->value});
    }
    for (const auto& target : derived) {
      if (has_type(target, term(vocab::vg, "Section")) || sectioned.contains(target)) continue;
      const auto source = source_vertex(target);
      if (!source) {
        error("<" + about + "> is prov:wasDerivedFrom <" + target + ">, which is neither a vg:Source nor a vg:Section");
        continue;
      }
      cites.emplace_back(target, Citation{static_cast<std::uint32_t>(*source), {}});
    }
    if (cites.empty()) {
      error("<" + about + "> names no source: add prov:wasDerivedFrom a vg:Source (and its vg:Section)");
      return std::nullopt;
    }
    std::sort(cites.begin(), cites.end(), [](const auto& a, const auto& b) {
      return std::tie(a.first, a.second.section) < std::tie(b.first, b.second.section);
    });
    Provenance p;
    for (auto& [iri, c] : cites)
      p.citations.push_back(std::move(c));
    for (const auto& n : notes)
      p.note += (p.note.empty() ? "" : "\n") + n;
    return model_.intern_provenance(std::move(p));
  }

  /// The model's text form of an attribute value, or nothing (with an error) when malformed.
  std::optional<std::string> value_text(const AttributeDef& def, const std::string& s, const Term& o) {
    const auto bad = [&](const std::string& why) {
      error("the " + def.name + " of <" + s + ">: " + why);
      return std::nullopt;
    };
    if (def.type == ValueType::amount) {
      const Term* value = o.is_literal() ? nullptr : object(key(o), term(vocab::schema, "value"));
      const Term* currency = o.is_literal() ? nullptr : object(key(o), term(vocab::schema, "currency"));
      if (!value || !currency) return bad("expected a schema:MonetaryAmount with schema:value and schema:currency");
      std::string number = value->value;
      if (number.ends_with(".0")) number.resize(number.size() - 2); // the exporter adds it
      std::string text = number + " " + currency->value;
      if (auto problem = check_amount(text)) return bad(*problem);
      return text;
    }
    if (!o.is_literal()) return bad("expected a literal, not <" + o.value + ">");
    if (def.type == ValueType::lang_text && o.language.empty()) return bad("expected a text with a language tag");
    if (def.type == ValueType::date)
      if (auto problem = check_date(o.value)) return bad(*problem);
    if (def.type == ValueType::iri)
      if (auto problem = check_http_iri(o.value)) return bad(*problem);
    if (def.type == ValueType::one_of &&
        std::find(def.allowed.begin(), def.allowed.end(), o.value) == def.allowed.end())
      return bad("'" + o.value + "' is not one of the allowed values");
    return o.value;
  }

  void entity_facts(const std::string& iri, Vertex v) {
    static const std::set<std::string> derived_predicates{
        term(vocab::rdf, "type"),      term(vocab::rdfs, "label"),        term(vocab::skos, "prefLabel"),
        term(vocab::skos, "inScheme"), term(vocab::skos, "topConceptOf"), term(vocab::prov, "wasDerivedFrom")};
    std::vector<std::string> derived;
    for (const Term* t : objects(iri, term(vocab::prov, "wasDerivedFrom")))
      derived.push_back(t->value);
    const auto own = provenance(iri, derived, {});
    if (!own) return;
    model_.mutable_entity(v).provenance = *own;
    const KindId kind = model_.entity(v).kind;
    std::vector<AttributeValue> values;
    for (const auto& [p, o] : index_.properties(iri)) {
      if (derived_predicates.contains(p)) continue;
      const auto known = statements_.find({iri, p, object_key(o)});
      std::vector<std::pair<bool, ProvenanceId>> bases; // (curated, provenance)
      if (known == statements_.end()) {
        bases.emplace_back(false, *own);
      } else {
        for (const auto& st : known->second)
          if (auto prov = provenance(iri, st.derived, st.notes)) bases.emplace_back(st.curated, *prov);
      }
      const auto local = p.starts_with(vocab::vg) ? p.substr(vocab::vg.size()) : std::string{};
      if (const auto rel = schema_.find_relation(local); rel && schema_.relation(*rel).iri == p) {
        const auto target = vertices_.find(key(o));
        if (target == vertices_.end()) {
          error("<" + iri + "> " + local + " <" + o.value + ">, which is no entity of the dataset");
          continue;
        }
        for (const auto& [curated, prov] : bases)
          add_relation(v, *rel, target->second, curated, prov);
      } else if (const auto attr = schema_.find_attribute(local); attr && schema_.attribute(*attr).iri == p) {
        const auto& def = schema_.attribute(*attr);
        if (!def.allows(kind)) {
          error("<" + iri + "> is " + with_article(schema_.kind(kind).name) + ", which cannot have " + def.name);
          continue;
        }
        const auto text = value_text(def, iri, o);
        if (!text) continue;
        const LanguageId lang = def.type == ValueType::lang_text ? model_.intern_language(o.language) : 0;
        for (const auto& [curated, prov] : bases)
          values.push_back({*attr, lang, curated, prov, *text});
      } else {
        diagnostics_.warning({file_, 0, 0}, "<" + iri + "> has the property <" + p +
                                                ">, which the ontology does not "
                                                "define; it is not imported");
      }
    }
    std::sort(values.begin(), values.end(), [&](const AttributeValue& a, const AttributeValue& b) {
      return std::tie(a.attribute, model_.language(a.language), a.value, a.curated) <
             std::tie(b.attribute, model_.language(b.language), b.value, b.curated);
    });
    model_.mutable_entity(v).values = std::move(values);
  }

  void add_relation(Vertex s, RelationId kind, Vertex o, bool curated, ProvenanceId prov) {
    const auto& def = schema_.relation(kind);
    const auto& subject = model_.entity(s);
    const auto& object = model_.entity(o);
    if (!def.connects(subject.kind, object.kind)) {
      error(def.name + " may not connect the " + schema_.kind(subject.kind).name + " '" + subject.id + "' to the " +
            schema_.kind(object.kind).name + " '" + object.id + "' (see its rdfs:domain and rdfs:range)");
      return;
    }
    if (def.functional)
      for (auto e : boost::make_iterator_range(boost::out_edges(s, model_.graph())))
        if (model_.relation(e).kind == kind && boost::target(e, model_.graph()) != o) {
          error("'" + subject.id + "' has more than one " + def.name + "; " + def.name + " allows only one");
          return;
        }
    model_.add_relation(s, o, Relation{kind, curated, prov});
  }

  void required_languages() {
    std::vector<Vertex> by_iri;
    std::vector<const std::string*> iri_of(boost::num_vertices(model_.graph()));
    for (const auto& [iri, v] : vertices_) {
      by_iri.push_back(v);
      iri_of[v] = &iri;
    }
    for (const auto& gap : missing_required_languages(model_, by_iri))
      error("<" + *iri_of[gap.entity] + "> has no " + schema_.attribute(gap.attribute).name + " in the language '" +
            std::string(gap.language) + "'");
  }

  const Schema& schema_;
  std::string file_;
  Diagnostics& diagnostics_;
  Model model_;
  std::string base_;
  SubjectIndex index_;
  std::vector<std::string> subjects_;      // the subjects' keys, sorted: the order of the checks and their messages
  std::map<std::string, Vertex> vertices_; // entity IRI -> vertex
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<Statement>> statements_;
};

} // namespace

Model import_rdf(const fs::path& file, const std::string& syntax, Diagnostics& diagnostics, const Schema& schema) {
  const std::string shown = file.string();
  std::string name = syntax;
  if (name.empty()) {
    if (file.extension() == ".jsonld")
      throw InputError(shown + ": JSON-LD cannot be imported (Raptor has no JSON-LD parser); export the data as "
                               "Turtle, or convert the file to N-Quads with a JSON-LD processor");
    const auto guessed = rdf_syntax_for(file);
    if (!guessed)
      throw UsageError(shown + ": unknown RDF file extension '" + file.extension().string() +
                       "' (known: .ttl .nt .nq .rdf .owl .xml .rj .json); give the syntax with --input-format");
    name = *guessed;
  }
  const std::string text = read_file(file);
  // Input Raptor 2.0.15 would corrupt memory on is refused before it sees it (raptor_guard.hpp).
  if (const auto unsafe = raptor_unsafe_input(text, name)) {
    diagnostics.error({shown, unsafe->line, unsafe->column}, unsafe->message);
    return Model(schema);
  }
  Importer importer(schema, shown, diagnostics);
  const std::string base = "file://" + fs::absolute(file).string();
  if (!parse_rdf(text, name, base, shown, diagnostics, [&](Triple&& t) { importer.add(std::move(t)); }))
    return Model(schema);
  return importer.run();
}

} // namespace vidensgraf
