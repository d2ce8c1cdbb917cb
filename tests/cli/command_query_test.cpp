// vidensgraf query: formats and exit codes of the command line.
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using vidensgraf::test::run_vidensgraf;

namespace {
std::string mini() {
  return (vidensgraf::test::data_dir() / "query" / "mini").string();
}
} // namespace

TEST_CASE("query challenges prints JSON with the path of each connection", "[cli][query]") {
  const auto r = run_vidensgraf({"query", "challenges", "kk-match", "--format", "json", mini()});
  REQUIRE(r.exit_code == 0);
  const auto j = nlohmann::json::parse(r.out);
  REQUIRE(j["rows"].size() == 2);
  CHECK(j["rows"][0]["challenge"] == "etik");
  CHECK(j["rows"][0]["basis"] == "indirect");
  // Every step carries its basis and sources, with the section.
  CHECK(j["rows"][0]["path"]["steps"][0]["basis"] == "stated");
  CHECK(j["rows"][0]["path"]["steps"][0]["sources"][0]["id"] == "annonce");
  CHECK(j["rows"][0]["path"]["steps"][0]["sources"][0]["section"] == "Projekter i kommunerne");
  CHECK(j["rows"][0]["path"]["steps"].size() == 3);
}

TEST_CASE("query csv output has a header and one line per row", "[cli][query]") {
  const auto r = run_vidensgraf({"query", "projects", "kompetencer", "--format", "csv", mini()});
  REQUIRE(r.exit_code == 0);
  const std::string arrow = "\xE2\x86\x92 ", back = "\xE2\x86\x90 ";
  auto row = [&](const std::string& id, const std::string& label, const std::string& role) {
    return id + "," + label + ",indirect,\"organisation Københavns Kommune (" + role +
           "), case Kompetencecenter for kunstig intelligens\"," + id + " -" +
           (role == "partner" ? "partner" : "leadOrganisation") +
           "-> kk <-owner- kompetencecenter -addressesChallenge-> kompetencer," + label + " " + arrow + role +
           " [angivet: annonce] " + arrow + "Københavns Kommune " + back + "ejer [angivet: rapport] " + back +
           "Kompetencecenter for kunstig intelligens " + arrow + "handler om udfordring [angivet: rapport] " + arrow +
           "Kompetencer\n";
  };
  CHECK(r.out == "project,label,basis,through,via,path\n" +
                     row("kk-byg", "Kortere svartid på byggeansøgninger", "ledes af") +
                     row("kk-match", "Bedre match mellem ledige borgere og virksomheder", "ledes af") +
                     row("ok-besk", "Målrettede beskæftigelsesindsatser til ledige borgere", "partner"));
}

TEST_CASE("query takes --basis, --lang and --limit, and the table shows labels", "[cli][query]") {
  auto r = run_vidensgraf({"query", "challenges", "aak-rehab", "--lang", "en", mini()});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("Ethics") && Catch::Contains("concerns project [curated: rapport]"));
  CHECK_THAT(r.out, !Catch::Contains("aak-rehab <-concernsProject-"));
  r = run_vidensgraf({"query", "challenges", "aak-rehab", "--basis", "stated", "--lang", "en", mini()});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("(no rows)") &&
                        Catch::Contains("# no source links this project to a challenge area by stated relations only"));
  r = run_vidensgraf({"query", "neighbours", "kk", "--limit", "2", "--format", "csv", "--lang", "en", mini()});
  REQUIRE(r.exit_code == 0);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 3);
  CHECK_THAT(r.err, Catch::Contains("the first 2 of 6 rows; --limit 0 shows all"));
  r = run_vidensgraf({"query", "challenges", "aak-rehab", "--basis", "maybe", mini()});
  CHECK(r.exit_code == 2);
}

TEST_CASE("query matrix gives the strongest basis per project and area", "[cli][query]") {
  const auto r = run_vidensgraf({"query", "matrix", "--format", "csv", mini()});
  REQUIRE(r.exit_code == 0);
  // Columns: group, project, label, then the challenge areas by id; regional projects first.
  CHECK_THAT(r.out,
             Catch::StartsWith("group,project,label,data,etik,jura,kompetencer\n"
                               "Regionale projekter,rh-straale,Reduktion af stråledosis,curated,none,indirect,none\n"));
  CHECK_THAT(r.out, Catch::Contains(",kk-byg,Kortere svartid på byggeansøgninger,none,indirect,stated,indirect\n"));
  const auto table = run_vidensgraf({"query", "matrix", "--lang", "en", mini()});
  REQUIRE(table.exit_code == 0);
  CHECK_THAT(table.out, Catch::Contains("Municipal projects") && Catch::Contains("\xE2\x97\x8F stated by a source"));
}

TEST_CASE("query exits 2 for an ambiguous or unknown entity and a wrong kind", "[cli][query]") {
  auto r = run_vidensgraf({"query", "neighbours", "Etik", mini()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("challenge/etik") && Catch::Contains("domain/etik-domaene"));
  r = run_vidensgraf({"query", "path", "kk", "no-such-thing", mini()});
  CHECK(r.exit_code == 2);
  r = run_vidensgraf({"query", "challenges", "kk", mini()});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("not a Project"));
}

TEST_CASE("query central takes basis and lang like every query", "[cli][query]") {
  const auto any = run_vidensgraf({"query", "central", "--lang", "en", "--format", "csv", mini()});
  const auto stated =
      run_vidensgraf({"query", "central", "--basis", "stated", "--lang", "en", "--format", "csv", mini()});
  REQUIRE(any.exit_code == 0);
  REQUIRE(stated.exit_code == 0);
  CHECK_THAT(any.out, Catch::Contains("City of Copenhagen"));
  CHECK(any.out != stated.out); // the fixture's curated relations count in one and not the other
  CHECK_THAT(stated.err, Catch::Contains("stated relations only"));
  const auto curated = run_vidensgraf({"query", "central", "--basis", "curated", "--format", "csv", mini()});
  REQUIRE(curated.exit_code == 0);
  CHECK_THAT(curated.out, Catch::StartsWith("rank,centrality,kind,kind_label,id,label,stated_centrality\n"));
  const auto bad = run_vidensgraf({"query", "central", "--basis", "some", mini()});
  CHECK(bad.exit_code == 2);
}

TEST_CASE("query answers are byte-identical from run to run", "[cli][query]") {
  const auto a = run_vidensgraf({"query", "central", "--format", "csv", mini()});
  const auto b = run_vidensgraf({"query", "central", "--format", "csv", mini()});
  REQUIRE(a.exit_code == 0);
  CHECK(a.out == b.out);
}
