// The dataset description (export --what dataset, site dataset.*, publish): DCAT with a
// distribution per syntax and VoID statistics, validated with rdf-validate-shacl against the
// official DCAT-AP 3.0.1 shapes (the default record) and DCAT-AP-DK 2.0.2 shapes (the record of
// --profile dcat-ap-dk) in tests/data/standards/, and its download IRIs, sizes and checksums
// (SHA-256; SHA-1 in the DCAT-AP-DK record) checked against the files the site and publish write.
#include "support/rdf_fixture.hpp"
#include "support/rdf_tools.hpp"
#include "model/rdf/triples.hpp"
#include "model/dataset_loader.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace vidensgraf;
namespace fs = std::filesystem;

namespace {

const std::string bundled_base = "https://w3id.org/vidensgraf/signaturprojekter/";

fs::path standard(const std::string& name) {
  return test::data_dir() / "standards" / name;
}

/// The results of validating `data` against `shapes`, one "focus path [Severity]" per result,
/// sorted; the run must have worked (exit 0 or 1).
std::multiset<std::string> shacl_results(const fs::path& data, const fs::path& shapes) {
  const auto run = test::validate_shacl(data, shapes);
  INFO(run.out << run.err);
  REQUIRE((run.exit_code == 0 || run.exit_code == 1));
  std::multiset<std::string> out;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) {
    const auto colon = line.find(": ");
    const auto severity = line.rfind(" [");
    if (colon == std::string::npos || severity == std::string::npos || line.back() != ']') continue;
    out.insert(line.substr(0, colon) + line.substr(severity));
  }
  // A run that found results says so on its last line; one that conforms has none.
  CHECK((run.exit_code == 0) == out.empty());
  return out;
}

std::size_t count_severity(const std::multiset<std::string>& results, const std::string& severity) {
  return static_cast<std::size_t>(std::count_if(
      results.begin(), results.end(), [&](const std::string& r) { return r.ends_with("[" + severity + "]"); }));
}

fs::path export_description(const fs::path& dataset, const fs::path& out, std::vector<std::string> more = {}) {
  more.insert(more.begin(), {"--what", "dataset"});
  const auto run = test::export_to(dataset, "turtle", out, more);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return out;
}

std::string digest_of(const std::string& program, const fs::path& file) {
  const auto run = test::run_program({program, file.string()});
  REQUIRE(run.exit_code == 0);
  return run.out.substr(0, run.out.find(' '));
}

std::string sha256_of(const fs::path& file) {
  return digest_of("sha256sum", file);
}

std::string sha1_of(const fs::path& file) {
  return digest_of("sha1sum", file);
}

const std::vector<std::string> dk_profile = {"--profile", "dcat-ap-dk"};

} // namespace

TEST_CASE("the dataset description is DCAT with a distribution per syntax and VoID statistics",
          "[dataset_description]") {
  const auto dir = test::work_dir("dataset_description");
  test::write_hard_dataset(dir / "in", false);
  REQUIRE(test::export_to(dir / "in", "turtle", dir / "dataset.ttl", {"--what", "dataset"}).exit_code == 0);
  const auto file = dir / "dataset.ttl";
  REQUIRE(test::rapper_count(file, "turtle"));
  const std::string d = "https://example.org/hard/dataset";
  const auto values = [&](const std::string& p) {
    return nlohmann::json::parse(test::rdflib_values(file, "turtle", d, p));
  };
  std::size_t triples = 0;
  const Model model = load_dataset_or_throw(dir / "in");
  for_each_triple(model, {}, [&](const Triple&) { ++triples; });
  CHECK(values("http://rdfs.org/ns/void#triples")[0][0] == std::to_string(triples));
  CHECK(values("http://purl.org/dc/terms/title").dump() == R"([["Hard strings","en",""],["Svære tegn","da",""]])");
  CHECK(values("http://purl.org/dc/terms/issued").dump() ==
        R"([["2026-11-01","","http://www.w3.org/2001/XMLSchema#date"]])");
  CHECK(values("http://purl.org/dc/terms/modified")[0][0] == "2026-11-22");
  const auto ttl = test::read_file(file);
  for (const char* media : {"text/turtle", "application/n-triples", "application/n-quads", "application/rdf+xml",
                            "application/rdf+json", "application/ld+json"})
    CHECK(ttl.find(std::string("<https://www.iana.org/assignments/media-types/") + media + ">") != std::string::npos);
  CHECK(ttl.find("dcterms:license <https://creativecommons.org/licenses/by/4.0/>") != std::string::npos);
  CHECK(ttl.find("void:exampleResource") != std::string::npos);
  CHECK(ttl.find("void:vocabulary <") != std::string::npos);
  CHECK(ttl.find("<http://www.w3.org/2004/02/skos/core#>") != std::string::npos);
  CHECK(ttl.find("a void:Dataset, dcat:Dataset ;") != std::string::npos);
  CHECK(ttl.find("a dcat:Distribution ;") != std::string::npos);
  // Languages by the EU table's IRIs, not as literals; a catalogue that lists the dataset.
  CHECK(ttl.find("<http://publications.europa.eu/resource/authority/language/DAN>") != std::string::npos);
  CHECK(ttl.find("\"da\"^^xsd:language") == std::string::npos);
  CHECK(ttl.find("a dcat:Catalog ;") != std::string::npos);
  // Every class and property partition counts what the data export holds.
  std::map<std::string, std::size_t> per_property;
  for_each_triple(model, {}, [&](const Triple& t) { ++per_property[t.predicate.value]; });
  const auto label_partition = nlohmann::json::parse(
      test::rdflib_values(file, "turtle", d + "#property-rdfs-label", "http://rdfs.org/ns/void#triples"));
  REQUIRE(label_partition.size() == 1);
  CHECK(label_partition[0][0] == std::to_string(per_property.at("http://www.w3.org/2000/01/rdf-schema#label")));
}

TEST_CASE("every text of the bundled dataset's description that a portal shows is in Danish and in English",
          "[dataset_description]") {
  // Each subject's language-tagged values of one property (titles, descriptions, names, keywords
  // of the catalogue, the dataset, its distributions, the service, the sources) come as a pair.
  static const std::regex tagged(R"(^(\S+) (\S+) "(?:[^"\\]|\\.)*"@([A-Za-z-]+) \.$)");
  for (const auto& profile : {std::vector<std::string>{}, dk_profile}) {
    const auto dir = test::work_dir("dataset_description_languages");
    std::vector<std::string> args = {"--what", "dataset"};
    args.insert(args.end(), profile.begin(), profile.end());
    const auto run = test::export_to(test::bundled_dataset(), "ntriples", dir / "dataset.nt", args);
    REQUIRE(run.exit_code == 0);
    std::istringstream lines(test::read_file(dir / "dataset.nt"));
    std::map<std::string, std::set<std::string>> languages; // "subject predicate" -> languages
    for (std::string line; std::getline(lines, line);) {
      std::smatch m;
      if (std::regex_match(line, m, tagged)) languages[m[1].str() + " " + m[2].str()].insert(m[3].str());
    }
    CHECK(languages.size() > 20);
    for (const auto& [where, tags] : languages) {
      INFO(where);
      CHECK(tags == std::set<std::string>{"da", "en"});
    }
  }
}

TEST_CASE("the bundled dataset's description passes the DCAT-AP 3.0.1 shapes, and DCAT-AP-DK 2.0.2 reports of it only "
          "where the profiles disagree",
          "[dataset_description][shacl]") {
  if (!test::node_ready()) return;
  const auto dir = test::work_dir("dataset_description_shacl");
  const auto file =
      export_description(test::bundled_dataset(), dir / "dataset.ttl", {"--sparql-endpoint", bundled_base + "sparql"});
  const std::string d = bundled_base + "dataset";

  CHECK(shacl_results(file, standard("dcat-ap-3.0.1-SHACL.ttl")).empty());
  CHECK(shacl_results(file, standard("dcat-ap-3.0.1-ranges.ttl")).empty());

  // Controlled vocabularies: no violation; the publisher (the vidensgraf project) is not an EU
  // corporate body, which the shapes report as a warning wherever it is named.
  const auto vocabularies = shacl_results(file, standard("dcat-ap-3.0.1-mdr-vocabularies.ttl"));
  CHECK(count_severity(vocabularies, "Violation") == 0);
  CHECK(vocabularies == std::multiset<std::string>{
                            d + "#catalog http://purl.org/dc/terms/publisher [Warning]",
                            d + " http://purl.org/dc/terms/publisher [Warning]",
                            d + "#sparql-service http://purl.org/dc/terms/publisher [Warning]",
                        });

  // Recommended: only the geometry of Denmark, which the data does not hold.
  const std::string denmark = "http://publications.europa.eu/resource/authority/country/DNK";
  CHECK(shacl_results(file, standard("dcat-ap-3.0.1-recommended.ttl")) ==
        std::multiset<std::string>{denmark + " http://www.w3.org/ns/dcat#bbox [Warning]",
                                   denmark + " http://www.w3.org/ns/dcat#centroid [Warning]"});

  // DCAT-AP-DK 2.0.2 follows DCAT-AP 2: where it contradicts DCAT-AP 3.0.1 (the checksum
  // algorithm, the byte size's datatype, the language and availability IRIs) the description
  // follows DCAT-AP 3.0.1, and these are the violations that remain; nothing else.
  std::multiset<std::string> danish_expected;
  // One result per language (DAN, ENG); on the dataset DCAT-AP-DK reports them as [Info] only.
  danish_expected.insert({d + "#catalog http://purl.org/dc/terms/language [Violation]",
                          d + "#catalog http://purl.org/dc/terms/language [Violation]"});
  for (const char* name : {"turtle", "ntriples", "nquads", "rdfxml", "rdfjson", "jsonld"}) {
    danish_expected.insert(d + "#checksum-" + name + " http://spdx.org/rdf/terms#algorithm [Violation]");
    danish_expected.insert(d + "#distribution-" + name + " http://www.w3.org/ns/dcat#byteSize [Violation]");
    danish_expected.insert(d + "#distribution-" + name + " http://data.europa.eu/r5r/availability [Violation]");
  }
  const auto danish = shacl_results(file, standard("dcat-ap-dk-2.0.2-shapes.ttl"));
  std::multiset<std::string> danish_violations;
  for (const auto& r : danish)
    if (r.ends_with("[Violation]")) danish_violations.insert(r);
  CHECK(danish_violations == danish_expected);
}

TEST_CASE("a generated dataset's description passes the DCAT-AP 3.0.1 mandatory, ranges and vocabulary shapes",
          "[dataset_description][shacl]") {
  if (!test::node_ready()) return;
  const auto dir = test::work_dir("dataset_description_generated");
  const auto generated = test::run_vidensgraf({"generate", "--entities", "300", "--seed", "7", (dir / "in").string()});
  INFO(generated.err);
  REQUIRE(generated.exit_code == 0);
  const auto file = export_description(dir / "in", dir / "dataset.ttl");
  CHECK(shacl_results(file, standard("dcat-ap-3.0.1-SHACL.ttl")).empty());
  CHECK(shacl_results(file, standard("dcat-ap-3.0.1-ranges.ttl")).empty());
  CHECK(count_severity(shacl_results(file, standard("dcat-ap-3.0.1-mdr-vocabularies.ttl")), "Violation") == 0);
}

TEST_CASE("the DCAT-AP-DK variant of the bundled dataset's description conforms to the DCAT-AP-DK 2.0.2 shapes",
          "[dataset_description][shacl]") {
  if (!test::node_ready()) return;
  const auto dir = test::work_dir("dataset_description_shacl_dk");
  std::vector<std::string> more = dk_profile;
  more.insert(more.end(), {"--sparql-endpoint", bundled_base + "sparql"});
  const auto file = export_description(test::bundled_dataset(), dir / "dataset.dcat-ap-dk.ttl", more);
  // Not even the information results DCAT-AP-DK gives for the dataset's languages.
  CHECK(shacl_results(file, standard("dcat-ap-dk-2.0.2-shapes.ttl")).empty());
  // What DCAT-AP-DK wants where the profiles disagree, and nothing of DCAT-AP 3.0.1 there instead.
  const auto ttl = test::read_file(file);
  CHECK(ttl.find("<http://spdx.org/rdf/terms#checksumAlgorithm_sha1>") != std::string::npos);
  CHECK(ttl.find("checksumAlgorithm_sha256") == std::string::npos);
  CHECK(ttl.find("<http://data.europa.eu/r5r/availability/stable>") != std::string::npos);
  CHECK(ttl.find("planned-availability") == std::string::npos);
  CHECK(ttl.find("<http://publications.europa.eu/resource/dataset/language/DAN>") != std::string::npos);
  CHECK(ttl.find("resource/authority/language/") == std::string::npos);
  CHECK(ttl.find("nonNegativeInteger") == std::string::npos);

  // Against DCAT-AP 3.0.1 this record fails exactly where the profiles contradict each other (the
  // README's table): the byte size's datatype, the checksum algorithm and the availability table.
  const std::string d = bundled_base + "dataset";
  std::multiset<std::string> byte_sizes;
  std::multiset<std::string> vocabularies{d + "#catalog http://purl.org/dc/terms/publisher [Warning]",
                                          d + " http://purl.org/dc/terms/publisher [Warning]",
                                          d + "#sparql-service http://purl.org/dc/terms/publisher [Warning]"};
  for (const char* name : {"turtle", "ntriples", "nquads", "rdfxml", "rdfjson", "jsonld"}) {
    byte_sizes.insert(d + "#distribution-" + name + " http://www.w3.org/ns/dcat#byteSize [Violation]");
    vocabularies.insert(d + "#checksum-" + name + " http://spdx.org/rdf/terms#algorithm [Violation]");
    vocabularies.insert(d + "#distribution-" + name + " http://data.europa.eu/r5r/availability [Violation]");
  }
  CHECK(shacl_results(file, standard("dcat-ap-3.0.1-SHACL.ttl")) == byte_sizes);
  CHECK(shacl_results(file, standard("dcat-ap-3.0.1-ranges.ttl")) == byte_sizes);
  CHECK(shacl_results(file, standard("dcat-ap-3.0.1-mdr-vocabularies.ttl")) == vocabularies);
  CHECK(count_severity(shacl_results(file, standard("dcat-ap-3.0.1-recommended.ttl")), "Violation") == 0);
}

TEST_CASE("the DCAT-AP-DK variant of a generated dataset's description conforms to the DCAT-AP-DK 2.0.2 shapes",
          "[dataset_description][shacl]") {
  if (!test::node_ready()) return;
  const auto dir = test::work_dir("dataset_description_generated_dk");
  const auto generated = test::run_vidensgraf({"generate", "--entities", "300", "--seed", "7", (dir / "in").string()});
  INFO(generated.err);
  REQUIRE(generated.exit_code == 0);
  const auto file = export_description(dir / "in", dir / "dataset.dcat-ap-dk.ttl", dk_profile);
  CHECK(shacl_results(file, standard("dcat-ap-dk-2.0.2-shapes.ttl")).empty());
}

TEST_CASE("the DCAT-AP-DK variant differs from the default description only where the profiles disagree",
          "[dataset_description]") {
  const auto dir = test::work_dir("dataset_description_profiles");
  const auto ap = export_description(test::bundled_dataset(), dir / "dataset.ttl");
  const auto dk = export_description(test::bundled_dataset(), dir / "dataset.dcat-ap-dk.ttl", dk_profile);
  const auto plain = export_description(test::bundled_dataset(), dir / "plain.ttl", {"--profile", "dcat-ap"});
  CHECK(test::read_file(plain) == test::read_file(ap));
  // The same files with the same sizes; each record's checksum is its own digest of the same bytes.
  const auto ap_dumps = nlohmann::json::parse(test::rdflib_dumps(ap, "turtle"));
  const auto dk_dumps = nlohmann::json::parse(test::rdflib_dumps(dk, "turtle"));
  REQUIRE(ap_dumps.size() == 6);
  REQUIRE(dk_dumps.size() == ap_dumps.size());
  for (std::size_t i = 0; i < ap_dumps.size(); ++i) {
    CHECK(dk_dumps[i][0] == ap_dumps[i][0]);
    CHECK(dk_dumps[i][1][0].get<std::string>() == ap_dumps[i][1][0].get<std::string>() + ".0");
    CHECK(dk_dumps[i][2][0].get<std::string>().size() == 40);
    CHECK(ap_dumps[i][2][0].get<std::string>().size() == 64);
  }
}

TEST_CASE("the description names every source document with its own publishers, as a related resource of the dataset",
          "[dataset_description]") {
  const auto dir = test::work_dir("dataset_description_sources");
  const Model model = load_dataset_or_throw(test::bundled_dataset());
  for (const auto* profile : {"dcat-ap", "dcat-ap-dk"}) {
    INFO(profile);
    const auto file = dir / (std::string(profile) + ".nt");
    const auto run =
        test::export_to(test::bundled_dataset(), "ntriples", file, {"--what", "dataset", "--profile", profile});
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const auto nt = test::read_file(file);
    const std::string d = "<" + bundled_base + "dataset>";
    for (const auto v : model.entities_of_kind(model.schema().require_kind("Source"))) {
      const std::string source = "<" + model.iri(v, bundled_base) + ">";
      INFO(source);
      CHECK(nt.find(d + " <http://purl.org/dc/terms/relation> " + source + " .") != std::string::npos);
      CHECK(nt.find(source +
                    " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Document> .") !=
            std::string::npos);
    }
    // The bodies behind a source are its publishers, not the dataset's; no dct:source, which both
    // profiles reserve for a dcat:Dataset.
    CHECK(nt.find("<" + bundled_base + "source/temperaturmaaling> <http://purl.org/dc/terms/publisher> <" +
                  bundled_base + "organisation/digitaliseringsstyrelsen> .") != std::string::npos);
    CHECK(nt.find(d + " <http://purl.org/dc/terms/publisher> <" + bundled_base + "dataset#publisher> .") !=
          std::string::npos);
    CHECK(nt.find("<http://purl.org/dc/terms/source>") == std::string::npos);
  }
}

TEST_CASE("every download IRI of the description is a file of the site and of publish, with its size and SHA-256",
          "[dataset_description][slow]") {
  const auto dir = test::work_dir("dataset_description_downloads");
  const auto described = export_description(test::bundled_dataset(), dir / "dataset.ttl");
  const auto site = test::run_vidensgraf({"site", "--no-diagrams", "-o", (dir / "site").string()});
  INFO(site.err);
  REQUIRE(site.exit_code == 0);
  const auto publish = test::run_vidensgraf({"publish", "-o", (dir / "publish").string()});
  INFO(publish.err);
  REQUIRE(publish.exit_code == 0);

  const std::string dumps = test::rdflib_dumps(described, "turtle");
  const auto list = nlohmann::json::parse(dumps);
  REQUIRE(list.size() == 6);
  for (const auto& dump : list) {
    const std::string url = dump[0];
    INFO(url);
    REQUIRE(url.starts_with(bundled_base));
    const std::string path = url.substr(bundled_base.size());
    REQUIRE(dump[1].size() == 1);
    REQUIRE(dump[2].size() == 1);
    for (const auto& folder : {dir / "site", dir / "publish"}) {
      const auto f = folder / path;
      INFO(f);
      REQUIRE(fs::is_regular_file(f));
      CHECK(std::to_string(fs::file_size(f)) == dump[1][0].get<std::string>());
      CHECK(sha256_of(f) == dump[2][0].get<std::string>());
    }
  }
  // The DCAT-AP-DK records of the site and publish name the same files with their SHA-1.
  for (const auto& folder : {dir / "site", dir / "publish"}) {
    const auto dk = nlohmann::json::parse(test::rdflib_dumps(folder / "dataset.dcat-ap-dk.ttl", "turtle"));
    REQUIRE(dk.size() == 6);
    for (const auto& dump : dk) {
      const std::string url = dump[0];
      INFO(url);
      REQUIRE(url.starts_with(bundled_base));
      const auto f = folder / url.substr(bundled_base.size());
      REQUIRE(fs::is_regular_file(f));
      CHECK(std::to_string(fs::file_size(f)) + ".0" == dump[1][0].get<std::string>());
      CHECK(sha1_of(f) == dump[2][0].get<std::string>());
    }
    for (const auto& [name, format] :
         std::vector<std::pair<std::string, std::string>>{{"dataset.dcat-ap-dk.nt", "nt"},
                                                          {"dataset.dcat-ap-dk.jsonld", "json-ld"},
                                                          {"dataset.dcat-ap-dk.rdf", "xml"}})
      CHECK(test::rdflib_dumps(folder / name, format) ==
            test::rdflib_dumps(folder / "dataset.dcat-ap-dk.ttl", "turtle"));
  }
  // The site's and publish's own descriptions, in every syntax they write, say the same.
  for (const auto& [file, format] :
       std::vector<std::pair<fs::path, std::string>>{{dir / "site" / "dataset.ttl", "turtle"},
                                                     {dir / "site" / "dataset.nt", "nt"},
                                                     {dir / "site" / "dataset.jsonld", "json-ld"},
                                                     {dir / "site" / "dataset.rdf", "xml"},
                                                     {dir / "publish" / "dataset.ttl", "turtle"},
                                                     {dir / "publish" / "dataset.rdf", "xml"}}) {
    INFO(file);
    CHECK(test::rdflib_dumps(file, format) == dumps);
  }
}
