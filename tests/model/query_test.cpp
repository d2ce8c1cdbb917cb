// Graph queries on the fixture tests/data/query/mini and on the bundled dataset. Expectations on
// the bundled dataset come from its source documents (data/signaturprojekter/sources.csv names
// them; the words are quoted beside each).
#include "model/dataset_loader.hpp"
#include "model/error.hpp"
#include "model/query/entity_resolver.hpp"
#include "model/query/queries.hpp"
#include "model/query/query_output.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
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
  CHECK(none.notes.at(0) == "'kk' og 'etik-domaene' er ikke forbundet"); // in the dataset's language, Danish
  const auto en =
      query_path(m, resolve_entity(m, "kk"), resolve_entity(m, "etik-domaene"), QuerySettings{BasisFilter::any, "en"});
  CHECK(en.notes.at(0) == "'kk' and 'etik-domaene' are not connected");
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
  CHECK(csv.str() ==
        "depth,kind,kind_label,id,label,via,path\n"
        "1,Organisation,organisation,kk,Københavns Kommune,kodeks -owner-> kk,"
        "Kodeks for kunstig intelligens \xE2\x86\x92 ejer [angivet: rapport] \xE2\x86\x92 Københavns Kommune\n"
        "1,ChallengeArea,udfordringsområde,etik,Etik,kodeks -addressesChallenge-> etik,"
        "Kodeks for kunstig intelligens \xE2\x86\x92 handler om udfordring [angivet: rapport] "
        "\xE2\x86\x92 Etik\n");
  write_query_json(json, m, r);
  const auto j = nlohmann::json::parse(json.str());
  CHECK(j["rows"][0]["depth"] == 1);
  CHECK(j["rows"][0]["path"]["steps"][0]["relation"] == "owner");
  CHECK(j["rows"][0]["path"]["steps"][0]["direction"] == "forward");
  write_query_table(table, r);
  CHECK_THAT(table.str(), Catch::StartsWith("depth  kind"));
}

TEST_CASE("a table with no rows says so in the result's language", "[query][output]") {
  for (const auto& [lang, words] : {std::pair{"da", "(ingen rækker)"}, std::pair{"en", "(no rows)"}}) {
    QueryResult r;
    r.language = lang;
    r.columns.push_back(QueryColumn{"id"});
    std::ostringstream table;
    write_query_table(table, r);
    CHECK_THAT(table.str(), Catch::Contains(words));
  }
}

TEST_CASE("on the bundled dataset, Københavns Kommune's projects meet Kompetencer and Etik through its cases",
          "[query][bundled]") {
  // Report, "Find inspiration": "Københavns Kommune har udarbejdet et etisk kodeks og oprettet et
  // kompetencecenter"; its table lists Kompetencecenter under Kompetencer and Kodeks under Etik.
  // The announcement lists two projects led by Københavns Kommune.
  const Model& m = bundled();
  for (const char* project : {"match-koebenhavn", "byggeansoegninger-koebenhavn"}) {
    std::set<std::string> via_cases;
    const auto r = query_challenges(m, resolve_entity(m, project), QuerySettings{BasisFilter::any, "en", 0});
    const auto bases = column(r, "basis");
    const auto challenges = column(r, "challenge");
    const auto via = column(r, "via");
    for (std::size_t i = 0; i < r.rows.size(); ++i)
      if (bases[i] == "indirect") via_cases.insert(challenges[i] + " " + via[i]);
    CHECK(via_cases.count(std::string("kompetencer ") + project +
                          " -leadOrganisation-> koebenhavns-kommune <-owner- kompetencecenter "
                          "-addressesChallenge-> kompetencer"));
    CHECK(via_cases.count(std::string("etik ") + project +
                          " -leadOrganisation-> koebenhavns-kommune <-owner- kodeks -addressesChallenge-> etik"));
    // Its challenge areas come through the organisation only: the report does not say which
    // of the two projects the code of conduct and the competence centre belong to.
    CHECK(std::count(bases.begin(), bases.end(), "stated") == 0);
  }
}

TEST_CASE("on the bundled dataset, the Aalborg project reaches Etik through the case on its ethical direction",
          "[query][bundled]") {
  // Report, "Find inspiration": "hvordan de etiske overvejelser i Aalborg Kommune har påvirket
  // projektet"; the table lists "Etisk retning for projektet" under Etik.
  const Model& m = bundled();
  const auto r =
      query_challenges(m, resolve_entity(m, "rehabilitering-aalborg"), QuerySettings{BasisFilter::any, "da", 0});
  const auto via = column(r, "via");
  CHECK(std::count(via.begin(), via.end(),
                   "rehabilitering-aalborg <-concernsProject- etisk-retning -addressesChallenge-> etik") == 1);
  // The case's link to the project is an editor's reading: with --basis stated the path is gone.
  const auto stated =
      query_challenges(m, resolve_entity(m, "rehabilitering-aalborg"), QuerySettings{BasisFilter::stated, "da", 0});
  for (const auto& p : stated.paths) {
    REQUIRE(p);
    CHECK_FALSE(p->any_curated());
  }
  for (const auto& v : column(stated, "via"))
    CHECK(v.find("concernsProject") == std::string::npos);
}

TEST_CASE("on the bundled dataset, the white paper reaches Københavns Kommune and never one of its projects",
          "[query][bundled]") {
  // Report: "I Københavns Kommune er man ved, at lægge sidste hånd på en hvidbog"; it does not say
  // which of the municipality's two projects.
  const Model& m = bundled();
  const auto r =
      query_neighbours(m, resolve_entity(m, "hvidbog-koebenhavn"), 1, {}, QuerySettings{BasisFilter::any, "en", 0});
  const auto ids = column(r, "id");
  CHECK(std::count(ids.begin(), ids.end(), "koebenhavns-kommune") == 1);
  for (const char* project : {"match-koebenhavn", "byggeansoegninger-koebenhavn"})
    CHECK(std::count(ids.begin(), ids.end(), project) == 0);
}

TEST_CASE("on the bundled dataset, no challenge area is linked directly to every project", "[query][bundled]") {
  // The announcement's "fokus på både juridiske og etiske afklaringer" is about the programme:
  // it is the programme's relation, and a note, never fifteen project links.
  const Model& m = bundled();
  const auto projects = m.entities_of_kind(m.schema().require_kind("Project"));
  for (Vertex area : m.entities_of_kind(m.schema().require_kind("ChallengeArea"))) {
    const auto r = query_projects(m, area, QuerySettings{BasisFilter::any, "en", 0});
    std::set<std::string> direct;
    const auto bases = column(r, "basis");
    const auto ids = column(r, "project");
    for (std::size_t i = 0; i < r.rows.size(); ++i)
      if (bases[i] != "indirect") direct.insert(ids[i]);
    CHECK(direct.size() < projects.size());
  }
  const auto jura = query_projects(m, resolve_entity(m, "jura"), QuerySettings{BasisFilter::any, "en", 0});
  bool programme_note = false;
  for (const auto& note : jura.notes)
    programme_note |=
        note.find("emphasises") != std::string::npos && note.find("not about any one") != std::string::npos;
  CHECK(programme_note);
}

TEST_CASE("on the bundled dataset, a project with no link to a challenge area says so", "[query][bundled]") {
  // Nothing in either document ties MedCom's project, or MedCom, to a challenge area.
  const Model& m = bundled();
  const auto r = query_challenges(m, resolve_entity(m, "almen-praksis-medcom"));
  CHECK(r.rows.empty());
  REQUIRE_FALSE(r.notes.empty());
  CHECK(r.notes.front() == "ingen kilde forbinder projektet med et udfordringsområde");
}

TEST_CASE("path lists every shortest path, each step with its label, basis and sources", "[query][bundled]") {
  const Model& m = bundled();
  const auto r = query_path(m, resolve_entity(m, "match-koebenhavn"), resolve_entity(m, "byggeansoegninger-koebenhavn"),
                            QuerySettings{BasisFilter::any, "en", 0});
  // The announcement gives both the same fund, the same lead organisation (Københavns Kommune)
  // and the same programme: three paths of two steps, in relation-name order.
  CHECK(column(r, "path") == std::vector<std::string>{"1", "1", "2", "2", "3", "3"});
  CHECK(column(r, "relation") ==
        std::vector<std::string>{"fundedBy", "fundedBy", "leadOrganisation", "leadOrganisation", "partOf", "partOf"});
  CHECK(column(r, "relation_label")[2] == "lead organisation");
  CHECK(column(r, "to")[2] == "koebenhavns-kommune");
  for (const auto& b : column(r, "basis"))
    CHECK(b == "stated");
  for (const auto& s : column(r, "sources"))
    CHECK(s == "annoncering");
  // Two projects of one domain in two ways at least: every path is listed up to the limit.
  const auto many = query_path(m, resolve_entity(m, "kol-region-nord"), resolve_entity(m, "prostatacancer-ouh"),
                               QuerySettings{BasisFilter::any, "en", 2});
  const auto numbers = column(many, "path");
  REQUIRE_FALSE(numbers.empty());
  CHECK(numbers.back() == "2");
  CHECK_THAT(many.notes.front(), Catch::StartsWith("the first 2 of "));
}

TEST_CASE("answers with basis stated use no curated step", "[query][bundled]") {
  const Model& m = bundled();
  const QuerySettings stated{BasisFilter::stated, "en", 0};
  for (Vertex p : m.entities_of_kind(m.schema().require_kind("Project"))) {
    for (const auto& path : query_challenges(m, p, stated).paths)
      CHECK_FALSE(path->any_curated());
    for (const auto& b : column(query_path(m, p, resolve_entity(m, "jura"), stated), "basis"))
      CHECK(b == "stated");
  }
  const QuerySettings curated{BasisFilter::curated, "en", 0};
  for (const auto& path : query_projects(m, resolve_entity(m, "etik"), curated).paths)
    CHECK(path->any_curated());
}

TEST_CASE("the matrix's cells equal what query challenges says for each project", "[query][bundled]") {
  const Model& m = bundled();
  for (const auto basis : {BasisFilter::any, BasisFilter::stated, BasisFilter::curated}) {
    const auto matrix = challenge_matrix(m, basis, MatrixGrouping::sector, "en");
    REQUIRE(matrix.rows.size() == 15);
    for (const auto& row : matrix.rows) {
      const auto r = query_challenges(m, row.project, QuerySettings{basis, "en", 0});
      const auto ids = column(r, "challenge");
      const auto bases = column(r, "basis");
      for (std::size_t i = 0; i < matrix.challenges.size(); ++i) {
        const auto& id = m.entity(matrix.challenges[i]).id;
        // query challenges groups by basis, strongest first: the first row of the area is the cell.
        const auto at = std::find(ids.begin(), ids.end(), id);
        const std::string expected = at == ids.end() ? "none" : bases[static_cast<std::size_t>(at - ids.begin())];
        CHECK(std::string(cell_basis_name(row.cells[i])) == expected);
      }
    }
  }
}

TEST_CASE("similar explains each score and shows equal scores as ties", "[query][bundled]") {
  const Model& m = bundled();
  const auto r = query_similar(m, resolve_entity(m, "match-koebenhavn"), QuerySettings{BasisFilter::any, "en", 0});
  REQUIRE(r.rows.size() >= 2);
  // First, tied at 5: the other project Københavns Kommune leads (same lead +3, Etik and
  // Kompetencer through its cases +1 +1) and Odense's, with Københavns Kommune as partner (+2),
  // the same domain (+1) and the same two areas.
  const auto ids = column(r, "project");
  const auto shared = column(r, "shared");
  REQUIRE(ids.size() >= 2);
  CHECK(std::vector<std::string>(ids.begin(), ids.begin() + 2) ==
        std::vector<std::string>{"beskaeftigelse-odense", "byggeansoegninger-koebenhavn"});
  CHECK(column(r, "score")[0] == "5");
  CHECK(column(r, "rank")[1] == "1");
  CHECK(column(r, "tie")[1] == "tie");
  CHECK_THAT(shared[1], Catch::Contains("City of Copenhagen (lead organisation / lead organisation) +3"));
  CHECK_THAT(shared[0], Catch::Contains("City of Copenhagen (lead organisation / partner) +2") &&
                            Catch::Contains("domain Social affairs and employment +1"));
  const auto ranks = column(r, "rank");
  const auto ties = column(r, "tie");
  const auto scores = column(r, "score");
  for (std::size_t i = 1; i < scores.size(); ++i)
    if (scores[i] == scores[i - 1]) {
      CHECK(ranks[i] == ranks[i - 1]);
      CHECK(ties[i] == "tie");
    }
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
