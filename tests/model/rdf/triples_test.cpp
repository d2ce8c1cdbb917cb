#include "support/rdf_fixture.hpp"
#include "model/rdf/entity_triples.hpp"
#include "model/rdf/triples.hpp"
#include "model/rdf/vocabulary.hpp"
#include "model/dataset_loader.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace vidensgraf;
using vocab::term;

namespace {

std::vector<Triple> triples_of(const Model& model, RdfOptions options = {}) {
  std::vector<Triple> out;
  for_each_triple(model, options, [&](const Triple& t) { out.push_back(t); });
  return out;
}

const Model& hard_model() {
  static const Model model = [] {
    const auto dir = test::work_dir("rdf_triples_hard");
    test::write_hard_dataset(dir, true);
    return load_dataset_or_throw(dir);
  }();
  return model;
}

bool has(const std::vector<Triple>& triples, const std::string& s, const std::string& p, const Term& o) {
  return std::any_of(triples.begin(), triples.end(),
                     [&](const Triple& t) { return t.subject.value == s && t.predicate.value == p && t.object == o; });
}

std::vector<const Triple*> about(const std::vector<Triple>& triples, const std::string& s, const std::string& p) {
  std::vector<const Triple*> out;
  for (const auto& t : triples)
    if (t.subject.value == s && t.predicate.value == p) out.push_back(&t);
  return out;
}

const std::string base = "https://example.org/hard/";
const std::string type = term(vocab::rdf, "type");

} // namespace

TEST_CASE("every entity is typed with its vg class and each aligned standard class", "[rdf_triples]") {
  const Model& model = hard_model();
  const auto triples = triples_of(model);
  for (const auto v : model.sorted_entities()) {
    const auto& kind = model.schema().kind(model.entity(v).kind);
    INFO(model.entity(v).id);
    CHECK(has(triples, model.iri(v), type, iri_term(kind.iri)));
    REQUIRE_FALSE(kind.aligned.empty());
    for (const auto& aligned : kind.aligned)
      CHECK(has(triples, model.iri(v), type, iri_term(aligned)));
  }
  CHECK(has(triples, base + "organisation/org-1", type, iri_term("http://www.w3.org/ns/org#Organization")));
}

TEST_CASE("labels are language-tagged and SKOS concepts get a prefLabel in a concept scheme", "[rdf_triples]") {
  const auto triples = triples_of(hard_model());
  const std::string ca = base + "challenge/ca-data";
  CHECK(has(triples, ca, term(vocab::vg, "label"), literal_term("Data", "da")));
  CHECK(has(triples, ca, term(vocab::rdfs, "label"), literal_term("Data", "en")));
  CHECK(has(triples, ca, term(vocab::skos, "prefLabel"), literal_term("Data", "da")));
  CHECK(has(triples, ca, term(vocab::skos, "inScheme"), iri_term(base + "challenge")));
  CHECK(has(triples, base + "challenge", type, iri_term(term(vocab::skos, "ConceptScheme"))));
  // A project is no SKOS concept: no prefLabel there.
  CHECK(about(triples, base + "project/p-1", term(vocab::skos, "prefLabel")).empty());
  CHECK(has(triples, base + "organisation/org-1", term(vocab::rdfs, "label"),
            literal_term("Organisation \"én\" \\ ø", "da")));
}

TEST_CASE("dates are typed by precision and amounts are MonetaryAmount nodes", "[rdf_triples]") {
  const auto triples = triples_of(hard_model());
  const std::string p1 = base + "project/p-1";
  CHECK(has(triples, p1, term(vocab::vg, "startDate"), literal_term("2020", {}, term(vocab::xsd, "gYear"))));
  CHECK(has(triples, p1, term(vocab::vg, "endDate"), literal_term("2022-06", {}, term(vocab::xsd, "gYearMonth"))));
  CHECK(has(triples, base + "project/p-2", term(vocab::vg, "startDate"),
            literal_term("2021-02-03", {}, term(vocab::xsd, "date"))));
  const auto grant = about(triples, p1, term(vocab::vg, "grant"));
  REQUIRE(grant.size() == 1);
  const std::string node = grant.front()->object.value;
  CHECK(grant.front()->object.is_iri());
  CHECK(has(triples, node, type, iri_term(term(vocab::schema, "MonetaryAmount"))));
  CHECK(has(triples, node, term(vocab::schema, "value"), literal_term("8700000.0", {}, term(vocab::xsd, "decimal"))));
  CHECK(has(triples, node, term(vocab::schema, "currency"), literal_term("DKK")));
}

TEST_CASE("every entity is derived from its source and section", "[rdf_triples]") {
  const Model& model = hard_model();
  const auto triples = triples_of(model);
  const std::string derived = term(vocab::prov, "wasDerivedFrom");
  for (const auto v : model.sorted_entities()) {
    INFO(model.entity(v).id);
    CHECK_FALSE(about(triples, model.iri(v), derived).empty());
  }
  const std::string p1 = base + "project/p-1";
  CHECK(has(triples, p1, derived, iri_term(base + "source/src-a")));
  const auto derivations = about(triples, p1, derived);
  const auto section = std::find_if(derivations.begin(), derivations.end(), [&](const Triple* t) {
    return has(triples, t->object.value, type, iri_term(term(vocab::vg, "Section")));
  });
  REQUIRE(section != derivations.end());
  CHECK(has(triples, (*section)->object.value, term(vocab::dcterms, "title"), literal_term("Afsnit 1")));
  CHECK(has(triples, (*section)->object.value, term(vocab::dcterms, "isPartOf"), iri_term(base + "source/src-a")));
}

TEST_CASE("curated links are told apart from stated ones by reified statements", "[rdf_triples]") {
  const auto triples = triples_of(hard_model());
  const std::string p1 = base + "project/p-1";
  const auto statement_for = [&](const std::string& predicate, const std::string& object) {
    std::vector<std::string> out;
    for (const auto& t : triples)
      if (t.predicate.value == term(vocab::rdf, "subject") && t.object.value == p1 &&
          has(triples, t.subject.value, term(vocab::rdf, "predicate"), iri_term(predicate)) &&
          has(triples, t.subject.value, term(vocab::rdf, "object"), iri_term(object)))
        out.push_back(t.subject.value);
    return out;
  };
  const auto partner = statement_for(term(vocab::vg, "partner"), base + "organisation/org-2");
  REQUIRE(partner.size() == 1);
  CHECK(has(triples, partner[0], term(vocab::vg, "basis"), iri_term(term(vocab::vg, "curated"))));
  CHECK(has(triples, partner[0], term(vocab::vg, "note"),
            literal_term("The editors derived it; \"why\"\nacross lines.")));
  CHECK(has(triples, p1, term(vocab::vg, "partner"), iri_term(base + "organisation/org-2")));

  const auto lead = statement_for(term(vocab::vg, "leadOrganisation"), base + "organisation/org-1");
  REQUIRE(lead.size() == 1);
  CHECK(has(triples, lead[0], term(vocab::vg, "basis"), iri_term(term(vocab::vg, "stated"))));

  // The same link from two sources: one statement deriving from both.
  const auto faces = statement_for(term(vocab::vg, "facesChallenge"), base + "challenge/ca-data");
  REQUIRE(faces.size() == 1);
  CHECK(has(triples, faces[0], term(vocab::prov, "wasDerivedFrom"), iri_term(base + "source/src-a")));
  CHECK(has(triples, faces[0], term(vocab::prov, "wasDerivedFrom"), iri_term(base + "source/src-b")));
}

TEST_CASE("each triple is in the named graph of its first source, dataset triples in the default graph",
          "[rdf_triples]") {
  const auto triples = triples_of(hard_model());
  std::set<std::string> graphs;
  for (const auto& t : triples)
    graphs.insert(t.graph);
  CHECK(graphs == std::set<std::string>{"", base + "source/src-a", base + "source/src-b"});
  for (const auto& t : triples)
    if (t.subject.value == base + "project/p-2" && t.predicate.value == term(vocab::vg, "label") &&
        t.object.language == "en")
      CHECK(t.graph == base + "source/src-b");
  for (const auto& t : triples)
    if (t.subject.value == dataset_iri(base)) CHECK(t.graph.empty());
}

TEST_CASE("the triples come in the same order on every run and --base moves every IRI", "[rdf_triples]") {
  const auto first = triples_of(hard_model());
  const auto second = triples_of(hard_model());
  REQUIRE(first.size() == second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].subject == second[i].subject);
    CHECK(first[i].predicate == second[i].predicate);
    CHECK(first[i].object == second[i].object);
    CHECK(first[i].graph == second[i].graph);
  }
  const auto moved = triples_of(hard_model(), RdfOptions{"http://other.example/x#"});
  CHECK(moved.size() == first.size());
  for (const auto& t : moved)
    if (t.subject.is_iri() && t.subject.value.starts_with("https://example.org/hard/")) FAIL(t.subject.value);
}

namespace {

/// What the whole walk gives about one resource, the way the site's documents used to be cut
/// from it: the triples whose subject, up to its '#', is `iri` (graph dropped).
std::vector<Triple> cut_from_walk(const std::vector<Triple>& all, const std::string& iri) {
  std::vector<Triple> out;
  for (const auto& t : all)
    if (t.subject.value.substr(0, t.subject.value.find('#')) == iri)
      out.push_back(Triple{t.subject, t.predicate, t.object, {}});
  return out;
}

/// The triples as comparable text: every field of every term, and the graph.
std::vector<std::string> keys(const std::vector<Triple>& triples) {
  std::vector<std::string> out;
  for (const auto& t : triples) {
    std::string key = t.graph;
    for (const Term* term : {&t.subject, &t.predicate, &t.object})
      key += '\x1e' + std::to_string(static_cast<int>(term->type)) + '\x1f' + term->value + '\x1f' + term->language +
             '\x1f' + term->datatype;
    out.push_back(std::move(key));
  }
  return out;
}

const Model& bundled_model() {
  static const Model model = load_dataset_or_throw(test::bundled_dataset());
  return model;
}

std::vector<Triple> entity_triples(const EntityTriples& triples, Vertex v) {
  std::vector<Triple> out;
  triples.for_each(v, [&](const Triple& t) { out.push_back(t); });
  return out;
}

} // namespace

TEST_CASE("one entity's triples are the whole walk's about it, in its order", "[rdf]") {
  for (const Model* model : {&hard_model(), &bundled_model()}) {
    const auto all = triples_of(*model);
    const EntityTriples triples(*model, {});
    std::size_t compared = 0;
    for (const auto v : model->sorted_entities()) {
      const auto own = entity_triples(triples, v);
      INFO(model->iri(v));
      CHECK(keys(own) == keys(cut_from_walk(all, model->iri(v))));
      CHECK_FALSE(own.empty());
      compared += own.size();
    }
    CHECK(compared > model->entity_count());
  }
}

TEST_CASE("a concept scheme's triples are its own and its members' inScheme and topConceptOf", "[rdf]") {
  const Model& model = bundled_model();
  const auto all = triples_of(model);
  const EntityTriples triples(model, {});
  const std::string in_scheme = term(vocab::skos, "inScheme");
  const std::string top_concept_of = term(vocab::skos, "topConceptOf");
  std::size_t schemes = 0;
  for (KindId k = 0; k < model.schema().kinds().size(); ++k) {
    const std::string iri = model.metadata().base + model.schema().kind(k).segment;
    std::vector<Triple> expected;
    for (const auto& t : all)
      if (t.subject.value == iri ||
          ((t.predicate.value == in_scheme || t.predicate.value == top_concept_of) && t.object.value == iri))
        expected.push_back(Triple{t.subject, t.predicate, t.object, {}});
    std::vector<Triple> got;
    triples.for_each_in_scheme(k, [&](const Triple& t) { got.push_back(t); });
    INFO(iri);
    CHECK(keys(got) == keys(expected));
    CHECK(triples.is_scheme(k) == !got.empty());
    schemes += triples.is_scheme(k) ? 1 : 0;
  }
  CHECK(schemes >= 2); // challenge areas and domains
}
