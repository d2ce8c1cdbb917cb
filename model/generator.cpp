#include "model/generator.hpp"

#include "model/atomic_file.hpp"
#include "model/csv_writer.hpp"
#include "model/dataset_loader.hpp"
#include "model/error.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <string>
#include <vector>

namespace vidensgraf {
namespace fs = std::filesystem;

namespace {

/// splitmix64: a tiny, fully specified generator, so the same seed gives the same dataset on
/// every platform (std::uniform_int_distribution is implementation-defined).
class Random {
public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, n).
  std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(next() % n) : 0; }
  /// Skewed towards 0: a few indices (hubs) are picked very often.
  std::size_t skewed(std::size_t n) {
    const double u = static_cast<double>(next() >> 11) / 9007199254740992.0;
    return std::min(n - 1, static_cast<std::size_t>(static_cast<double>(n) * u * u * u));
  }
  bool chance(unsigned percent) { return below(100) < percent; }

private:
  std::uint64_t state_;
};

/// One CSV table, written atomically (see AtomicFile).
class Table {
public:
  Table(const fs::path& path, const std::vector<std::string_view>& header) : file_(path) {
    write_csv_row(file_.stream(), header);
  }
  void row(const std::vector<std::string_view>& fields) { write_csv_row(file_.stream(), fields); }
  void close() { file_.commit(); }

private:
  AtomicFile file_;
};

struct Group {
  std::string table;
  std::string prefix; // id prefix
  std::size_t count = 0;
  std::string da, en; // label stems: the kind's labels in the ontology
};

/// How many entities of each kind: the shape of the real dataset, scaled (fixed small
/// vocabularies, many projects and organisations), with the id prefix of each and its labels
/// from the ontology, which the generated labels are made of ("Projekt 3", "Project 3"). Throws
/// InternalError for a table the ontology does not know.
std::vector<Group> plan_groups(std::size_t n, const Schema& schema) {
  auto group = [&](const char* table, const char* prefix, std::size_t count) {
    const KindDef& kind = schema.kind(schema.require_kind(table));
    return Group{table, prefix, count, std::string(kind.labels.get("da")), std::string(kind.labels.get("en"))};
  };
  const std::size_t sources = std::max<std::size_t>(2, n / 1000);
  const std::size_t challenges = 7, domains = 3;
  const std::size_t programmes = std::max<std::size_t>(1, n / 2000);
  const std::size_t funds = std::max<std::size_t>(1, n / 20000);
  const std::size_t agreements = funds;
  const std::size_t rest = n - sources - challenges - domains - programmes - funds - agreements;
  const std::size_t advice = std::max<std::size_t>(10, rest / 20);
  const std::size_t organisations = rest / 4, cases = rest * 12 / 100, tools = rest * 8 / 100, results = rest / 10;
  const std::size_t projects = rest - advice - organisations - cases - tools - results;
  return {
      group("sources", "src", sources),
      group("challenge_areas", "ch", challenges),
      group("domains", "dom", domains),
      group("programmes", "prg", programmes),
      group("funds", "fund", funds),
      group("agreements", "agr", agreements),
      group("organisations", "org", organisations),
      group("projects", "p", projects),
      group("cases", "case", cases),
      group("tools", "tool", tools),
      group("advice", "adv", advice),
      group("results", "res", results),
  };
}

std::size_t count_of(const std::vector<Group>& groups, std::string_view table) {
  for (const auto& g : groups)
    if (g.table == table) return g.count;
  return 0;
}

std::string id(const std::string& prefix, std::size_t i) {
  return prefix + std::to_string(i);
}

/// A random source and section, as every row names one.
void pick_source(Random& rng, std::size_t sources, std::string& src, std::string& section) {
  src = id("src", rng.below(sources));
  section = "Afsnit " + std::to_string(rng.below(20) + 1);
}

/// One CSV table per kind; returns how many entities were written.
std::size_t write_entity_tables(const fs::path& dir, const std::vector<Group>& groups, Random& rng) {
  const std::size_t sources = count_of(groups, "sources");
  std::size_t entities = 0;
  std::string src, section, a, b, c;
  for (const auto& g : groups) {
    const bool project = g.table == "projects", is_sources = g.table == "sources";
    std::vector<std::string_view> header = {"id", "label@da", "label@en", "description@da", "source", "section"};
    if (project) header.insert(header.end(), {"sector"});
    if (is_sources) header.insert(header.end(), {"issued"});
    Table t(dir / (g.table + ".csv"), header);
    for (std::size_t i = 0; i < g.count; ++i) {
      const auto ident = id(g.prefix, i);
      a = g.da + " " + std::to_string(i);
      b = g.en + " " + std::to_string(i);
      c = rng.chance(30) ? fmt::format("{} nummer {}, genereret til afprøvning af store modeller.", g.da, i) : "";
      pick_source(rng, sources, src, section);
      if (is_sources) src = ident;
      std::vector<std::string_view> row = {ident, a, b, c, src, section};
      const std::string year = std::to_string(2015 + rng.below(10));
      if (project) row.emplace_back(rng.chance(50) ? "regional" : "municipal");
      if (is_sources) row.emplace_back(year);
      t.row(row);
      ++entities;
    }
    t.close();
  }
  return entities;
}

/// relations.csv: each kind's relations in the proportions of the real dataset, with hub
/// organisations (skewed picks); returns how many relations were written. They are written kind
/// by kind, in the order the random numbers are drawn, so that a seed gives one file. (It is
/// long because it is that one list: split, the order of the draws would be spread out.)
std::size_t write_relations(const fs::path& dir, const std::vector<Group>& groups, Random& rng) {
  const std::size_t sources = count_of(groups, "sources"), challenges = count_of(groups, "challenge_areas");
  const std::size_t domains = count_of(groups, "domains"), programmes = count_of(groups, "programmes");
  const std::size_t funds = count_of(groups, "funds"), agreements = count_of(groups, "agreements");
  const std::size_t organisations = count_of(groups, "organisations"), projects = count_of(groups, "projects");
  const std::size_t cases = count_of(groups, "cases"), tools = count_of(groups, "tools");
  const std::size_t advice = count_of(groups, "advice"), results = count_of(groups, "results");
  std::size_t relations = 0;
  std::string src, section;
  Table rel(dir / "relations.csv", {"subject", "relation", "object", "basis", "source", "section", "note"});
  std::string subject;
  const auto link = [&](const std::string& s, std::string_view relation, const std::string& o) {
    pick_source(rng, sources, src, section);
    const bool curated = rng.chance(10);
    rel.row({s, relation, o, curated ? "curated" : "stated", src, section, curated ? "generated curated link" : ""});
    ++relations;
  };
  // Distinct picks from a small set (challenge areas, partners).
  const auto distinct = [&](std::size_t how_many, std::size_t from, bool skew) {
    std::vector<std::size_t> picked;
    for (std::size_t tries = 0; picked.size() < how_many && tries < how_many * 4; ++tries) {
      const auto k = skew ? rng.skewed(from) : rng.below(from);
      if (std::find(picked.begin(), picked.end(), k) == picked.end()) picked.push_back(k);
    }
    std::sort(picked.begin(), picked.end());
    return picked;
  };

  for (std::size_t i = 0; i < sources; ++i)
    link(id("src", i), "publisher", id("org", rng.skewed(organisations)));
  for (std::size_t i = 0; i < funds; ++i)
    link(id("fund", i), "establishedBy", id("agr", i % agreements));
  for (std::size_t i = 0; i < agreements; ++i)
    for (auto k : distinct(3, organisations, true))
      link(id("agr", i), "party", id("org", k));
  for (std::size_t i = 0; i < programmes; ++i)
    link(id("prg", i), "fundedBy", id("fund", rng.below(funds)));
  for (std::size_t i = 1; i < organisations; ++i)
    if (rng.chance(30)) link(id("org", i), "subOrganisationOf", id("org", rng.skewed(i)));
  for (std::size_t i = 0; i < projects; ++i) {
    subject = id("p", i);
    const auto lead = rng.skewed(organisations);
    link(subject, "leadOrganisation", id("org", lead));
    for (auto k : distinct(rng.below(10), organisations, true))
      if (k != lead) link(subject, "partner", id("org", k));
    for (auto k : distinct(1 + rng.below(3), challenges, true))
      link(subject, "facesChallenge", id("ch", k));
    link(subject, "inDomain", id("dom", rng.below(domains)));
    link(subject, "partOf", id("prg", rng.below(programmes)));
    link(subject, "fundedBy", id("fund", rng.below(funds)));
  }
  const auto challenge_links = [&](const std::string& s) {
    for (auto k : distinct(1 + rng.below(2), challenges, false))
      link(s, "addressesChallenge", id("ch", k));
  };
  for (std::size_t i = 0; i < cases; ++i) {
    subject = id("case", i);
    link(subject, "owner", id("org", rng.skewed(organisations)));
    challenge_links(subject);
    if (rng.chance(60)) link(subject, "concernsProject", id("p", rng.below(projects)));
  }
  for (std::size_t i = 0; i < tools; ++i) {
    subject = id("tool", i);
    link(subject, "owner", id("org", rng.skewed(organisations)));
    challenge_links(subject);
  }
  for (std::size_t i = 0; i < advice; ++i)
    challenge_links(id("adv", i));
  for (std::size_t i = 0; i < results; ++i) {
    subject = id("res", i);
    link(subject, "achievedBy", id("org", rng.skewed(organisations)));
    link(subject, "concernsProject", id("p", rng.below(projects)));
    if (rng.chance(40)) link(subject, "collaborator", id("org", rng.below(organisations)));
  }
  rel.close();
  return relations;
}

/// dataset.toml of a generated dataset.
void write_generated_metadata(const fs::path& dir, std::size_t n, std::uint64_t seed, std::size_t entities) {
  write_output((dir / "dataset.toml").string(), [&](std::ostream& meta) {
    meta << fmt::format(
        "# Generated by `vidensgraf generate --entities {} --seed {}`: synthetic, not real data.\n"
        "id = \"generated\"\n"
        "base = \"https://example.org/vidensgraf/generated/\"\n"
        "languages = [\"da\", \"en\"]\n"
        "licence = \"https://creativecommons.org/publicdomain/zero/1.0/\"\n"
        "issued = \"2026-01-01\"\n\n"
        "[title]\nda = \"Genereret datasæt ({} entiteter)\"\nen = \"Generated dataset ({} entities)\"\n\n"
        "[description]\nda = \"Syntetiske data med samme form som signaturprojekterne.\"\n"
        "en = \"Synthetic data shaped like the signature projects.\"\n\n"
        "[publisher]\nname = \"vidensgraf generate\"\n",
        n, seed, entities, entities);
  });
}

} // namespace

GeneratedCounts generate_dataset(const fs::path& dir, std::size_t n, std::uint64_t seed, const Schema& schema) {
  if (n < generator_min_entities)
    throw UsageError("a generated dataset has at least " + std::to_string(generator_min_entities) + " entities, not " +
                     std::to_string(n));
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw OutputError("cannot create " + dir.string() + ": " + ec.message());
  const std::vector<Group> groups = plan_groups(n, schema);
  Random rng(seed);
  GeneratedCounts counts;
  counts.entities = write_entity_tables(dir, groups, rng);
  counts.relations = write_relations(dir, groups, rng);
  write_generated_metadata(dir, n, seed, counts.entities);
  return counts;
}

} // namespace vidensgraf
