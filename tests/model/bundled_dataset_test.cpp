// The bundled dataset, data/signaturprojekter, against what the issue and the seed documents
// say it holds: 15 projects (8 regional, 7 municipal), 7 challenge areas, 10 pieces of advice,
// one lead organisation per project, and a source on every entity, value and relation.
#include "model/dataset_loader.hpp"
#include "support/test_support.hpp"

#include <boost/range/iterator_range.hpp>
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace vidensgraf;

namespace {

/// The bundled dataset, loaded once for all the tests in this file.
const Model& bundled() {
  static Diagnostics diagnostics;
  static const Model model = load_dataset(test::bundled_dataset(), diagnostics);
  return model;
}

std::size_t count_of_kind(const Model& model, std::string_view kind) {
  return model.entities_of_kind(model.schema().require_kind(kind)).size();
}

} // namespace

TEST_CASE("the bundled dataset is valid without errors", "[bundled]") {
  Diagnostics diagnostics;
  const Model model = load_dataset(test::bundled_dataset(), diagnostics);
  std::string listed;
  for (const auto& d : diagnostics.all())
    listed += format_diagnostic(d) + "\n";
  INFO(listed);
  CHECK(diagnostics.ok());
  CHECK(diagnostics.error_count() == 0);
  CHECK(model.metadata().id == "signaturprojekter");
}

TEST_CASE("the bundled dataset has 15 projects, 7 challenge areas and 10 pieces of advice", "[bundled]") {
  CHECK(count_of_kind(bundled(), "Project") == 15);
  CHECK(count_of_kind(bundled(), "ChallengeArea") == 7);
  CHECK(count_of_kind(bundled(), "Advice") == 10);
}

TEST_CASE("8 bundled projects are regional and 7 municipal", "[bundled]") {
  const Model& m = bundled();
  const auto sector = m.schema().require_attribute("sector");
  std::size_t regional = 0, municipal = 0;
  for (auto v : m.entities_of_kind(m.schema().require_kind("Project"))) {
    std::vector<std::string> values;
    for (const auto& value : m.entity(v).values)
      if (value.attribute == sector) values.push_back(value.value);
    INFO(m.entity(v).id);
    REQUIRE(values.size() == 1);
    regional += values[0] == "regional";
    municipal += values[0] == "municipal";
  }
  CHECK(regional == 8);
  CHECK(municipal == 7);
}

TEST_CASE("every bundled project has exactly one lead organisation", "[bundled]") {
  const Model& m = bundled();
  const auto lead = m.schema().require_relation("leadOrganisation");
  const auto organisation = m.schema().require_kind("Organisation");
  for (auto v : m.entities_of_kind(m.schema().require_kind("Project"))) {
    std::size_t leads = 0;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, m.graph())))
      if (m.relation(e).kind == lead) {
        ++leads;
        CHECK(m.entity(boost::target(e, m.graph())).kind == organisation);
      }
    INFO(m.entity(v).id);
    CHECK(leads == 1);
  }
}

TEST_CASE("every bundled entity, value and relation cites at least one source", "[bundled]") {
  const Model& m = bundled();
  const auto source_kind = m.schema().require_kind("Source");
  const auto cites_sources = [&](ProvenanceId id) {
    const auto& p = m.provenance(id);
    if (p.citations.empty()) return false;
    return std::all_of(p.citations.begin(), p.citations.end(),
                       [&](const Citation& c) { return m.entity(c.source).kind == source_kind; });
  };
  for (auto v : boost::make_iterator_range(boost::vertices(m.graph()))) {
    INFO(m.entity(v).id);
    CHECK(cites_sources(m.entity(v).provenance));
    for (const auto& value : m.entity(v).values)
      CHECK(cites_sources(value.provenance));
  }
  for (auto e : boost::make_iterator_range(boost::edges(m.graph()))) {
    INFO(m.entity(boost::source(e, m.graph())).id << " -> " << m.entity(boost::target(e, m.graph())).id);
    CHECK(cites_sources(m.relation(e).provenance));
  }
}

TEST_CASE("every curated relation in the bundled dataset says why in a note", "[bundled]") {
  const Model& m = bundled();
  std::size_t curated = 0;
  for (auto e : boost::make_iterator_range(boost::edges(m.graph()))) {
    if (!m.relation(e).curated) continue;
    ++curated;
    INFO(m.entity(boost::source(e, m.graph())).id << " " << m.schema().relation(m.relation(e).kind).name << " "
                                                  << m.entity(boost::target(e, m.graph())).id);
    CHECK_FALSE(m.provenance(m.relation(e).provenance).note.empty());
  }
  CHECK(curated > 0); // the documents leave links to be derived (tools and cases to challenge areas)
}

TEST_CASE("the KOL trial keeps both 200 and 'op til 300' participants", "[bundled]") {
  const Model& m = bundled();
  const auto participants = m.schema().require_attribute("participants");
  std::vector<std::string> values;
  for (auto v : m.entities_of_kind(m.schema().require_kind("Result")))
    for (const auto& value : m.entity(v).values)
      if (value.attribute == participants) values.push_back(value.value);
  CHECK(std::count(values.begin(), values.end(), "200") == 1);
  CHECK(std::count(values.begin(), values.end(), "op til 300") == 1);
}

namespace {

/// The relations of one kind from `subject`, as "object-id basis source/section ..." strings.
std::vector<std::string> links(const Model& m, std::string_view subject, std::string_view relation) {
  std::vector<std::string> out;
  const auto kind = m.schema().require_relation(relation);
  for (auto e : boost::make_iterator_range(boost::out_edges(*m.find(subject), m.graph()))) {
    if (m.relation(e).kind != kind) continue;
    std::string text = m.entity(boost::target(e, m.graph())).id + (m.relation(e).curated ? " curated" : " stated");
    for (const auto& c : m.provenance(m.relation(e).provenance).citations)
      text += " " + m.entity(c.source).id + "/" + c.section;
    out.push_back(text);
  }
  std::sort(out.begin(), out.end());
  return out;
}

} // namespace

TEST_CASE("every bundled fact from the two documents names the section it comes from", "[bundled]") {
  // The report and the announcement have section headings; the web pages of secondary-facts.md do not.
  const Model& m = bundled();
  auto check = [&](ProvenanceId id, const std::string& what) {
    for (const auto& c : m.provenance(id).citations) {
      const auto& source = m.entity(c.source).id;
      INFO(what << " cites " << source);
      if (source == "temperaturmaaling" || source == "annoncering") CHECK_FALSE(c.section.empty());
    }
  };
  for (auto e : boost::make_iterator_range(boost::edges(m.graph())))
    check(m.relation(e).provenance,
          m.entity(boost::source(e, m.graph())).id + " -> " + m.entity(boost::target(e, m.graph())).id);
  for (auto v : boost::make_iterator_range(boost::vertices(m.graph()))) {
    check(m.entity(v).provenance, m.entity(v).id);
    for (const auto& value : m.entity(v).values)
      check(value.provenance, m.entity(v).id + " " + value.value);
  }
}

TEST_CASE("the announcement's focus on law and ethics is the programme's, not fifteen projects'", "[bundled]") {
  // Announcement, "Fokus på sikkerhed og etik": "Som led i projekterne vil der derfor være fokus på
  // både juridiske og etiske afklaringer af relevante problemstillinger."
  const Model& m = bundled();
  CHECK(links(m, "foerste-runde", "emphasises") ==
        std::vector<std::string>{"etik stated annoncering/Fokus på sikkerhed og etik",
                                 "jura stated annoncering/Fokus på sikkerhed og etik"});
  // A project links to an area only where a sentence ties it, or its only organisation, to one.
  std::size_t direct = 0;
  const auto faces = m.schema().require_relation("facesChallenge");
  for (auto e : boost::make_iterator_range(boost::edges(m.graph()))) {
    if (m.relation(e).kind != faces) continue;
    ++direct;
    const auto& note = m.provenance(m.relation(e).provenance).note;
    INFO(m.entity(boost::source(e, m.graph())).id << ": " << note);
    CHECK(m.relation(e).curated);
    CHECK(std::count(note.begin(), note.end(), '\'') >= 2); // quotes its ground
  }
  CHECK(direct == 2);
  CHECK(links(m, "rehabilitering-aalborg", "facesChallenge").size() == 1);
  CHECK(links(m, "beskaeftigelse-odense", "facesChallenge").size() == 1);
}

TEST_CASE("the smaller defects of the first read are fixed as the sources say", "[bundled]") {
  const Model& m = bundled();
  // The 67 mio. kr. of the first round: two news pages (secondary-facts.md).
  const auto grant = m.schema().require_attribute("grant");
  std::vector<std::string> sources;
  for (const auto& value : m.entity(*m.find("foerste-runde")).values)
    if (value.attribute == grant)
      for (const auto& c : m.provenance(value.provenance).citations)
        sources.push_back(m.entity(c.source).id);
  CHECK(std::count(sources.begin(), sources.end(), "regionsyddanmark-2019-10") == 1);
  CHECK(std::count(sources.begin(), sources.end(), "ism-2019-10") == 1);
  // Folketinget: the FAKTA box's "Regeringen vil søge om Folketingets tilslutning".
  CHECK(links(m, "foerste-runde", "approvalSoughtFrom").size() == 1);
  // The Fødevarestyrelsen case's owner is the editors' choice between the two bodies the table names.
  CHECK(links(m, "forankring-af-dataejerskab", "owner") ==
        std::vector<std::string>{"foedevarestyrelsen curated temperaturmaaling/Udvalgte værktøjer, cases og rapporter "
                                 "om brugen af kunstig intelligens"});
  // No text supports "Undgå teknologifiksering -> Organisering", nor good partners -> Leverandører.
  CHECK(links(m, "raad-08-teknologifiksering", "addressesChallenge").empty());
  CHECK(links(m, "raad-10-samarbejdspartnere", "addressesChallenge") ==
        std::vector<std::string>{"organisering stated temperaturmaaling/De igangværende signaturprojekter giver efter "
                                 "et års arbejde, deres erfaringer og gode råd videre til nye projekter"});
  // The Norddjurs pilot in Danish too, and the report's method in its description.
  const auto description = m.schema().require_attribute("description");
  CHECK_THAT(std::string(m.text(*m.find("mails-norddjurs"), description, "da")), Catch::Contains("Favrskov"));
  bool method = false;
  for (const auto& value : m.entity(*m.find("temperaturmaaling")).values)
    method |= value.attribute == description && value.value.find("15 interviews") != std::string::npos;
  CHECK(method);
}
