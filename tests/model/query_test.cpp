// Graph queries on the fixture tests/data/query/mini and on the bundled dataset. Expectations on
// the bundled dataset come from the source documents in ../shared/seeds (quoted beside each).
#include "model/dataset_loader.hpp"
#include "model/error.hpp"
#include "model/query/entity_resolver.hpp"
#include "model/query/queries.hpp"
#include "model/query/query_output.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

using namespace vidensgraf;

namespace {

const Model& mini() {
  static const Model model = load_dataset_or_throw(test::data_dir() / "query" / "mini");
  return model;
}

const Model& bundled() {
  static const Model model = load_dataset_or_throw(test::bundled_dataset());
  return model;
}

std::vector<std::string> column(const QueryResult& r, const std::string& name) {
  std::size_t i = 0;
  while (i < r.columns.size() && r.columns[i].name != name)
    ++i;
  REQUIRE(i < r.columns.size());
  std::vector<std::string> out;
  for (const auto& row : r.rows)
    out.push_back(row[i]);
  return out;
}

} // namespace

TEST_CASE("entities are named by id, segment/id or an unambiguous label in any case", "[query]") {
  const Model& m = mini();
  CHECK(m.entity(resolve_entity(m, "kk")).id == "kk");
  CHECK(m.entity(resolve_entity(m, "tool/juridisk-vaerktoejskasse")).id == "juridisk-vaerktoejskasse");
  CHECK(m.entity(resolve_entity(m, "københavns kommune")).id == "kk");
  CHECK(m.entity(resolve_entity(m, "CITY OF COPENHAGEN")).id == "kk");
}

TEST_CASE("an ambiguous label lists the candidates and an unknown name suggests close ones", "[query]") {
  const Model& m = mini();
  try {
    resolve_entity(m, "Etik");
    FAIL("no error");
  } catch (const UsageError& e) {
    CHECK_THAT(e.what(), Catch::Contains("challenge/etik") && Catch::Contains("domain/etik-domaene"));
  }
  try {
    resolve_entity(m, "kodeksx");
    FAIL("no error");
  } catch (const UsageError& e) {
    CHECK_THAT(e.what(), Catch::Contains("did you mean") && Catch::Contains("case/kodeks"));
  }
  CHECK_THROWS_AS(resolve_entity(m, "zzzzzzzzzzzz"), UsageError);
}

TEST_CASE("neighbours are found in both directions up to the depth, optionally along one relation", "[query]") {
  const Model& m = mini();
  const auto one = query_neighbours(m, resolve_entity(m, "kk"), 1);
  // kk: lead of kk-byg and kk-match, partner of ok-besk, owner of kodeks and kompetencecenter, hvidbog's achiever.
  CHECK(column(one, "id") ==
        std::vector<std::string>{"kk-byg", "kk-match", "ok-besk", "kodeks", "kompetencecenter", "hvidbog"});
  const auto two = query_neighbours(m, resolve_entity(m, "kk"), 2);
  CHECK(column(two, "id").size() == 10); // + ok, etik, jura, kompetencer
  const auto partners = query_neighbours(m, resolve_entity(m, "kk"), 3, "partner");
  CHECK(column(partners, "id") == std::vector<std::string>{"ok-besk"});
  CHECK_THROWS_AS(query_neighbours(m, resolve_entity(m, "kk"), 1, "nosuchrelation"), UsageError);
}

TEST_CASE("path gives the shortest connection with every step's relation and direction", "[query]") {
  const Model& m = mini();
  const auto r = query_path(m, resolve_entity(m, "kk-match"), resolve_entity(m, "juridisk-vaerktoejskasse"));
  CHECK(column(r, "relation") ==
        std::vector<std::string>{"leadOrganisation", "leadOrganisation", "facesChallenge", "addressesChallenge"});
  CHECK(column(r, "direction") == std::vector<std::string>{"forward", "backward", "forward", "backward"});
  CHECK(column(r, "to") == std::vector<std::string>{"kk", "kk-byg", "jura", "juridisk-vaerktoejskasse"});
  const auto none = query_path(m, resolve_entity(m, "kk"), resolve_entity(m, "etik-domaene"));
  CHECK(none.rows.empty());
  CHECK_THAT(none.notes.at(0), Catch::Contains("not connected"));
}

TEST_CASE("recommend ranks items for the project's areas and leaves out its own", "[query]") {
  const Model& m = mini();
  // kk-byg: Jura stated (weight 3), Etik and Kompetencer inferred (1). Anonymisering and the
  // værktøjskasse address Jura by stated links: 3*2 = 6; etisk-retning addresses Etik: 1*2 = 2.
  // kodeks and kompetencecenter are Københavns Kommune's own and are left out.
  const auto r = query_recommend(m, resolve_entity(m, "kk-byg"));
  CHECK(column(r, "id") == std::vector<std::string>{"anonymisering", "juridisk-vaerktoejskasse", "etisk-retning"});
  CHECK(column(r, "score") == std::vector<std::string>{"6", "6", "2"});
  // rh-straale: Data curated (2): raad-data addresses it by a curated link, 2*1.
  const auto data = query_recommend(m, resolve_entity(m, "rh-straale"));
  CHECK(column(data, "id") == std::vector<std::string>{"juridisk-vaerktoejskasse", "raad-data"});
  CHECK(column(data, "score") == std::vector<std::string>{"2", "2"});
}

TEST_CASE("similar scores shared organisations and challenge areas", "[query]") {
  const Model& m = mini();
  const auto r = query_similar(m, resolve_entity(m, "kk-match"));
  // kk-byg: same lead (3) + etik, kompetencer indirect (1 + 1) = 5; ok-besk: kk as partner (2)
  // + etik, kompetencer (1 + 1) = 4; aak-rehab: etik (1).
  CHECK(column(r, "project") == std::vector<std::string>{"kk-byg", "ok-besk", "aak-rehab"});
  CHECK(column(r, "score") == std::vector<std::string>{"5", "4", "1"});
}

TEST_CASE("central refuses models above the limit and ranks the hub first", "[query]") {
  const Model& m = mini();
  CHECK_THROWS_AS(query_central(m, 5, 10), UsageError);
  const auto r = query_central(m, 3, central_default_max_entities);
  CHECK(r.rows.size() == 3);
  CHECK(column(r, "id").front() == "kk");
}

TEST_CASE("query answers are written as table, CSV and JSON with the path's steps", "[query]") {
  const Model& m = mini();
  const auto r = query_neighbours(m, resolve_entity(m, "kodeks"), 1);
  std::ostringstream csv, json, table;
  write_query_csv(csv, r);
  CHECK(csv.str() == "depth,kind,id,label,via\n"
                     "1,Organisation,kk,Københavns Kommune,kodeks -owner-> kk\n"
                     "1,ChallengeArea,etik,Etik,kodeks -addressesChallenge-> etik\n");
  write_query_json(json, m, r);
  const auto j = nlohmann::json::parse(json.str());
  CHECK(j["rows"][0]["depth"] == 1);
  CHECK(j["rows"][0]["path"]["steps"][0]["relation"] == "owner");
  CHECK(j["rows"][0]["path"]["steps"][0]["direction"] == "forward");
  write_query_table(table, r);
  CHECK_THAT(table.str(), Catch::StartsWith("depth  kind"));
}

TEST_CASE("on the bundled dataset, Københavns Kommune's projects meet Kompetencer and Etik through its cases",
          "[query][bundled]") {
  // Report, "Find inspiration": "Københavns Kommune har udarbejdet et etisk kodeks og oprettet et
  // kompetencecenter"; its table lists Kompetencecenter under Kompetencer and Kodeks under Etik.
  // The announcement lists two projects led by Københavns Kommune.
  const Model& m = bundled();
  for (const char* project : {"match-koebenhavn", "byggeansoegninger-koebenhavn"}) {
    std::set<std::string> via_cases;
    for (const auto& row : query_challenges(m, resolve_entity(m, project)).rows)
      if (row[2] == "inferred") via_cases.insert(row[0] + " " + row[3]);
    CHECK(via_cases.count(std::string("kompetencer ") + project +
                          " -leadOrganisation-> koebenhavns-kommune <-owner- kompetencecenter "
                          "-addressesChallenge-> kompetencer"));
    CHECK(via_cases.count(std::string("etik ") + project +
                          " -leadOrganisation-> koebenhavns-kommune <-owner- kodeks -addressesChallenge-> etik"));
  }
}

TEST_CASE("on the bundled dataset, a project reaches the legal toolbox through Jura", "[query][bundled]") {
  // Report: "KL har udviklet en juridisk værktøjskasse", listed under Jura. No relation joins a
  // project to a tool directly, so a shortest path has at least two steps; through Jura it has two.
  const Model& m = bundled();
  const auto tool = resolve_entity(m, "Juridisk værktøjskasse");
  const auto r = query_path(m, resolve_entity(m, "byggeansoegninger-koebenhavn"), tool);
  REQUIRE(r.rows.size() == 2);
  CHECK(column(r, "to") == std::vector<std::string>{"jura", "juridisk-vaerktoejskasse"});
  CHECK(column(r, "relation") == std::vector<std::string>{"facesChallenge", "addressesChallenge"});
}

TEST_CASE("on the bundled dataset, the projects of Kompetencer include all of Københavns Kommune's",
          "[query][bundled]") {
  const Model& m = bundled();
  std::set<std::string> projects;
  for (const auto& row : query_projects(m, resolve_entity(m, "kompetencer")).rows)
    projects.insert(row[0]);
  CHECK(projects.count("match-koebenhavn"));
  CHECK(projects.count("byggeansoegninger-koebenhavn"));
  CHECK(projects.count("beskaeftigelse-odense")); // Københavns Kommune is its partner (kl.dk)
}
