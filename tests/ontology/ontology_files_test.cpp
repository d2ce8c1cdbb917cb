// The published ontology files: vidensgraf.ttl, shapes.ttl and context.jsonld parse, carry da and
// en labels, and agree with the schema the model reads from the ontology.
#include "support/rdf_fixture.hpp"
#include "support/rdf_tools.hpp"
#include "model/rdf/vocabulary.hpp"
#include "model/rdf/parse.hpp"
#include "model/schema.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

using namespace vidensgraf;
using vocab::term;
namespace fs = std::filesystem;

namespace {

std::vector<Triple> parse_file(const fs::path& path) {
  Diagnostics diagnostics;
  std::vector<Triple> out;
  const bool ok = parse_rdf(test::read_file(path), "turtle", "https://w3id.org/vidensgraf/", path.string(), diagnostics,
                            [&](Triple&& t) { out.push_back(std::move(t)); });
  REQUIRE(ok);
  return out;
}

std::set<std::string> objects(const std::vector<Triple>& g, const std::string& s, const std::string& p) {
  std::set<std::string> out;
  for (const auto& t : g)
    if ((t.subject.is_blank() ? "_:" : "") + t.subject.value == s && t.predicate.value == p)
      out.insert((t.object.is_blank() ? "_:" : "") + t.object.value);
  return out;
}

/// The classes a shape allows: sh:class, or each sh:class of an sh:or list.
std::set<std::string> shape_classes(const std::vector<Triple>& g, const std::string& node) {
  auto out = objects(g, node, term(vocab::sh, "class"));
  for (auto list : objects(g, node, term(vocab::sh, "or"))) {
    while (list != term(vocab::rdf, "nil")) {
      for (const auto& member : objects(g, list, term(vocab::rdf, "first")))
        for (const auto& c : objects(g, member, term(vocab::sh, "class")))
          out.insert(c);
      list = *objects(g, list, term(vocab::rdf, "rest")).begin();
    }
  }
  return out;
}

} // namespace

TEST_CASE("the ontology files are read by rapper and serdi", "[ontology]") {
  for (const char* name : {"vidensgraf.ttl", "shapes.ttl"}) {
    INFO(name);
    const auto path = test::source_dir() / "ontology" / name;
    CHECK(test::rapper_count(path, "turtle"));
    CHECK(test::serdi_count(path, "turtle"));
  }
  CHECK_NOTHROW(nlohmann::json::parse(test::read_file(test::source_dir() / "ontology" / "context.jsonld")));
}

TEST_CASE("every class, property and individual of the ontology has a Danish and an English label", "[ontology]") {
  const auto g = parse_file(test::source_dir() / "ontology" / "vidensgraf.ttl");
  std::set<std::string> terms;
  for (const auto& t : g)
    if (t.subject.is_iri() && t.subject.value.starts_with(vocab::vg) && t.predicate.value == term(vocab::rdf, "type"))
      terms.insert(t.subject.value);
  CHECK(terms.size() > 40);
  for (const auto& s : terms) {
    std::set<std::string> languages;
    for (const auto& t : g)
      if (t.subject.value == s && t.predicate.value == term(vocab::rdfs, "label")) languages.insert(t.object.language);
    INFO(s);
    CHECK(languages == std::set<std::string>{"da", "en"});
  }
}

TEST_CASE("the SHACL shapes allow exactly the classes the ontology gives each relation", "[ontology]") {
  const auto g = parse_file(test::source_dir() / "ontology" / "shapes.ttl");
  const Schema& schema = Schema::builtin();
  for (const auto& r : schema.relations()) {
    INFO(r.name);
    const std::string shape = "https://w3id.org/vidensgraf/shapes#" + r.name + "Shape";
    REQUIRE(objects(g, shape, term(vocab::sh, "targetSubjectsOf")) == std::set<std::string>{r.iri});
    std::set<std::string> domain, range;
    for (auto k : r.domain)
      domain.insert(schema.kind(k).iri);
    for (auto k : r.range)
      range.insert(schema.kind(k).iri);
    CHECK(shape_classes(g, shape) == domain);
    std::set<std::string> found;
    for (const auto& property : objects(g, shape, term(vocab::sh, "property")))
      if (objects(g, property, term(vocab::sh, "path")) == std::set<std::string>{r.iri})
        found = shape_classes(g, property);
    CHECK(found == range);
  }
  std::set<std::string> kinds;
  for (const auto& k : schema.kinds())
    kinds.insert(k.iri);
  CHECK(objects(g, "https://w3id.org/vidensgraf/shapes#EntityShape", term(vocab::sh, "targetClass")) == kinds);
}

TEST_CASE("the JSON-LD context has a term for every kind, relation and attribute of the ontology", "[ontology]") {
  const auto context =
      nlohmann::json::parse(test::read_file(test::source_dir() / "ontology" / "context.jsonld"))["@context"];
  const auto expands_to = [&](const std::string& key) {
    REQUIRE(context.contains(key));
    const auto& def = context[key];
    const std::string id = def.is_string() ? def.get<std::string>() : def["@id"].get<std::string>();
    return id.starts_with("vg:") ? std::string(vocab::vg) + id.substr(3) : id;
  };
  const Schema& schema = Schema::builtin();
  for (const auto& k : schema.kinds())
    CHECK(expands_to(k.name) == k.iri);
  for (const auto& r : schema.relations()) {
    CHECK(expands_to(r.name) == r.iri);
    CHECK(context[r.name]["@type"] == "@id");
  }
  for (const auto& a : schema.attributes())
    CHECK(expands_to(a.name) == a.iri);
}

TEST_CASE("the export conforms to the SHACL shapes and a broken export does not", "[ontology][slow]") {
  if (!test::node_ready()) return;
  const auto dir = test::work_dir("shapes_validation");
  const auto shapes = test::source_dir() / "ontology" / "shapes.ttl";
  REQUIRE(test::export_to(test::bundled_dataset(), "ntriples", dir / "data.nt").exit_code == 0);
  const auto good = test::validate_shacl(dir / "data.nt", shapes);
  INFO(good.out << good.err);
  CHECK(good.exit_code == 0);

  // Drop one project's lead organisation and another's Danish label.
  const auto text = test::read_file(dir / "data.nt");
  std::string broken, lead_subject, label_subject;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    const std::string line = text.substr(start, end - start + 1);
    start = end + 1;
    const auto subject = line.substr(0, line.find(' '));
    if (lead_subject.empty() && line.find("ontology#leadOrganisation> <") != std::string::npos &&
        subject.find('#') == std::string::npos) {
      lead_subject = subject;
      continue;
    }
    if (label_subject.empty() && subject != lead_subject && subject.find("/project/") != std::string::npos &&
        line.find("ontology#label> ") != std::string::npos && line.ends_with("@da .\n")) {
      label_subject = subject;
      continue;
    }
    broken += line;
  }
  REQUIRE_FALSE(lead_subject.empty());
  REQUIRE_FALSE(label_subject.empty());
  test::write_file(dir / "broken.nt", broken);
  const auto bad = test::validate_shacl(dir / "broken.nt", shapes);
  CHECK(bad.exit_code == 1);
  CHECK_THAT(bad.out, Catch::Contains(lead_subject.substr(1, lead_subject.size() - 2) + " " + std::string(vocab::vg) +
                                      "leadOrganisation"));
  CHECK_THAT(bad.out, Catch::Contains(label_subject.substr(1, label_subject.size() - 2) + " " + std::string(vocab::vg) +
                                      "label"));
}

TEST_CASE("the hard-strings dataset conforms to the shapes too", "[ontology]") {
  if (!test::node_ready()) return;
  const auto dir = test::work_dir("shapes_hard");
  test::write_hard_dataset(dir / "in", true);
  REQUIRE(test::export_to(dir / "in", "turtle", dir / "data.ttl").exit_code == 0);
  const auto run = test::validate_shacl(dir / "data.ttl", test::source_dir() / "ontology" / "shapes.ttl");
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
}
