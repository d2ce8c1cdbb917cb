// Queries that compute only the rows they show (model/query/top_rows.hpp): recommend against the
// ranking it replaced (every candidate scored in a map, all sorted, then truncated to the limit)
// and neighbours against its own whole answer truncated, on generated models of several sizes
// and seeds, for every basis and several limits. Rows and notes must be the same, in the same order.
#include "model/connections.hpp"
#include "model/dataset_loader.hpp"
#include "model/generator.hpp"
#include "model/query/path_text.hpp"
#include "model/query/queries.hpp"
#include "model/query/top_rows.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace vidensgraf;

namespace {

int basis_weight(Basis basis) {
  return basis == Basis::stated ? 3 : basis == Basis::curated ? 2 : 1;
}

struct Candidate {
  int score = 0;
  std::vector<std::string> reasons;
  bool rests_on_curated = false;
};

/// query_recommend as it was before issue 19: rank every candidate, then keep the first rows.
QueryResult rank_everything(const Model& model, Vertex project, const QuerySettings& settings) {
  const auto& schema = model.schema();
  const std::string_view lang = settings.language_of(model);
  const RelationId addresses = schema.require_relation("addressesChallenge");
  std::vector<ChallengeConnection> all;
  for (auto& c : challenges_of_project(model, project))
    if (settings.basis != BasisFilter::stated || !c.path.any_curated()) all.push_back(std::move(c));
  std::set<Vertex> own;
  for (const auto& c : all)
    for (const auto& s : c.path.steps)
      own.insert(s.entity);
  const auto connections = strongest_per_challenge(all);
  std::map<Vertex, Candidate> candidates;
  for (const auto& c : connections) {
    for (auto e : boost::make_iterator_range(boost::in_edges(c.challenge, model.graph()))) {
      const Relation& r = model.relation(e);
      const Vertex item = boost::source(e, model.graph());
      if (r.kind != addresses || own.count(item) || (settings.basis == BasisFilter::stated && r.curated)) continue;
      const int score = basis_weight(c.basis) * (r.curated ? 1 : 2);
      auto& candidate = candidates[item];
      candidate.score += score;
      candidate.reasons.push_back("addresses " + std::string(model.label(c.challenge, lang)) +
                                  (r.curated ? " (curated link)" : "") + ", which the project meets " +
                                  std::string(basis_name(c.basis)) + " (+" + std::to_string(score) + ")");
      if (r.curated || c.path.any_curated()) candidate.rests_on_curated = true;
    }
  }
  std::vector<std::pair<Vertex, Candidate>> ranked(candidates.begin(), candidates.end());
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    const auto& ea = model.entity(a.first);
    const auto& eb = model.entity(b.first);
    if (a.second.score != b.second.score) return a.second.score > b.second.score;
    return std::tie(ea.kind, ea.id) < std::tie(eb.kind, eb.id);
  });
  QueryResult result;
  std::size_t rank = 0;
  for (auto& [item, candidate] : ranked) {
    if (settings.basis == BasisFilter::curated && !candidate.rests_on_curated) continue;
    std::sort(candidate.reasons.begin(), candidate.reasons.end());
    std::string reason;
    for (const auto& r : candidate.reasons)
      reason += (reason.empty() ? "" : "; ") + r;
    result.rows.push_back({std::to_string(++rank), std::to_string(candidate.score),
                           schema.kind(model.entity(item).kind).name, kind_label(model, item, lang),
                           model.entity(item).id, std::string(model.label(item, lang)), reason});
  }
  if (result.rows.empty())
    result.notes.push_back(connections.empty()
                               ? "no source links this project to a challenge area, so there is "
                                 "nothing to recommend for one"
                               : "no other case, tool or advice addresses the project's challenge areas");
  result.notes.push_back("score: per challenge area the item addresses, the area's weight for the project "
                         "(stated 3, curated 2, indirect 1) times 2 for a stated link or 1 for a curated one");
  apply_limit(result, settings.limit);
  return result;
}

} // namespace

TEST_CASE("recommend's top rows are the first rows of ranking every candidate", "[query][recommend]") {
  std::size_t compared = 0, cut = 0;
  for (const auto& [entities, seed] :
       std::vector<std::pair<std::size_t, std::uint64_t>>{{150, 5}, {1000, 7}, {4000, 13}}) {
    const auto dir = test::work_dir("recommend-" + std::to_string(entities) + "-" + std::to_string(seed));
    generate_dataset(dir, entities, seed);
    const Model m = load_dataset_or_throw(dir);
    const auto projects = m.entities_of_kind(m.schema().require_kind("Project"));
    for (std::size_t i = 0; i < projects.size(); i += std::max<std::size_t>(1, projects.size() / 25))
      for (auto basis : {BasisFilter::any, BasisFilter::stated, BasisFilter::curated})
        for (std::size_t limit : {std::size_t{20}, std::size_t{0}, std::size_t{1}, std::size_t{7}}) {
          QuerySettings settings;
          settings.basis = basis;
          settings.limit = limit;
          settings.language = "en"; // the old code's words were English only
          INFO(m.entity(projects[i]).id << ", basis " << basis_filter_name(basis) << ", limit " << limit);
          const auto expected = rank_everything(m, projects[i], settings);
          const auto found = query_recommend(m, projects[i], settings);
          REQUIRE(found.rows == expected.rows);
          REQUIRE(found.notes == expected.notes);
          ++compared;
          cut += limit != 0 && expected.notes.size() > 1;
        }
  }
  CHECK(compared > 500);
  CHECK(cut > 50); // answers longer than the limit, where the heap's choice matters
}

TEST_CASE("TopRows keeps the best items in order, all of them with limit 0", "[query][recommend]") {
  std::vector<int> items;
  for (int i = 0; i < 200; ++i)
    items.push_back((i * 37) % 101);
  for (std::size_t limit : {std::size_t{0}, std::size_t{1}, std::size_t{10}, std::size_t{500}}) {
    auto greater = [](int a, int b) { return a > b; };
    detail::TopRows<int, decltype(greater)> top(limit, greater);
    for (int x : items)
      top.offer(x);
    auto expected = items;
    std::sort(expected.begin(), expected.end(), std::greater<>());
    if (limit != 0 && expected.size() > limit) expected.resize(limit);
    CHECK(top.offered() == items.size());
    CHECK(std::move(top).take() == expected);
  }
}

TEST_CASE("neighbours with a limit gives the first rows of its whole answer", "[query][recommend]") {
  const auto dir = test::work_dir("neighbours-limit");
  generate_dataset(dir, 1500, 3);
  const Model m = load_dataset_or_throw(dir);
  std::size_t cut = 0;
  for (Vertex v = 0; v < m.entity_count(); v += 97)
    for (auto basis : {BasisFilter::any, BasisFilter::stated, BasisFilter::curated})
      for (std::size_t depth : {std::size_t{1}, std::size_t{2}}) {
        QuerySettings all;
        all.basis = basis;
        all.limit = 0;
        const auto whole = query_neighbours(m, v, depth, {}, all);
        for (std::size_t limit : {std::size_t{1}, std::size_t{20}}) {
          INFO(m.entity(v).id << ", basis " << basis_filter_name(basis) << ", depth " << depth << ", limit " << limit);
          QuerySettings settings = all;
          settings.limit = limit;
          auto expected = whole;
          apply_limit(expected, limit);
          const auto found = query_neighbours(m, v, depth, {}, settings);
          REQUIRE(found.rows == expected.rows);
          REQUIRE(found.notes == expected.notes);
          REQUIRE(found.paths.size() == expected.paths.size());
          cut += whole.rows.size() > limit;
        }
      }
  CHECK(cut > 50);
}
