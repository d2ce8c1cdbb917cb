// Input that Raptor 2.0.15 overruns its heap on (a language tag over 255 characters, in every
// syntax and through Rasqal's CONSTRUCT) is refused before the library sees it. The inputs are
// the kept ones in tests/data/fuzz/; without the guard each one made valgrind report an invalid
// write in raptor_new_term_from_counted_literal and `vidensgraf import` abort.
#include "model/rdf/raptor_guard.hpp"
#include "fuzz/fuzz_targets.hpp"
#include "model/rdf/import.hpp"
#include "model/values.hpp"
#include "sparql/sparql.hpp"
#include "model/dataset_loader.hpp"
#include "model/error.hpp"
#include "server/linked_data_server.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

using namespace vidensgraf;
using namespace vidensgraf::test;
namespace fs = std::filesystem;

namespace {

const auto& fuzz_split = vidensgraf::fuzz::split_dataset;

std::string tag(std::size_t length) {
  std::string t = "en-";
  while (t.size() < length)
    t += 'x';
  return t;
}

/// The diagnostics of importing `file` as `syntax`, as one text.
std::string import_messages(const fs::path& file, const std::string& syntax) {
  Diagnostics diagnostics;
  (void)import_rdf(file, syntax, diagnostics);
  std::string all;
  for (const auto& d : diagnostics.all())
    all += d.where.file + ":" + std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " + d.message +
           "\n";
  return all;
}

} // namespace

TEST_CASE("An over-long language tag is refused in every RDF syntax before Raptor parses it", "[raptor_guard]") {
  const fs::path kept = data_dir() / "fuzz" / "rdf_import";
  const std::vector<std::pair<std::string, std::string>> files{{"long-language-tag.ttl", "turtle"},
                                                               {"long-language-tag.nt", "ntriples"},
                                                               {"long-language-tag.nq", "nquads"},
                                                               {"long-language-tag.rdf", "rdfxml"},
                                                               {"long-language-tag.rj", "json"}};
  for (const auto& [name, syntax] : files) {
    INFO(name);
    CHECK_THAT(import_messages(kept / name, syntax), Catch::Contains("longer than 255 characters"));
  }
  // With its place: line 2 of the Turtle file, at the '@'.
  CHECK_THAT(import_messages(kept / "long-language-tag.ttl", "turtle"), Catch::Contains("long-language-tag.ttl:2:19:"));
  // An entity could hide a long tag from a scan of the text: refused as such.
  CHECK_THAT(import_messages(kept / "long-language-tag-entity.rdf", "rdfxml"), Catch::Contains("entity"));
}

TEST_CASE("Language tags Raptor can hold pass the guard", "[raptor_guard]") {
  const std::string t = tag(max_language_tag_length);
  CHECK_FALSE(raptor_unsafe_input("<http://a/s> <http://a/p> \"x\"@" + t + " .", "ntriples"));
  CHECK(raptor_unsafe_input("<http://a/s> <http://a/p> \"x\"@" + tag(max_language_tag_length + 1) + " .", "ntriples"));
  CHECK_FALSE(raptor_unsafe_input("<?xml version=\"1.0\" encoding=\"UTF-8\"?><r xml:lang = 'da'/>", "rdfxml"));
  CHECK_FALSE(
      raptor_unsafe_input(R"({"http://a/s":{"http://a/p":[{"type":"literal","value":"x","lang":"da"}]}})", "json"));
  // Raptor parses a 255-character tag correctly: the guard lets it through and the triple keeps it.
  const fs::path file = work_dir("raptor_guard") / "tag255.nt";
  write_file(file, "<http://a/s> <http://a/p> \"x\"@" + t + " .\n");
  CHECK_THAT(import_messages(file, "ntriples"), !Catch::Contains("longer than 255"));
}

TEST_CASE("RDF/XML the guard cannot scan is refused", "[raptor_guard]") {
  CHECK(raptor_unsafe_input(std::string("\xFF\xFE<\0r\0", 6), "rdfxml"));
  CHECK(raptor_unsafe_input("<?xml version=\"1.0\" encoding=\"UTF-16\"?><r/>", "rdfxml"));
  CHECK(raptor_unsafe_input("<!DOCTYPE r [<!ATTLIST r xml:lang CDATA \"da\">]><r/>", "rdfxml"));
  CHECK(raptor_unsafe_input("<r xml:lang=\"&#100;a\"/>", "rdfxml"));
  CHECK(raptor_unsafe_input("{ not json", "json"));
}

TEST_CASE("A dataset's language tags are limited to what Raptor can hold", "[raptor_guard]") {
  CHECK_FALSE(check_language_tag("en-GB-oxendict"));
  std::string long_tag = "en";
  while (long_tag.size() <= max_language_tag_length)
    long_tag += "-abcdefgh";
  CHECK_THAT(check_language_tag(long_tag).value_or(""), Catch::Contains("longer than 255"));
  // The kept CSV-harness input declares such a language in dataset.toml: the loader refuses it.
  const fs::path dir = work_dir("raptor_guard_dataset");
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& f : fuzz_split(read_file(data_dir() / "fuzz" / "csv_dataset" / "long-language-tag.txt")))
    write_file(dir / f.name, f.content);
  Diagnostics diagnostics;
  (void)load_dataset(dir, diagnostics);
  bool refused = false;
  for (const auto& d : diagnostics.all())
    refused = refused || d.message.find("longer than 255") != std::string::npos;
  CHECK(refused);
}

TEST_CASE("SPARQL that would hand Raptor an over-long language tag is refused", "[raptor_guard][sparql]") {
  const Model model = load_dataset_or_throw(data_dir() / "valid-small");
  const SparqlEngine engine(model);
  const auto error_of = [&](const std::string& query) {
    try {
      (void)engine.run(query, {});
    } catch (const InputError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK_THAT(error_of(read_file(data_dir() / "fuzz" / "sparql" / "construct-long-language-tag.rq")),
             Catch::Contains("query:1:") && Catch::Contains("longer than 255"));
  CHECK_THAT(error_of(read_file(data_dir() / "fuzz" / "sparql" / "construct-strlang.rq")), Catch::Contains("STRLANG"));
  // STRLANG in a SELECT never reaches Raptor: it runs.
  CHECK_THAT(engine.run("SELECT ?l WHERE { BIND(STRLANG(\"x\", \"da\") AS ?l) }", {}), Catch::Contains("\"da\""));
}

TEST_CASE("The server answers 400 to such a SPARQL request", "[raptor_guard][serve]") {
  ServerOptions options;
  options.site.diagrams = false;
  LinkedDataServer server(load_dataset_or_throw(data_dir() / "site"), options);
  for (const char* name : {"construct-strlang.http", "construct-long-language-tag.http"}) {
    INFO(name);
    const std::string response = server.answer_raw(read_file(data_dir() / "fuzz" / "http" / name));
    CHECK(response.starts_with("HTTP/1.1 400"));
  }
}
