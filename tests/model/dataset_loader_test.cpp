// The loader on the fixture datasets in tests/data: valid-small (read into the expected model),
// valid-bom-crlf (accepted), and one folder per validation error under tests/data/invalid/.
// Expected positions were counted by hand in the fixture files.
#include "model/dataset_loader.hpp"
#include "model/error.hpp"
#include "model/metadata_catalogue.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>

using namespace vidensgraf;
namespace fs = std::filesystem;

namespace {

/// A loaded dataset and what the loader reported.
struct Loaded {
  Diagnostics diagnostics;
  Model model;
};

Loaded load(const fs::path& dir) {
  Loaded l;
  l.model = load_dataset(dir, l.diagnostics);
  return l;
}

fs::path invalid_case(const std::string& name) {
  return test::data_dir() / "invalid" / name;
}

std::string all_diagnostics(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics.all())
    out += format_diagnostic(d) + "\n";
  return out;
}

/// True when an error reads "FILE:LINE[:COLUMN]: error: ..." and its message contains `fragment`.
bool has_error(const Diagnostics& diagnostics, const fs::path& file, std::uint32_t line, std::uint32_t column,
               const std::string& fragment) {
  std::string prefix = file.string();
  if (line > 0) prefix += ":" + std::to_string(line);
  if (column > 0) prefix += ":" + std::to_string(column);
  prefix += ": error: ";
  return std::any_of(diagnostics.all().begin(), diagnostics.all().end(), [&](const Diagnostic& d) {
    const auto text = format_diagnostic(d);
    return text.rfind(prefix, 0) == 0 && text.find(fragment, prefix.size()) != std::string::npos;
  });
}

/// Loads one broken case and checks it has exactly `errors` errors.
Diagnostics load_case(const std::string& name, std::size_t errors) {
  auto l = load(invalid_case(name));
  INFO(all_diagnostics(l.diagnostics));
  CHECK_FALSE(l.diagnostics.ok());
  CHECK(l.diagnostics.error_count() == errors);
  return std::move(l.diagnostics);
}

#define CHECK_ERROR(diagnostics, file, line, column, fragment)                                                         \
  do {                                                                                                                 \
    INFO(all_diagnostics(diagnostics));                                                                                \
    CHECK(has_error(diagnostics, file, line, column, fragment));                                                       \
  } while (false)

Vertex require_entity(const Model& model, std::string_view id) {
  const auto v = model.find(id);
  INFO(id);
  REQUIRE(v);
  return *v;
}

/// The edges of one relation kind from s to o.
std::vector<Edge> edges_between(const Model& model, Vertex s, std::string_view relation, Vertex o) {
  const auto kind = model.schema().require_relation(relation);
  std::vector<Edge> out;
  for (auto e : boost::make_iterator_range(boost::out_edges(s, model.graph())))
    if (model.relation(e).kind == kind && boost::target(e, model.graph()) == o) out.push_back(e);
  return out;
}

/// The values of one attribute of an entity, in the order loaded.
std::vector<AttributeValue> values_of(const Model& model, Vertex v, std::string_view attribute) {
  const auto a = model.schema().require_attribute(attribute);
  std::vector<AttributeValue> out;
  for (const auto& value : model.entity(v).values)
    if (value.attribute == a) out.push_back(value);
  return out;
}

} // namespace

// -- valid datasets ----------------------------------------------------------------------------

TEST_CASE("valid-small loads without errors or warnings", "[loader]") {
  const auto l = load(test::data_dir() / "valid-small");
  INFO(all_diagnostics(l.diagnostics));
  CHECK(l.diagnostics.all().empty());
  // 2 sources, 3 organisations, 2 projects, 2 challenge areas, 1 result.
  CHECK(l.model.entity_count() == 10);
  // 13 relation rows: the partner link given twice is one relation, three rows are attributes.
  CHECK(l.model.relation_count() == 9);
}

TEST_CASE("valid-small has the entities of its tables with their kinds, labels and metadata", "[loader]") {
  const auto l = load(test::data_dir() / "valid-small");
  const Model& m = l.model;
  const auto& schema = m.schema();
  CHECK(m.metadata().id == "valid-small");
  CHECK(m.metadata().base == "https://example.org/small/");
  CHECK(m.metadata().languages == std::vector<std::string>{"da", "en"});
  CHECK(m.metadata().title.get("da") == "Lille testdatasæt");

  const auto projects = m.entities_of_kind(schema.require_kind("Project"));
  REQUIRE(projects.size() == 2);
  CHECK(m.entity(projects[0]).id == "kol");
  CHECK(m.entity(projects[1]).id == "vej");
  CHECK(m.entities_of_kind(schema.require_kind("Organisation")).size() == 3);
  CHECK(m.entities_of_kind(schema.require_kind("ChallengeArea")).size() == 2);
  CHECK(m.entities_of_kind(schema.require_kind("Result")).size() == 1);
  CHECK(m.entities_of_kind(schema.require_kind("Source")).size() == 2);

  const auto kol = require_entity(m, "kol");
  CHECK(m.iri(kol) == "https://example.org/small/project/kol");
  CHECK(m.label(kol, "da") == "KOL-telemedicin");
  CHECK(m.label(kol, "en") == "COPD telecare");
  // A quoted field with a comma, doubled quotes and a line break.
  CHECK(m.text(kol, schema.require_attribute("description"), "da") ==
        "Borgere med KOL får \"tele\" hjælp,\nover flere linjer");
  CHECK(values_of(m, kol, "sector").at(0).value == "regional");
  CHECK(values_of(m, kol, "grant").at(0).value == "8700000 DKK");
  CHECK(values_of(m, kol, "start").at(0).value == "2020-02-29");
  CHECK(values_of(m, require_entity(m, "vej"), "grant").empty()); // an empty cell is no value
  CHECK(m.label(require_entity(m, "dtu"), "da") == "Danmarks Tekniske Universitet, DTU");
}

TEST_CASE("a label missing in one language falls back to the default language", "[loader]") {
  const auto l = load(test::data_dir() / "valid-small");
  const auto vej = require_entity(l.model, "vej");
  CHECK(l.model.label(vej, "en") == "Vejskilte med AI");
  CHECK(l.model.label(require_entity(l.model, "dtu"), "en") == "Danmarks Tekniske Universitet, DTU");
  CHECK(l.model.label(vej, "fr") == "Vejskilte med AI");
}

TEST_CASE("entities are found by id and by segment/id", "[loader]") {
  const auto l = load(test::data_dir() / "valid-small");
  const auto kol = l.model.find("kol");
  REQUIRE(kol);
  CHECK(l.model.find("project/kol") == kol);
  CHECK(l.model.find("organisation/region-h") == l.model.find("region-h"));
  CHECK_FALSE(l.model.find("organisation/kol")); // the segment must match the kind
  CHECK_FALSE(l.model.find("nowhere/kol"));
  CHECK_FALSE(l.model.find("missing"));
  CHECK_FALSE(l.model.find(""));
}

TEST_CASE("relations connect the right entities, including ones named by segment/id", "[loader]") {
  const auto l = load(test::data_dir() / "valid-small");
  const Model& m = l.model;
  const auto vej = require_entity(m, "vej");
  CHECK(edges_between(m, vej, "leadOrganisation", require_entity(m, "kbh")).size() == 1);
  CHECK(edges_between(m, require_entity(m, "kol"), "leadOrganisation", require_entity(m, "region-h")).size() == 1);
  CHECK(edges_between(m, vej, "facesChallenge", require_entity(m, "billeder")).size() == 1);
  CHECK(edges_between(m, vej, "facesChallenge", require_entity(m, "sprog")).size() == 1);
  CHECK(edges_between(m, require_entity(m, "kol-forsoeg"), "concernsProject", require_entity(m, "kol")).size() == 1);
}

TEST_CASE("the same relation from two sources is one relation citing both", "[loader]") {
  const auto l = load(test::data_dir() / "valid-small");
  const Model& m = l.model;
  const auto edges = edges_between(m, require_entity(m, "kol"), "partner", require_entity(m, "dtu"));
  REQUIRE(edges.size() == 1);
  const auto& p = m.provenance(m.relation(edges[0]).provenance);
  REQUIRE(p.citations.size() == 2);
  CHECK(p.citations[0].source == require_entity(m, "rapport"));
  CHECK(p.citations[0].section == "Projekt 1");
  CHECK(p.citations[1].source == require_entity(m, "nyhed"));
  CHECK(p.citations[1].section.empty());
  CHECK_FALSE(m.relation(edges[0]).curated);
}

TEST_CASE("curated relations keep their flag and note", "[loader]") {
  const auto l = load(test::data_dir() / "valid-small");
  const Model& m = l.model;
  const auto kol_sprog = edges_between(m, require_entity(m, "kol"), "facesChallenge", require_entity(m, "sprog"));
  REQUIRE(kol_sprog.size() == 1);
  CHECK(m.relation(kol_sprog[0]).curated);
  CHECK(m.provenance(m.relation(kol_sprog[0]).provenance).note == "Beskrivelsen nævner tekstanalyse");
  const auto vej_sprog = edges_between(m, require_entity(m, "vej"), "facesChallenge", require_entity(m, "sprog"));
  REQUIRE(vej_sprog.size() == 1);
  CHECK_FALSE(m.relation(vej_sprog[0]).curated);
  CHECK(m.provenance(m.relation(vej_sprog[0]).provenance).note.empty());
}

TEST_CASE("attribute rows in relations.csv keep both values, each with its own source", "[loader]") {
  const auto l = load(test::data_dir() / "valid-small");
  const Model& m = l.model;
  const auto participants = values_of(m, require_entity(m, "kol-forsoeg"), "participants");
  REQUIRE(participants.size() == 2);
  CHECK(participants[0].value == "200");
  CHECK(participants[1].value == "op til 300");
  const auto& first = m.provenance(participants[0].provenance);
  const auto& second = m.provenance(participants[1].provenance);
  REQUIRE(first.citations.size() == 1);
  REQUIRE(second.citations.size() == 1);
  CHECK(first.citations[0].source == require_entity(m, "rapport"));
  CHECK(first.citations[0].section == "Resultater");
  CHECK(second.citations[0].source == require_entity(m, "nyhed"));
}

TEST_CASE("a curated attribute row in relations.csv keeps its flag and note", "[loader]") {
  const auto l = load(test::data_dir() / "valid-small");
  const Model& m = l.model;
  const auto nyhed = require_entity(m, "nyhed");
  CHECK(m.label(nyhed, "en") == "News from KL");
  CHECK(m.label(nyhed, "da") == "Nyhed fra KL");
  const auto labels = values_of(m, nyhed, "label");
  REQUIRE(labels.size() == 2);
  CHECK_FALSE(labels[0].curated); // from sources.csv
  CHECK(labels[1].curated);
  CHECK(m.language(labels[1].language) == "en");
  CHECK(m.provenance(labels[1].provenance).note == "Oversat af redaktionen");
}

TEST_CASE("every entity cites the source and section of its row", "[loader]") {
  const auto l = load(test::data_dir() / "valid-small");
  const Model& m = l.model;
  const auto& kol = m.provenance(m.entity(require_entity(m, "kol")).provenance);
  REQUIRE(kol.citations.size() == 1);
  CHECK(kol.citations[0].source == require_entity(m, "rapport"));
  CHECK(kol.citations[0].section == "Projekt 1");
  // A source cites itself.
  const auto nyhed = require_entity(m, "nyhed");
  const auto& own = m.provenance(m.entity(nyhed).provenance);
  REQUIRE(own.citations.size() == 1);
  CHECK(own.citations[0].source == nyhed);
  for (const auto& value : m.entity(nyhed).values)
    if (!value.curated) CHECK(value.provenance == m.entity(nyhed).provenance);
}

TEST_CASE("a dataset with a byte-order mark and CRLF line ends is valid", "[loader]") {
  const auto l = load(test::data_dir() / "valid-bom-crlf");
  INFO(all_diagnostics(l.diagnostics));
  CHECK(l.diagnostics.all().empty());
  CHECK(l.model.entity_count() == 4);
  CHECK(l.model.relation_count() == 1);
  // Neither the mark nor the CR ends up in ids or values.
  CHECK(l.model.label(require_entity(l.model, "o2"), "da") == "Ærø Kommune");
  CHECK(values_of(l.model, require_entity(l.model, "p1"), "sector").at(0).value == "regional");
  CHECK(l.model.find("doc"));
}

TEST_CASE("a folder that does not exist is an input error", "[loader]") {
  Diagnostics diagnostics;
  CHECK_THROWS_AS(load_dataset(test::data_dir() / "no-such-dataset", diagnostics), InputError);
  CHECK_THROWS_WITH(load_dataset(test::data_dir() / "no-such-dataset", diagnostics),
                    Catch::Contains("is not a dataset folder"));
}

TEST_CASE("load_dataset_or_throw throws a validation error for an invalid dataset", "[loader]") {
  CHECK_THROWS_AS(load_dataset_or_throw(invalid_case("bad-date")), ValidationError);
  CHECK_NOTHROW(load_dataset_or_throw(test::data_dir() / "valid-small"));
}

// -- one broken dataset per validation error ---------------------------------------------------

TEST_CASE("an unterminated quote is reported at the quote that opens it", "[loader][invalid]") {
  const auto d = load_case("unterminated-quote", 2);
  const auto file = invalid_case("unterminated-quote") / "organisations.csv";
  CHECK_ERROR(d, file, 3, 4, "unterminated quoted field");
  CHECK_ERROR(d, file, 3, 1, "wrong number of fields"); // the rest of the file became one field
}

TEST_CASE("a row with the wrong number of fields is reported at its line", "[loader][invalid]") {
  const auto d = load_case("wrong-column-count", 1);
  CHECK_ERROR(d, invalid_case("wrong-column-count") / "projects.csv", 3, 1,
              "wrong number of fields: the row has 3, the header has 4");
}

TEST_CASE("invalid UTF-8 is reported at its character column", "[loader][invalid]") {
  const auto d = load_case("invalid-utf8", 1);
  // "o1,Kommune på Ærø " is 18 characters (21 bytes).
  CHECK_ERROR(d, invalid_case("invalid-utf8") / "organisations.csv", 2, 19, "invalid UTF-8 (byte 0xE6)");
}

TEST_CASE("an unknown column is reported in the header with the known ones", "[loader][invalid]") {
  const auto d = load_case("unknown-column", 1);
  CHECK_ERROR(d, invalid_case("unknown-column") / "projects.csv", 1, 27, "unknown column 'budget' (known for Project");
}

TEST_CASE("a CSV file that is no table of the ontology is an unknown kind", "[loader][invalid]") {
  const auto d = load_case("unknown-kind", 1);
  CHECK_ERROR(d, invalid_case("unknown-kind") / "widgets.csv", 0, 0, "unknown kind: 'widgets'");
}

TEST_CASE("an unknown relation kind is reported, also when it looks like an attribute", "[loader][invalid]") {
  const auto d = load_case("unknown-relation-kind", 2);
  const auto file = invalid_case("unknown-relation-kind") / "relations.csv";
  CHECK_ERROR(d, file, 3, 4, "unknown relation kind 'sponsor'");
  CHECK_ERROR(d, file, 4, 4, "unknown relation kind 'nickname@da'");
}

TEST_CASE("a duplicate id is reported with where it was first defined", "[loader][invalid]") {
  const auto d = load_case("duplicate-id", 2);
  const auto dir = invalid_case("duplicate-id");
  CHECK_ERROR(d, dir / "projects.csv", 3, 1,
              "duplicate id 'p1' (first defined at " + (dir / "projects.csv").string() + ":2)");
  // Ids are unique across tables, not only within one.
  CHECK_ERROR(d, dir / "organisations.csv", 3, 1,
              "duplicate id 'doc' (first defined at " + (dir / "sources.csv").string() + ":2)");
}

TEST_CASE("references to missing entities and sources are reported at the cell", "[loader][invalid]") {
  const auto d = load_case("missing-reference", 4);
  const auto dir = invalid_case("missing-reference");
  CHECK_ERROR(d, dir / "relations.csv", 3, 12, "unknown entity 'o9'");
  CHECK_ERROR(d, dir / "relations.csv", 4, 22, "unknown source 'nodoc'");
  CHECK_ERROR(d, dir / "relations.csv", 5, 1, "unknown entity 'p9'");
  CHECK_ERROR(d, dir / "organisations.csv", 3, 20, "unknown source 'rapport'");
}

TEST_CASE("a relation between kinds it may not connect is reported", "[loader][invalid]") {
  const auto d = load_case("wrong-endpoints", 2);
  const auto file = invalid_case("wrong-endpoints") / "relations.csv";
  CHECK_ERROR(d, file, 3, 4,
              "leadOrganisation may connect Project to Organisation, not Organisation 'o1' to Project 'p1'");
  CHECK_ERROR(d, file, 4, 4, "facesChallenge may connect Project to ChallengeArea, not Project 'p1' to Organisation");
}

TEST_CASE("an entity without a Danish label is reported at its row", "[loader][invalid]") {
  const auto d = load_case("missing-danish-label", 2);
  const auto dir = invalid_case("missing-danish-label");
  CHECK_ERROR(d, dir / "organisations.csv", 3, 1, "missing required field label@da for 'o2'");
  CHECK_ERROR(d, dir / "projects.csv", 2, 1, "missing required field label@da for 'p1'"); // no label@da column
}

TEST_CASE("a malformed language tag in a column name is reported", "[loader][invalid]") {
  const auto d = load_case("bad-language-tag", 1);
  CHECK_ERROR(d, invalid_case("bad-language-tag") / "projects.csv", 1, 13, "malformed language tag in 'label@123'");
}

TEST_CASE("malformed dates are reported at their cells", "[loader][invalid]") {
  const auto d = load_case("bad-date", 2);
  const auto file = invalid_case("bad-date") / "projects.csv";
  CHECK_ERROR(d, file, 2, 28, "'2021-02-29' is not a calendar date");
  CHECK_ERROR(d, file, 2, 39, "'2021-13' has no month 13");
}

TEST_CASE("a malformed amount is reported at its cell", "[loader][invalid]") {
  const auto d = load_case("bad-amount", 1);
  CHECK_ERROR(d, invalid_case("bad-amount") / "projects.csv", 2, 28, "'8,7 mio. kr.' is not an amount");
}

TEST_CASE("malformed IRIs are reported at their cells", "[loader][invalid]") {
  const auto d = load_case("bad-iri", 2);
  const auto dir = invalid_case("bad-iri");
  CHECK_ERROR(d, dir / "organisations.csv", 2, 24, "'www.example.org' is not an http or https IRI");
  CHECK_ERROR(d, dir / "sources.csv", 2, 18, "not allowed in an IRI");
}

TEST_CASE("a dataset without sources.csv is reported, and so is every citation", "[loader][invalid]") {
  const auto d = load_case("missing-sources", 4);
  const auto dir = invalid_case("missing-sources");
  CHECK_ERROR(d, dir / "sources.csv", 0, 0, "the dataset has no sources.csv");
  CHECK_ERROR(d, dir / "organisations.csv", 2, 20, "unknown source 'doc'");
  CHECK_ERROR(d, dir / "projects.csv", 2, 15, "unknown source 'doc'");
  CHECK_ERROR(d, dir / "relations.csv", 2, 31, "unknown source 'doc'");
}

TEST_CASE("a second lead organisation for a project is reported", "[loader][invalid]") {
  const auto d = load_case("two-leads", 1);
  CHECK_ERROR(d, invalid_case("two-leads") / "relations.csv", 3, 4,
              "'p1' already has a leadOrganisation ('o1'); leadOrganisation allows only one");
}

TEST_CASE("attribute rows and bases in relations.csv are checked", "[loader][invalid]") {
  const auto d = load_case("bad-relation-rows", 4);
  const auto file = invalid_case("bad-relation-rows") / "relations.csv";
  CHECK_ERROR(d, file, 3, 4, "'participants' does not apply to Project (only to Result)");
  CHECK_ERROR(d, file, 4, 4, "'label' needs a language");
  CHECK_ERROR(d, file, 5, 11, "'national' is not a value of sector (allowed: regional, municipal)");
  CHECK_ERROR(d, file, 6, 15, "basis must be 'stated'");
}

TEST_CASE("a dataset.toml that is not TOML is reported at the bad value", "[loader][invalid]") {
  const auto d = load_case("bad-toml-syntax", 1);
  CHECK_ERROR(d, invalid_case("bad-toml-syntax") / "dataset.toml", 2, 8, "value");
  // Without metadata there are no dataset languages: no warning per column about them.
  CHECK(d.warning_count() == 0);
}

TEST_CASE("languages in dataset.toml must be a non-empty list, reported once", "[loader][invalid]") {
  const auto not_list = load_case("bad-toml-languages", 1);
  CHECK_ERROR(not_list, invalid_case("bad-toml-languages") / "dataset.toml", 3, 13,
              "languages must be a list such as [\"da\", \"en\"]");
  const auto empty = load_case("empty-languages", 1);
  CHECK_ERROR(empty, invalid_case("empty-languages") / "dataset.toml", 3, 13, "at least one language");
}

TEST_CASE("a folder named like a table is an input error, not a crash", "[loader][invalid]") {
  const auto dir = test::work_dir("loader-folder-as-table");
  for (const auto& entry : fs::directory_iterator(test::data_dir() / "valid-small"))
    fs::copy_file(entry.path(), dir / entry.path().filename());
  fs::create_directory(dir / "tools.csv");
  Diagnostics diagnostics;
  CHECK_THROWS_AS(load_dataset(dir, diagnostics), InputError);
  CHECK_THROWS_WITH(load_dataset(dir, diagnostics),
                    Catch::Contains((dir / "tools.csv").string()) && Catch::Contains("not a regular file"));
}

TEST_CASE("bad values in dataset.toml are reported at their position", "[loader][invalid]") {
  const auto d = load_case("bad-toml-values", 2);
  const auto file = invalid_case("bad-toml-values") / "dataset.toml";
  CHECK_ERROR(d, file, 2, 8, "'example.org/broken/' is not an http or https IRI");
  CHECK_ERROR(d, file, 3, 20, "'e_n' is not a language tag");
}

TEST_CASE("errors in several files are all reported, not only the first", "[loader][invalid]") {
  const auto d = load_case("several-errors", 4);
  const auto dir = invalid_case("several-errors");
  CHECK_ERROR(d, dir / "dataset.toml", 4, 10, "'2021-02-29' is not a calendar date");
  CHECK_ERROR(d, dir / "organisations.csv", 2, 24, "'www.example.org' is not an http or https IRI");
  CHECK_ERROR(d, dir / "projects.csv", 2, 19, "'national' is not a value of sector (allowed: regional, municipal)");
  CHECK_ERROR(d, dir / "relations.csv", 3, 12, "unknown entity 'o9'");
}

TEST_CASE("diagnostics print sorted by file and position as file:line:column", "[loader][invalid]") {
  const auto d = load_case("several-errors", 4);
  std::ostringstream out;
  d.print(out);
  const auto dir = invalid_case("several-errors");
  const std::string text = out.str();
  const auto toml = text.find((dir / "dataset.toml").string() + ":4:10: error: ");
  const auto orgs = text.find((dir / "organisations.csv").string() + ":2:24: error: ");
  const auto projects = text.find((dir / "projects.csv").string() + ":2:19: error: ");
  const auto relations = text.find((dir / "relations.csv").string() + ":3:12: error: ");
  REQUIRE(relations != std::string::npos);
  CHECK(toml < orgs);
  CHECK(orgs < projects);
  CHECK(projects < relations);
  CHECK(std::count(text.begin(), text.end(), '\n') == 4);
}

TEST_CASE("the catalogue fields of dataset.toml are checked: themes, countries, publisher type, contact point, "
          "temporal coverage",
          "[loader][invalid][catalogue]") {
  const auto d = load_case("bad-toml-catalogue", 6);
  const auto file = invalid_case("bad-toml-catalogue") / "dataset.toml";
  CHECK_ERROR(d, file, 4, 19, "unknown code 'ROBOTS' in 'themes'; known: AGRI, ECON");
  CHECK_ERROR(d, file, 5, 21, "unknown code 'Atlantis' in 'countries'");
  CHECK_ERROR(d, file, 17, 8, "unknown publisher type 'Government'; the ADMS publisher types are");
  CHECK_ERROR(d, file, 20, 9, "'data at example.org' is not an e-mail address: it needs exactly one '@'");
  CHECK_ERROR(d, file, 21, 7, "'example.org/contact' is not an http or https IRI");
  CHECK_ERROR(d, file, 23, 1, "[temporal] ends (2019) before it starts (2022)");
}

TEST_CASE("e-mail addresses of a contact point are checked for their shape", "[loader][catalogue]") {
  for (const char* good : {"data@example.org", "first.last+tag@sub.example.dk", "æble@eksempel.dk"})
    CHECK_FALSE(check_email(good));
  for (const char* bad : {"", "data", "@example.org", "data@", "data@example", "a@b@example.org", "da ta@example.org",
                          "data@-example.org", "data@example..org", "<data>@example.org", "data@exa_mple.org"})
    CHECK(check_email(bad));
}
