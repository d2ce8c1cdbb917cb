// The challenge connections read along the ordered adjacency and counted per organisation
// (model/challenge_reach.cpp, model/connections.cpp) against the code they replaced (issue 19):
// every connection listed from Boost's edge lists and sorted by string comparison, the matrix and
// `query similar` built from those lists. On generated models of several sizes and seeds, for
// every basis and several limits; answers must be equal, in the same order.
#include "model/challenge_matrix.hpp"
#include "model/challenge_reach.hpp"
#include "model/challenge_summary.hpp"
#include "model/connections.hpp"
#include "model/dataset_loader.hpp"
#include "model/error.hpp"
#include "model/generator.hpp"
#include "model/query/path_text.hpp"
#include "model/query/queries.hpp"
#include "model/query/query_words.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

using namespace vidensgraf;

namespace {

const Model& generated(std::size_t entities, std::uint64_t seed) {
  static std::map<std::pair<std::size_t, std::uint64_t>, Model> models;
  auto it = models.find({entities, seed});
  if (it == models.end()) {
    const auto dir = test::work_dir("challenge-reach-" + std::to_string(entities) + "-" + std::to_string(seed));
    generate_dataset(dir, entities, seed);
    it = models.emplace(std::pair{entities, seed}, load_dataset_or_throw(dir)).first;
  }
  return it->second;
}

const std::vector<std::pair<std::size_t, std::uint64_t>> sizes{{150, 5}, {1000, 7}, {4000, 13}};

/// challenges_of_project as it was before issue 19: every path from the edge lists, then sorted.
std::vector<ChallengeConnection> listed_and_sorted(const Model& m, Vertex project) {
  const auto& s = m.schema();
  const auto& g = m.graph();
  const RelationId faces = s.require_relation("facesChallenge"), addresses = s.require_relation("addressesChallenge"),
                   lead = s.require_relation("leadOrganisation"), partner = s.require_relation("partner"),
                   owner = s.require_relation("owner"), concerns = s.require_relation("concernsProject");
  std::vector<ChallengeConnection> out;
  auto emit = [&](std::vector<PathStep> steps) {
    ChallengeConnection c;
    c.project = project;
    c.path = ConnectionPath{project, std::move(steps)};
    c.challenge = c.path.end();
    c.basis = c.path.steps.size() > 1 ? Basis::indirect : c.path.any_curated() ? Basis::curated : Basis::stated;
    out.push_back(std::move(c));
  };
  auto out_of = [&](Vertex v, RelationId kind, auto visit) {
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
      if (g[e].kind == kind) visit(e);
  };
  auto in_of = [&](Vertex v, RelationId kind, auto visit) {
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
      if (g[e].kind == kind) visit(e);
  };
  out_of(project, faces, [&](Edge e) { emit({make_step(m, project, e)}); });
  for (RelationId via : {lead, partner})
    out_of(project, via, [&](Edge to_org) {
      const PathStep s1 = make_step(m, project, to_org);
      in_of(s1.entity, owner, [&](Edge owned) {
        const PathStep s2 = make_step(m, s1.entity, owned);
        out_of(s2.entity, addresses, [&](Edge addr) { emit({s1, s2, make_step(m, s2.entity, addr)}); });
      });
    });
  in_of(project, concerns, [&](Edge about) {
    const PathStep s1 = make_step(m, project, about);
    out_of(s1.entity, addresses, [&](Edge addr) { emit({s1, make_step(m, s1.entity, addr)}); });
  });
  std::sort(out.begin(), out.end(), [&](const ChallengeConnection& a, const ChallengeConnection& b) {
    if (a.challenge != b.challenge) return m.entity(a.challenge).id < m.entity(b.challenge).id;
    if (a.basis != b.basis) return a.basis < b.basis;
    return path_less(m, a.path, b.path);
  });
  return out;
}

/// Basis, path, and each step's edge (by its properties' address) and basis: equal strings,
/// equal connections.
std::vector<std::string> describe(const Model& m, const std::vector<ChallengeConnection>& connections) {
  std::vector<std::string> out;
  for (const auto& c : connections) {
    std::string line = m.entity(c.project).id + " " + m.entity(c.challenge).id + " " +
                       std::string(basis_name(c.basis)) + " " + path_to_string(m, c.path);
    for (const auto& step : c.path.steps)
      line +=
          " " + std::to_string(reinterpret_cast<std::uintptr_t>(&m.relation(step.edge))) + (step.curated ? "c" : "s");
    out.push_back(std::move(line));
  }
  return out;
}

std::vector<Vertex> projects(const Model& m) {
  return m.entities_of_kind(m.schema().require_kind("Project"));
}

/// query_similar as it was before issue 19: a profile of every project from its edge lists and
/// listed connections, every project scored and sorted, then truncated to the limit.
QueryResult similar_by_profiles(const Model& model, Vertex project, const QuerySettings& settings) {
  const SimilarWeights w;
  const auto& schema = model.schema();
  const auto& g = model.graph();
  const std::string_view lang = settings.language_of(model);
  const RelationId lead = schema.require_relation("leadOrganisation"), partner = schema.require_relation("partner"),
                   in_domain = schema.require_relation("inDomain"),
                   concerns = schema.require_relation("concernsProject");
  struct Profile {
    std::map<Vertex, RelationId> organisations;
    std::map<Vertex, bool> domains, about, areas;
  };
  auto profile_of = [&](Vertex p) {
    auto kept = [&](Edge e) { return settings.basis != BasisFilter::stated || !g[e].curated; };
    Profile out;
    for (auto e : boost::make_iterator_range(boost::out_edges(p, g))) {
      if (!kept(e)) continue;
      if (g[e].kind == lead || g[e].kind == partner) out.organisations.emplace(boost::target(e, g), g[e].kind);
      if (g[e].kind == in_domain) out.domains.emplace(boost::target(e, g), true);
    }
    for (auto e : boost::make_iterator_range(boost::in_edges(p, g)))
      if (kept(e) && g[e].kind == concerns) out.about.emplace(boost::source(e, g), true);
    std::vector<ChallengeConnection> connections;
    for (auto& c : listed_and_sorted(model, p))
      if (settings.basis != BasisFilter::stated || !c.path.any_curated()) connections.push_back(std::move(c));
    for (const auto& c : strongest_per_challenge(std::move(connections)))
      out.areas[c.challenge] = c.basis != Basis::indirect;
    return out;
  };
  struct Scored {
    Vertex project;
    int score = 0;
    std::string shared;
  };
  const Profile mine = profile_of(project);
  std::vector<Scored> rows;
  for (Vertex other : projects(model)) {
    if (other == project) continue;
    const Profile theirs = profile_of(other);
    Scored s{other, 0, {}};
    auto add = [&](int points, const std::string& what) {
      s.score += points;
      s.shared += (s.shared.empty() ? "" : "; ") + what + " +" + std::to_string(points);
    };
    auto name = [&](Vertex v) { return kind_label(model, v, lang) + " " + std::string(model.label(v, lang)); };
    for (const auto& [org, role] : mine.organisations)
      if (auto it = theirs.organisations.find(org); it != theirs.organisations.end())
        add(it->second == role ? w.organisation_same_role : w.organisation_other_role,
            name(org) + " (" + std::string(relation_label(model, role, lang)) + " / " +
                std::string(relation_label(model, it->second, lang)) + ")");
    for (const auto& [domain, unused] : mine.domains)
      if (theirs.domains.count(domain)) add(w.domain, name(domain));
    for (const auto& [item, unused] : mine.about)
      if (theirs.about.count(item)) add(w.case_or_result, name(item));
    for (const auto& [area, direct] : mine.areas)
      if (auto it = theirs.areas.find(area); it != theirs.areas.end()) {
        const bool both = direct && it->second;
        add(both ? w.challenge_direct : w.challenge_indirect,
            name(area) + (both ? " (faced by both)" : " (at least one indirectly)"));
      }
    if (s.score > 0) rows.push_back(std::move(s));
  }
  std::sort(rows.begin(), rows.end(), [&](const Scored& a, const Scored& b) {
    return a.score != b.score ? a.score > b.score : model.entity(a.project).id < model.entity(b.project).id;
  });
  QueryResult result;
  result.language = std::string(lang);
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::size_t first = i;
    while (first > 0 && rows[first - 1].score == rows[i].score)
      --first;
    const bool tie =
        (i > 0 && rows[i - 1].score == rows[i].score) || (i + 1 < rows.size() && rows[i + 1].score == rows[i].score);
    result.rows.push_back({std::to_string(first + 1), tie ? std::string(query_word(QueryWord::tie, lang)) : "",
                           std::to_string(rows[i].score), model.entity(rows[i].project).id,
                           std::string(model.label(rows[i].project, lang)), rows[i].shared});
  }
  if (rows.empty()) result.notes.push_back(std::string(query_word(QueryWord::no_similar, lang)));
  result.notes.push_back(query_text(QueryWord::similar_score, lang, w.organisation_same_role, w.organisation_other_role,
                                    w.domain, w.case_or_result, w.challenge_direct, w.challenge_indirect));
  apply_limit(result, settings.limit);
  return result;
}

} // namespace

TEST_CASE("a project's connections read in order equal every path listed and sorted", "[connections][query]") {
  std::size_t compared = 0, long_answers = 0;
  for (const auto& [entities, seed] : sizes) {
    const Model& m = generated(entities, seed);
    for (Vertex p : projects(m)) {
      INFO(m.entity(p).id << " of " << entities << " entities, seed " << seed);
      const auto expected = describe(m, listed_and_sorted(m, p));
      REQUIRE(describe(m, challenges_of_project(m, p)) == expected);
      ++compared;
      long_answers += expected.size() > 50;
    }
  }
  CHECK(compared > 1000);
  CHECK(long_answers > 50); // projects of a hub organisation, with hundreds of paths
}

TEST_CASE("the projects of an area found from the area equal every project's connections filtered",
          "[connections][query]") {
  std::size_t cut = 0;
  for (const auto& [entities, seed] : sizes) {
    const Model& m = generated(entities, seed);
    for (Vertex area : m.entities_of_kind(m.schema().require_kind("ChallengeArea"))) {
      std::vector<ChallengeConnection> all;
      for (Vertex p : projects(m))
        for (auto& c : listed_and_sorted(m, p))
          if (c.challenge == area) all.push_back(std::move(c));
      REQUIRE(describe(m, projects_of_challenge(m, area)) == describe(m, all));
      for (auto basis : {BasisFilter::any, BasisFilter::stated, BasisFilter::curated}) {
        std::vector<ChallengeConnection> kept;
        for (const auto& c : all)
          if (path_passes(c.path, basis)) kept.push_back(c);
        std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.basis < b.basis; });
        for (std::size_t limit : {std::size_t{0}, std::size_t{1}, std::size_t{20}, std::size_t{500}}) {
          INFO(m.entity(area).id << " of " << entities << " entities, basis " << basis_filter_name(basis) << ", limit "
                                 << limit);
          const auto page = first_projects_of_challenge(m, area, basis, limit);
          CHECK(page.total == kept.size());
          auto expected = kept;
          if (limit != 0 && expected.size() > limit) expected.resize(limit);
          REQUIRE(describe(m, page.connections) == describe(m, expected));
          cut += limit != 0 && kept.size() > limit;
        }
      }
    }
  }
  CHECK(cut > 20);
}

TEST_CASE("the matrix's counted cells equal the listed connections of each project", "[query][matrix]") {
  for (const auto& [entities, seed] : sizes) {
    const Model& m = generated(entities, seed);
    for (auto basis : {BasisFilter::any, BasisFilter::stated, BasisFilter::curated}) {
      const auto matrix = challenge_matrix(m, basis, MatrixGrouping::sector, "en");
      REQUIRE(matrix.rows.size() == projects(m).size());
      for (const auto& row : matrix.rows) {
        std::vector<std::size_t> paths(matrix.challenges.size());
        std::vector<std::vector<ChallengeConnection>> best(matrix.challenges.size());
        for (auto& c : listed_and_sorted(m, row.project)) {
          if (!path_passes(c.path, basis)) continue;
          const auto i = static_cast<std::size_t>(
              std::find(matrix.challenges.begin(), matrix.challenges.end(), c.challenge) - matrix.challenges.begin());
          ++paths[i];
          if (best[i].empty()) best[i].push_back(std::move(c));
        }
        for (std::size_t i = 0; i < matrix.challenges.size(); ++i) {
          INFO(m.entity(row.project).id << " x " << m.entity(matrix.challenges[i]).id << ", basis "
                                        << basis_filter_name(basis));
          REQUIRE(row.cells[i].paths == paths[i]);
          REQUIRE(row.cells[i].best.has_value() == !best[i].empty());
          if (row.cells[i].best) REQUIRE(describe(m, {*row.cells[i].best}) == describe(m, best[i]));
        }
      }
    }
  }
}

TEST_CASE("similar's top rows are the first rows of scoring every project's whole profile", "[query][similar]") {
  std::size_t compared = 0, cut = 0;
  for (const auto& [entities, seed] : sizes) {
    const Model& m = generated(entities, seed);
    const auto all = projects(m);
    for (std::size_t i = 0; i < all.size(); i += std::max<std::size_t>(1, all.size() / 8))
      for (auto basis : {BasisFilter::any, BasisFilter::stated, BasisFilter::curated})
        for (std::size_t limit : {std::size_t{20}, std::size_t{0}, std::size_t{1}, std::size_t{7}}) {
          const QuerySettings settings{basis, "en", limit};
          INFO(m.entity(all[i]).id << " of " << entities << " entities, basis " << basis_filter_name(basis)
                                   << ", limit " << limit);
          const auto expected = similar_by_profiles(m, all[i], settings);
          const auto found = query_similar(m, all[i], settings);
          REQUIRE(found.rows == expected.rows);
          REQUIRE(found.notes == expected.notes);
          ++compared;
          cut += limit != 0 && expected.notes.size() > 1;
        }
  }
  CHECK(compared > 200);
  CHECK(cut > 50);
}

TEST_CASE("similar refuses an entity that is not a project, as challenges does", "[query][similar]") {
  const Model& m = generated(150, 5);
  const Vertex organisation = *m.find_id("org0");
  CHECK_THROWS_AS(query_challenges(m, organisation), UsageError);
  CHECK_THROWS_AS(query_similar(m, organisation), UsageError);
  CHECK_THROWS_AS(first_projects_of_challenge(m, organisation, BasisFilter::any, 20), UsageError);
}

TEST_CASE("the challenge summary's bits and counts equal each project's cells and listed connections",
          "[connections][query][similar]") {
  std::size_t met = 0, direct = 0;
  for (const auto& [entities, seed] : sizes) {
    const Model& m = generated(entities, seed);
    const auto& summary = m.challenge_summary();
    for (auto basis : {BasisFilter::any, BasisFilter::stated, BasisFilter::curated}) {
      ChallengeReach reach(m, basis);
      REQUIRE(summary.areas() == reach.areas());
      std::vector<std::size_t> direct_paths(summary.areas().size()), indirect(summary.areas().size());
      std::vector<ChallengeReach::Cell> cells;
      for (Vertex p : projects(m)) {
        reach.cells_of(p, cells, {}, false);
        for (std::size_t area = 0; area < cells.size(); ++area) {
          INFO(m.entity(p).id << " x " << m.entity(summary.areas()[area]).id << " of " << entities
                              << " entities, basis " << basis_filter_name(basis));
          const auto bits = summary.bits(p, area);
          REQUIRE(ChallengeSummary::met(bits, basis) == (cells[area].paths != 0));
          if (cells[area].paths == 0) continue;
          REQUIRE(ChallengeSummary::direct(bits, basis) == (cells[area].best.basis != Basis::indirect));
          ++met;
          direct += ChallengeSummary::direct(bits, basis);
        }
        for (const auto& c : listed_and_sorted(m, p))
          if (path_passes(c.path, basis)) {
            const auto area = static_cast<std::size_t>(
                std::find(summary.areas().begin(), summary.areas().end(), c.challenge) - summary.areas().begin());
            ++(c.basis == Basis::indirect ? indirect : direct_paths)[area];
          }
      }
      for (std::size_t area = 0; area < indirect.size(); ++area) {
        CHECK(summary.direct_paths(area, basis) == direct_paths[area]);
        CHECK(summary.indirect_paths(area, basis) == indirect[area]);
      }
    }
  }
  CHECK(met > 1000);
  CHECK(direct > 100);
  CHECK(direct < met); // some only indirect
}

TEST_CASE("similar takes a project's role from its first relation to an organisation it both leads and partners",
          "[query][similar]") {
  // The fixture with two projects related to Copenhagen both ways, in either order, and a
  // relation stated and curated at once.
  const auto dir = test::work_dir("similar-both-roles");
  std::filesystem::copy(test::data_dir() / "query" / "mini", dir, std::filesystem::copy_options::recursive);
  {
    std::ofstream projects(dir / "projects.csv", std::ios::app);
    projects << "kk-ny,Et nyt projekt,A new project,annonce,Projekter i kommunerne,municipal\n";
    std::ofstream relations(dir / "relations.csv", std::ios::app);
    relations << "kk-ny,partner,kk,stated,annonce,Projekter i kommunerne,\n"
                 "kk-ny,leadOrganisation,kk,stated,annonce,Projekter i kommunerne,\n"
                 "kk-byg,partner,kk,stated,annonce,Projekter i kommunerne,\n"
                 "ok-besk,partner,kk,curated,rapport,,the editor read Odense's partnership twice\n";
  }
  const Model m = load_dataset_or_throw(dir);
  std::size_t rows = 0;
  for (const char* id : {"kk-match", "kk-byg", "ok-besk", "aak-rehab", "kk-ny"})
    for (auto basis : {BasisFilter::any, BasisFilter::stated, BasisFilter::curated}) {
      INFO(id << ", basis " << basis_filter_name(basis));
      const QuerySettings settings{basis, "en", 0};
      const auto expected = similar_by_profiles(m, *m.find_id(id), settings);
      const auto found = query_similar(m, *m.find_id(id), settings);
      REQUIRE(found.rows == expected.rows);
      REQUIRE(found.notes == expected.notes);
      rows += found.rows.size();
    }
  CHECK(rows > 12);
  // kk-ny is a partner first: to kk-match (lead) it scores the other role; kk-byg, lead first, the same.
  const auto r = query_similar(m, *m.find_id("kk-match"), QuerySettings{BasisFilter::any, "en", 0});
  auto shared = [&](const char* id) {
    const auto row = std::find_if(r.rows.begin(), r.rows.end(), [&](const auto& x) { return x[3] == id; });
    REQUIRE(row != r.rows.end());
    return (*row)[5];
  };
  CHECK_THAT(shared("kk-ny"), Catch::Contains("/ partner) +2"));
  CHECK_THAT(shared("kk-byg"), Catch::Contains("+3"));
}
