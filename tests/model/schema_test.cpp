#include "model/error.hpp"
#include "model/schema.hpp"

#include <catch2/catch.hpp>

using namespace vidensgraf;

TEST_CASE("the built-in schema has the kinds and relations of the ontology", "[schema]") {
  const Schema& schema = Schema::builtin();
  for (const char* kind : {"Project", "Organisation", "ChallengeArea", "Case", "Tool", "Advice", "Source"})
    CHECK(schema.find_kind(kind));
  const auto lead = schema.find_relation("leadOrganisation");
  REQUIRE(lead);
  const auto& def = schema.relation(*lead);
  CHECK(def.functional);
  CHECK(def.allows_subject(*schema.find_kind("Project")));
  CHECK_FALSE(def.allows_subject(*schema.find_kind("Organisation")));
  CHECK(def.allows_object(*schema.find_kind("Organisation")));
}

TEST_CASE("a union domain in the ontology allows each of its classes", "[schema]") {
  const Schema& schema = Schema::builtin();
  const auto& addresses = schema.relation(*schema.find_relation("addressesChallenge"));
  for (const char* kind : {"Case", "Tool", "Advice"})
    CHECK(addresses.allows_subject(*schema.find_kind(kind)));
  CHECK_FALSE(addresses.allows_subject(*schema.find_kind("Project")));
}

TEST_CASE("every class, relation and attribute has a Danish and an English label", "[schema]") {
  const Schema& schema = Schema::builtin();
  for (const auto& k : schema.kinds()) {
    INFO(k.name);
    CHECK(k.labels.all().size() == 2);
  }
  for (const auto& r : schema.relations()) {
    INFO(r.name);
    CHECK(r.labels.all().size() == 2);
  }
  for (const auto& a : schema.attributes()) {
    INFO(a.name);
    CHECK(a.labels.all().size() == 2);
  }
}

TEST_CASE("an ontology that breaks the conventions is refused with a message", "[schema]") {
  const std::string broken = "@prefix vg: <https://w3id.org/vidensgraf/ontology#> .\n"
                             "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                             "vg:Thing a owl:Class .\n";
  CHECK_THROWS_WITH(Schema::parse(broken, "broken.ttl"), Catch::Contains("vg:csvTable"));
  CHECK_THROWS_AS(Schema::parse("this is not turtle", "bad.ttl"), InputError);
}
