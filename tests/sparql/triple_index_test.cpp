// The SPARQL index (sparql/triple_index.hpp): on generated models, every pattern's matches from
// the index equal those of a plain scan of the exporter's triples, for every combination of bound
// parts; the terms round-trip through the dictionary; SPARQL answers equal the scan's too; and
// the index's own walk (for_each_triple_ref, without a string per part) gives exactly the terms,
// ids and triples that interning for_each_triple's output term by term gives.
#include "model/rdf/triples.hpp"
#include "model/dataset_loader.hpp"
#include "model/generator.hpp"
#include "sparql/sparql.hpp"
#include "sparql/triple_index.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <sstream>
#include <set>
#include <tuple>

using namespace vidensgraf;

namespace {

using Key = std::tuple<std::string, std::string, std::string>;

const Model& generated(std::size_t entities, std::uint64_t seed) {
  static std::map<std::pair<std::size_t, std::uint64_t>, Model> models;
  auto it = models.find({entities, seed});
  if (it == models.end()) {
    const auto dir = test::work_dir("triple-index-" + std::to_string(entities) + "-" + std::to_string(seed));
    generate_dataset(dir, entities, seed);
    it = models.emplace(std::pair{entities, seed}, load_dataset_or_throw(dir)).first;
  }
  return it->second;
}

/// The model's distinct triples as term keys, straight from the exporter: the scan's data.
std::set<Key> scanned(const Model& model) {
  std::set<Key> all;
  for_each_triple(
      model, {}, [&](const Triple& t) { all.emplace(term_key(t.subject), term_key(t.predicate), term_key(t.object)); });
  return all;
}

std::vector<Key> from_index(const TripleIndex& index, std::optional<TermId> s, std::optional<TermId> p,
                            std::optional<TermId> o) {
  std::vector<Key> out;
  for (auto c = index.scan(s, p, o); !c.at_end(); c.next()) {
    const TripleIds& t = c.current();
    out.emplace_back(term_key(index.term(t.s)), term_key(index.term(t.p)), term_key(index.term(t.o)));
  }
  return out;
}

/// The matches of a pattern found by looking at every triple.
std::vector<Key> filtered(const std::set<Key>& all, const std::optional<std::string>& s,
                          const std::optional<std::string>& p, const std::optional<std::string>& o) {
  std::vector<Key> out;
  for (const auto& t : all)
    if ((!s || std::get<0>(t) == *s) && (!p || std::get<1>(t) == *p) && (!o || std::get<2>(t) == *o)) out.push_back(t);
  return out;
}

std::vector<Key> sorted(std::vector<Key> v) {
  std::sort(v.begin(), v.end());
  return v;
}

} // namespace

TEST_CASE("the index's matches equal a scan's for every combination of bound parts", "[sparql][index]") {
  for (const std::uint64_t seed : {7U, 11U}) {
    const Model& model = generated(300, seed);
    const auto all = scanned(model);
    const TripleIndex index = TripleIndex::build(model, {});
    REQUIRE(all.size() > 1000);
    CHECK(index.size() == all.size());
    CHECK(sorted(from_index(index, {}, {}, {})) == std::vector<Key>(all.begin(), all.end()));
    std::size_t step = 0, patterns = 0;
    for (const auto& [s, p, o] : all) {
      if (step++ % 23 != 0) continue; // some 250 triples of each model, every kind of term among them
      const Term ts = term_of_key(s), tp = term_of_key(p), to = term_of_key(o);
      for (int mask = 1; mask < 8; ++mask) {
        auto part = [&](int bit, const std::string& key) {
          return (mask & bit) ? std::optional<std::string>(key) : std::nullopt;
        };
        const auto ks = part(1, s), kp = part(2, p), ko = part(4, o);
        auto id = [&](const std::optional<std::string>& key, const Term& term) {
          return key ? index.find(term) : std::nullopt;
        };
        const auto is = id(ks, ts), ip = id(kp, tp), io = id(ko, to);
        REQUIRE(bool(is) == bool(ks));
        REQUIRE(bool(ip) == bool(kp));
        REQUIRE(bool(io) == bool(ko));
        const auto expected = filtered(all, ks, kp, ko);
        const auto got = from_index(index, is, ip, io);
        INFO("seed " << seed << " mask " << mask << ": " << s << " " << p << " " << o);
        CHECK(sorted(got) == expected); // the same triples, each once
        CHECK_FALSE(expected.empty());
        ++patterns;
      }
    }
    CHECK(patterns > 1000);
  }
}

TEST_CASE("the index holds the exporter's triples: the same terms under the same ids, the same triples",
          "[sparql][index]") {
  const Model bundled = load_dataset_or_throw(test::bundled_dataset());
  for (const Model* model : {&bundled, &generated(300, 7), &generated(2000, 11)}) {
    // The reference: every part of for_each_triple's triples interned in the order it comes.
    TermDictionary terms;
    std::vector<TripleIds> triples;
    std::string key;
    auto intern = [&](const Term& term) {
      append_term_key(term, key);
      return terms.intern(key);
    };
    for_each_triple(*model, {}, [&](const Triple& t) {
      const TermId s = intern(t.subject), p = intern(t.predicate), o = intern(t.object);
      triples.push_back(TripleIds{s, p, o});
    });
    const TripleIndex reference = TripleIndex::from_ids(std::move(terms), triples);
    const TripleIndex index = TripleIndex::build(*model, {});
    INFO(model->entity_count() << " entities");
    REQUIRE(reference.size() > 1000);
    REQUIRE(index.term_count() == reference.term_count());
    std::size_t differing = 0;
    for (TermId id = 0; id < index.term_count(); ++id)
      differing += !(index.term(id) == reference.term(id));
    CHECK(differing == 0);
    CHECK(index.triples() == reference.triples());
  }
}

TEST_CASE("terms round-trip through the dictionary, and unknown terms are not found", "[sparql][index]") {
  const Model& model = generated(300, 7);
  const TripleIndex index = TripleIndex::build(model, {});
  std::size_t literals = 0, blanks = 0;
  for (TermId id = 0; id < index.term_count(); ++id) {
    const Term term = index.term(id);
    literals += term.is_literal();
    blanks += term.is_blank();
    REQUIRE(index.find(term) == std::optional<TermId>(id));
  }
  CHECK(literals > 0);
  CHECK(index.find(iri_term("https://example.org/no-such-thing")) == std::nullopt);
  CHECK(index.find(literal_term("x", "", "http://www.w3.org/2001/XMLSchema#string")) ==
        index.find(literal_term("x"))); // RDF 1.1: the same term
  const Term tricky = literal_term(std::string("a\0b", 3), "da");
  CHECK(term_of_key(term_key(tricky)) == tricky);
}

TEST_CASE("the dictionary stores IRIs by namespace and gives every key back", "[sparql][index]") {
  using namespace std::string_literals; // keys with NUL bytes
  TermDictionary terms;
  const std::vector<std::string> keys{"0https://a.example/x/y",
                                      "0https://a.example/x/z#part/with/slashes",
                                      "0https://a.example/x/",
                                      "0https://b.example/x/y",
                                      "0https://a.example/x/y/",
                                      "0urn:isbn:0451450523",
                                      "0http://s/",
                                      "1node/x",
                                      "2\0\0https://a.example/x/y"s,
                                      "2da\0\0https://a.example/x/"s};
  std::vector<TermId> ids;
  for (const auto& k : keys)
    ids.push_back(terms.intern(k));
  // Past the table's 65 535 namespaces an IRI is stored whole, and found the same way.
  for (int i = 0; i < 70'000; ++i)
    ids.push_back(terms.intern("0https://n.example/" + std::to_string(i) + "/t"));
  REQUIRE(terms.size() == ids.size());
  std::string buffer;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string k = i < keys.size() ? keys[i] : "0https://n.example/" + std::to_string(i - keys.size()) + "/t";
    INFO(k);
    REQUIRE(ids[i] == i);
    REQUIRE(terms.key(ids[i]) == k);
    REQUIRE(terms.key(ids[i], buffer) == k);
    REQUIRE(terms.has_key(ids[i], k));
    REQUIRE(terms.find(k) == std::optional<TermId>(ids[i]));
    REQUIRE(terms.intern(k) == ids[i]);
  }
  CHECK_FALSE(terms.has_key(ids[0], "0https://a.example/x/yy"));
  CHECK_FALSE(terms.has_key(ids[0], "1https://a.example/x/y"));
  CHECK(terms.find("0https://a.example/x/w") == std::nullopt);
  CHECK(terms.find("0https://c.example/x/y") == std::nullopt);
  CHECK_THROWS(terms.intern("N not a key"));
}

TEST_CASE("duplicate triples are indexed once, in every ordering", "[sparql][index]") {
  TermDictionary terms;
  for (const char* k : {"0a", "0b", "0c", "2\0\0x"})
    terms.intern(k);
  std::vector<TripleIds> triples{{2, 1, 3}, {0, 1, 2}, {2, 1, 3}, {0, 0, 0}, {0, 1, 2}, {3, 3, 3}};
  const TripleIndex index = TripleIndex::from_ids(std::move(terms), triples);
  CHECK(index.size() == 4);
  auto ids = [&](std::optional<TermId> s, std::optional<TermId> p, std::optional<TermId> o) {
    std::vector<std::tuple<TermId, TermId, TermId>> out;
    for (auto c = index.scan(s, p, o); !c.at_end(); c.next())
      out.emplace_back(c.current().s, c.current().p, c.current().o);
    return out;
  };
  using T = std::tuple<TermId, TermId, TermId>;
  CHECK(ids({}, {}, {}) == std::vector<T>{{0, 0, 0}, {0, 1, 2}, {2, 1, 3}, {3, 3, 3}});
  CHECK(ids({}, 1, {}) == std::vector<T>{{0, 1, 2}, {2, 1, 3}}); // POS
  CHECK(ids({}, {}, 3) == std::vector<T>{{2, 1, 3}, {3, 3, 3}}); // OSP
  CHECK(ids(0, {}, 2) == std::vector<T>{{0, 1, 2}});             // OSP, two parts
  CHECK(ids(2, 1, 3) == std::vector<T>{{2, 1, 3}});
  CHECK(ids(1, {}, {}).empty());
}

TEST_CASE("a SPARQL join over the index equals the join computed by a scan", "[sparql][index]") {
  const Model& model = generated(300, 7);
  const auto all = scanned(model);
  const std::string vg = "0https://w3id.org/vidensgraf/ontology#";
  std::multiset<std::pair<std::string, std::string>> expected; // a row per (project, org, challenge)
  for (const auto& [s, p, o] : all)
    if (p == vg + "leadOrganisation")
      for (const auto& [s2, p2, o2] : filtered(all, s, vg + "facesChallenge", std::nullopt))
        expected.emplace(s.substr(1), o2.substr(1));
  REQUIRE(expected.size() > 10);
  SparqlOptions options;
  options.format = "csv";
  options.row_limit = 1'000'000;
  const SparqlEngine engine(model);
  std::istringstream csv(engine.run("PREFIX vg: <https://w3id.org/vidensgraf/ontology#>\n"
                                    "SELECT ?project ?challenge WHERE { ?project vg:leadOrganisation ?org . "
                                    "?project vg:facesChallenge ?challenge }",
                                    options));
  std::string line;
  std::getline(csv, line);
  CHECK(line == "project,challenge\r");
  std::multiset<std::pair<std::string, std::string>> got;
  while (std::getline(csv, line)) {
    line.pop_back(); // CR
    const auto comma = line.find(',');
    got.emplace(line.substr(0, comma), line.substr(comma + 1));
  }
  CHECK(got == expected);
}
