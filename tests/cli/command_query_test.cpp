// vidensgraf query: formats and exit codes of the command line.
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

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
  CHECK(j["rows"][0]["basis"] == "inferred");
  CHECK(j["rows"][0]["path"]["steps"].size() == 3);
}

TEST_CASE("query csv output has a header and one line per row", "[cli][query]") {
  const auto r = run_vidensgraf({"query", "projects", "kompetencer", "--format", "csv", mini()});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out == "project,label,basis,via\n"
                 "kk-byg,Kortere svartid på byggeansøgninger,inferred,kk-byg -leadOrganisation-> kk <-owner- "
                 "kompetencecenter -addressesChallenge-> kompetencer\n"
                 "kk-match,Bedre match mellem ledige borgere og virksomheder,inferred,kk-match -leadOrganisation-> kk "
                 "<-owner- kompetencecenter -addressesChallenge-> kompetencer\n"
                 "ok-besk,Målrettede beskæftigelsesindsatser til ledige borgere,inferred,ok-besk -partner-> kk "
                 "<-owner- kompetencecenter -addressesChallenge-> kompetencer\n");
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

TEST_CASE("query answers are byte-identical from run to run", "[cli][query]") {
  const auto a = run_vidensgraf({"query", "central", "--format", "csv", mini()});
  const auto b = run_vidensgraf({"query", "central", "--format", "csv", mini()});
  REQUIRE(a.exit_code == 0);
  CHECK(a.out == b.out);
}
