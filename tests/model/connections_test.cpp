// Challenge areas a project meets, stated or through organisations, cases and results, on the
// fixture tests/data/query/mini (its relations.csv is the reference for every expectation here).
#include "model/connections.hpp"
#include "model/dataset_loader.hpp"
#include "model/error.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace vidensgraf;

namespace {

const Model& mini() {
  static const Model model = load_dataset_or_throw(test::data_dir() / "query" / "mini");
  return model;
}

Vertex at(const char* id) {
  auto v = mini().find(id);
  REQUIRE(v);
  return *v;
}

/// "challenge basis path" per connection, for compact comparisons.
std::vector<std::string> describe(const std::vector<ChallengeConnection>& connections) {
  std::vector<std::string> out;
  for (const auto& c : connections)
    out.push_back(mini().entity(c.challenge).id + " " + std::string(basis_name(c.basis)) + " " +
                  path_to_string(mini(), c.path));
  return out;
}

} // namespace

TEST_CASE("a project meets the challenge areas of the cases its lead organisation owns", "[connections]") {
  // Københavns Kommune owns Kompetencecenter (Kompetencer) and Kodeks (Etik).
  CHECK(describe(challenges_of_project(mini(), at("kk-match"))) ==
        std::vector<std::string>{
            "etik inferred kk-match -leadOrganisation-> kk <-owner- kodeks -addressesChallenge-> etik",
            "kompetencer inferred kk-match -leadOrganisation-> kk <-owner- kompetencecenter "
            "-addressesChallenge-> kompetencer"});
}

TEST_CASE("stated challenge areas come with a one-step path, mixed with indirect ones in id order", "[connections]") {
  const auto found = challenges_of_project(mini(), at("kk-byg"));
  CHECK(describe(found) == std::vector<std::string>{
                               "etik inferred kk-byg -leadOrganisation-> kk <-owner- kodeks -addressesChallenge-> etik",
                               "jura stated kk-byg -facesChallenge-> jura",
                               "kompetencer inferred kk-byg -leadOrganisation-> kk <-owner- kompetencecenter "
                               "-addressesChallenge-> kompetencer"});
  REQUIRE(found[1].path.steps.size() == 1);
  CHECK(found[1].path.steps[0].direction == Direction::forward);
  CHECK(found[0].path.steps[1].direction == Direction::backward);
}

TEST_CASE("partners lend their organisation's challenge areas too, beside stated ones", "[connections]") {
  CHECK(describe(challenges_of_project(mini(), at("ok-besk"))) ==
        std::vector<std::string>{
            "etik stated ok-besk -facesChallenge-> etik",
            "etik inferred ok-besk -partner-> kk <-owner- kodeks -addressesChallenge-> etik",
            "kompetencer inferred ok-besk -partner-> kk <-owner- kompetencecenter -addressesChallenge-> kompetencer"});
}

TEST_CASE("a curated link anywhere on the path makes the connection curated", "[connections]") {
  CHECK(describe(challenges_of_project(mini(), at("aak-rehab"))) ==
        std::vector<std::string>{"etik curated aak-rehab <-concernsProject- etisk-retning -addressesChallenge-> etik"});
  CHECK(describe(challenges_of_project(mini(), at("rh-straale"))) ==
        std::vector<std::string>{
            "data curated rh-straale -facesChallenge-> data",
            "jura inferred rh-straale -leadOrganisation-> rh <-owner- anonymisering -addressesChallenge-> jura"});
}

TEST_CASE("the projects of a challenge area are the reverse, ordered by project id", "[connections]") {
  std::vector<std::string> projects;
  for (const auto& c : projects_of_challenge(mini(), at("etik")))
    projects.push_back(mini().entity(c.project).id + " " + std::string(basis_name(c.basis)));
  CHECK(projects == std::vector<std::string>{"aak-rehab curated", "kk-byg inferred", "kk-match inferred",
                                             "ok-besk stated", "ok-besk inferred"});
}

TEST_CASE("strongest_per_challenge keeps the best path per area", "[connections]") {
  CHECK(describe(strongest_per_challenge(challenges_of_project(mini(), at("ok-besk")))) ==
        std::vector<std::string>{
            "etik stated ok-besk -facesChallenge-> etik",
            "kompetencer inferred ok-besk -partner-> kk <-owner- kompetencecenter -addressesChallenge-> kompetencer"});
  std::vector<std::string> best;
  for (const auto& c : strongest_per_challenge(projects_of_challenge(mini(), at("etik"))))
    best.push_back(mini().entity(c.project).id + " " + std::string(basis_name(c.basis)));
  CHECK(best ==
        std::vector<std::string>{"aak-rehab curated", "kk-byg inferred", "kk-match inferred", "ok-besk stated"});
}

TEST_CASE("connections are asked of the right kinds of entity", "[connections]") {
  CHECK_THROWS_AS(challenges_of_project(mini(), at("kk")), UsageError);
  CHECK_THROWS_AS(projects_of_challenge(mini(), at("kk-byg")), UsageError);
}
