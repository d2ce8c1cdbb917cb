#include "exporters/dataset_description.hpp"

#include "exporters/rdf_format.hpp"
#include "exporters/rdf_vocabulary.hpp"

#include <set>

namespace vidensgraf {

using vocab::term;

void for_each_description_triple(const Model& model, const RdfOptions& options,
                                 const std::function<void(const Triple&)>& sink) {
  const std::string base = effective_base(model, options);
  const Term d = iri_term(dataset_iri(base));
  const auto emit = [&](const Term& s, std::string_view ns, std::string_view local, Term o) {
    sink(Triple{s, iri_term(term(ns, local)), std::move(o), {}});
  };
  for_each_metadata_triple(model, options, sink);

  // VoID statistics of the data export, and the vocabularies its predicates and classes come from.
  std::size_t count = 0;
  std::set<std::string> vocabularies;
  const auto note_vocabulary = [&](const std::string& iri) {
    for (const auto& [prefix, ns] : vocab::prefixes)
      if (iri.starts_with(ns)) vocabularies.emplace(ns);
  };
  for_each_triple(model, options, [&](const Triple& t) {
    ++count;
    note_vocabulary(t.predicate.value);
    if (t.predicate.value == term(vocab::rdf, "type")) note_vocabulary(t.object.value);
  });
  emit(d, vocab::void_, "triples", literal_term(std::to_string(count), {}, term(vocab::xsd, "integer")));
  emit(d, vocab::void_, "entities",
       literal_term(std::to_string(model.entity_count()), {}, term(vocab::xsd, "integer")));
  for (const auto& v : vocabularies)
    emit(d, vocab::void_, "vocabulary", iri_term(v));
  // One example resource per kind: its first entity by id.
  for (KindId k = 0; k < model.schema().kinds().size(); ++k) {
    const auto entities = model.entities_of_kind(k);
    if (!entities.empty()) emit(d, vocab::void_, "exampleResource", iri_term(model.iri(entities.front(), base)));
  }
  emit(d, vocab::dcterms, "conformsTo", iri_term("https://w3id.org/vidensgraf/ontology"));

  for (const auto& f : rdf_formats) {
    const Term dist = iri_term(dataset_iri(base) + "#distribution-" + std::string(f.name));
    emit(d, vocab::dcat, "distribution", dist);
    emit(dist, vocab::rdf, "type", iri_term(term(vocab::dcat, "Distribution")));
    emit(dist, vocab::dcterms, "title", literal_term(std::string(f.title) + " (" + std::string(f.extension) + ")"));
    emit(dist, vocab::dcat, "mediaType",
         iri_term("https://www.iana.org/assignments/media-types/" + std::string(f.media_type)));
    emit(dist, vocab::dcat, "accessURL", d);
    if (!model.metadata().licence.empty()) emit(dist, vocab::dcterms, "license", iri_term(model.metadata().licence));
  }
}

} // namespace vidensgraf
