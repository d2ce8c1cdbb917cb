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
            "etik indirect kk-match -leadOrganisation-> kk <-owner- kodeks -addressesChallenge-> etik",
            "kompetencer indirect kk-match -leadOrganisation-> kk <-owner- kompetencecenter "
            "-addressesChallenge-> kompetencer"});
}

TEST_CASE("stated challenge areas come with a one-step path, mixed with indirect ones in id order", "[connections]") {
  const auto found = challenges_of_project(mini(), at("kk-byg"));
  CHECK(describe(found) == std::vector<std::string>{
                               "etik indirect kk-byg -leadOrganisation-> kk <-owner- kodeks -addressesChallenge-> etik",
                               "jura stated kk-byg -facesChallenge-> jura",
                               "kompetencer indirect kk-byg -leadOrganisation-> kk <-owner- kompetencecenter "
                               "-addressesChallenge-> kompetencer"});
  REQUIRE(found[1].path.steps.size() == 1);
  CHECK(found[1].path.steps[0].direction == Direction::forward);
  CHECK(found[0].path.steps[1].direction == Direction::backward);
}

TEST_CASE("partners lend their organisation's challenge areas too, beside stated ones", "[connections]") {
  CHECK(describe(challenges_of_project(mini(), at("ok-besk"))) ==
        std::vector<std::string>{
            "etik stated ok-besk -facesChallenge-> etik",
            "etik indirect ok-besk -partner-> kk <-owner- kodeks -addressesChallenge-> etik",
            "kompetencer indirect ok-besk -partner-> kk <-owner- kompetencecenter -addressesChallenge-> kompetencer"});
}

TEST_CASE("a curated facesChallenge is curated; a path through a curated relation is indirect with the step marked",
          "[connections]") {
  const auto rehab = challenges_of_project(mini(), at("aak-rehab"));
  CHECK(describe(rehab) == std::vector<std::string>{
                               "etik indirect aak-rehab <-concernsProject- etisk-retning -addressesChallenge-> etik"});
  REQUIRE(rehab.size() == 1);
  CHECK(rehab[0].path.steps[0].curated);
  CHECK_FALSE(rehab[0].path.steps[1].curated);
  CHECK(describe(challenges_of_project(mini(), at("rh-straale"))) ==
        std::vector<std::string>{
            "data curated rh-straale -facesChallenge-> data",
            "jura indirect rh-straale -leadOrganisation-> rh <-owner- anonymisering -addressesChallenge-> jura"});
}

TEST_CASE("the projects of a challenge area are the reverse, ordered by project id", "[connections]") {
  std::vector<std::string> projects;
  for (const auto& c : projects_of_challenge(mini(), at("etik")))
    projects.push_back(mini().entity(c.project).id + " " + std::string(basis_name(c.basis)));
  CHECK(projects == std::vector<std::string>{"aak-rehab indirect", "kk-byg indirect", "kk-match indirect",
                                             "ok-besk stated", "ok-besk indirect"});
}

TEST_CASE("strongest_per_challenge keeps the best path per area", "[connections]") {
  CHECK(describe(strongest_per_challenge(challenges_of_project(mini(), at("ok-besk")))) ==
        std::vector<std::string>{
            "etik stated ok-besk -facesChallenge-> etik",
            "kompetencer indirect ok-besk -partner-> kk <-owner- kompetencecenter -addressesChallenge-> kompetencer"});
  std::vector<std::string> best;
  for (const auto& c : strongest_per_challenge(projects_of_challenge(mini(), at("etik"))))
    best.push_back(mini().entity(c.project).id + " " + std::string(basis_name(c.basis)));
  CHECK(best ==
        std::vector<std::string>{"aak-rehab indirect", "kk-byg indirect", "kk-match indirect", "ok-besk stated"});
}

TEST_CASE("connections are asked of the right kinds of entity", "[connections]") {
  CHECK_THROWS_AS(challenges_of_project(mini(), at("kk")), UsageError);
  CHECK_THROWS_AS(projects_of_challenge(mini(), at("kk-byg")), UsageError);
}
