// The export of the small fixtures, byte for byte: tests/data/golden/{valid-small,tiny}.{ttl,nt}
// were written by `vidensgraf export` and read back by rapper (236 and 161 triples). A change to
// what the model says in RDF, or to how it is written, shows here as a diff to review; when the
// change is meant, write the files again with the commands in tests/data/golden/README.md.
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace vidensgraf;

TEST_CASE("the small fixtures export byte for byte as their golden Turtle and N-Triples files", "[rdf][golden]") {
  const std::pair<const char*, const char*> fixtures[] = {{"valid-small", "valid-small"}, {"diagram/tiny", "tiny"}};
  for (const auto& [fixture, golden] : fixtures)
    for (const char* format : {"turtle", "ntriples"}) {
      INFO(fixture << " " << format);
      const auto run = test::run_vidensgraf({"export", "--format", format, (test::data_dir() / fixture).string()});
      REQUIRE(run.exit_code == 0);
      const std::string expected = test::read_file(
          test::data_dir() / "golden" / (std::string(golden) + (format == std::string("turtle") ? ".ttl" : ".nt")));
      REQUIRE(expected.size() > 1000); // the golden file is there and whole
      CHECK(run.out == expected);
    }
}
