// The ordered adjacency and the bidirectional shortest-path search (model/ordered_adjacency.cpp,
// model/query/shortest_paths.cpp) against the simplest search that answers the same question:
// breadth-first distances from both ends over the whole graph, every shortest path listed
// depth-first over neighbours sorted by string comparison per visit (what `query path` did before
// issue 19), on generated models of several sizes and seeds, for every basis, including pairs
// with many equally short paths and pairs that are not connected.
#include "model/dataset_loader.hpp"
#include "model/generator.hpp"
#include "model/ordered_adjacency.hpp"
#include "model/query/query_settings.hpp"
#include "model/query/shortest_paths.hpp"
#include "model/query/undirected_view.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <deque>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace vidensgraf;

namespace {

constexpr std::size_t far = std::numeric_limits<std::size_t>::max();

const Model& generated(std::size_t entities, std::uint64_t seed) {
  static std::map<std::pair<std::size_t, std::uint64_t>, Model> models;
  auto it = models.find({entities, seed});
  if (it == models.end()) {
    const auto dir = test::work_dir("shortest-paths-" + std::to_string(entities) + "-" + std::to_string(seed));
    generate_dataset(dir, entities, seed);
    it = models.emplace(std::pair{entities, seed}, load_dataset_or_throw(dir)).first;
  }
  return it->second;
}

std::vector<std::size_t> distances(const Model& m, Vertex start, bool stated_only) {
  const auto& g = m.graph();
  std::vector<std::size_t> d(boost::num_vertices(g), far);
  std::deque<Vertex> queue{start};
  d[start] = 0;
  auto reach = [&](Vertex from, Vertex to, Edge e) {
    if (d[to] == far && !(stated_only && g[e].curated)) {
      d[to] = d[from] + 1;
      queue.push_back(to);
    }
  };
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop_front();
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
      reach(v, boost::target(e, g), e);
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
      reach(v, boost::source(e, g), e);
  }
  return d;
}

/// The simple answer: counted by dynamic programming over the distances, listed depth-first
/// over neighbours sorted per visit.
detail::ShortestPaths simple(const Model& m, Vertex from, Vertex to, bool stated_only, BasisFilter filter,
                             std::size_t wanted) {
  detail::ShortestPaths out;
  const auto df = distances(m, from, stated_only);
  const auto dt = distances(m, to, stated_only);
  if (df[to] == far) return out;
  out.length = df[to];
  const auto rank = detail::relation_rank(m.schema());
  auto on_path = [&](const PathStep& s, std::size_t position) {
    return !(stated_only && s.curated) && df[s.entity] == position && dt[s.entity] == out.length - position;
  };
  // paths[v]: shortest paths from `from` to v, in order of distance from `from`.
  std::vector<Vertex> by_distance;
  for (Vertex v = 0; v < df.size(); ++v)
    if (df[v] != far && dt[v] != far && df[v] + dt[v] == out.length) by_distance.push_back(v);
  std::stable_sort(by_distance.begin(), by_distance.end(), [&](Vertex a, Vertex b) { return df[a] < df[b]; });
  std::vector<std::size_t> paths(df.size(), 0);
  paths[from] = 1;
  std::vector<PathStep> steps;
  for (Vertex v : by_distance) {
    detail::sorted_steps(m, v, std::nullopt, rank, steps);
    for (const auto& s : steps)
      if (s.entity != v && on_path(s, df[v] + 1)) paths[s.entity] += paths[v];
  }
  out.total = from == to ? 1 : paths[to];
  if (from == to) return out;
  ConnectionPath current{from, {}};
  std::function<bool()> walk = [&] {
    const Vertex at = current.end();
    std::vector<PathStep> here;
    detail::sorted_steps(m, at, std::nullopt, rank, here);
    for (const auto& s : here) {
      if (s.entity == at || !on_path(s, current.steps.size() + 1)) continue;
      current.steps.push_back(s);
      if (current.steps.size() == out.length) {
        if (path_passes(current, filter)) out.paths.push_back(current);
        if (wanted != 0 && out.paths.size() == wanted) return true;
      } else if (walk()) {
        return true;
      }
      current.steps.pop_back();
    }
    return false;
  };
  walk();
  return out;
}

/// A path as text with each step's basis and edge, so that two lists compare step by step.
std::vector<std::string> described(const Model& m, const std::vector<ConnectionPath>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::string text = path_to_string(m, p);
    for (const auto& s : p.steps)
      text += std::string(s.curated ? " c" : " s") + std::to_string(boost::source(s.edge, m.graph())) + ">" +
              std::to_string(boost::target(s.edge, m.graph()));
    out.push_back(text);
  }
  return out;
}

} // namespace

TEST_CASE("the ordered adjacency lists every entity's relations in the order a per-visit sort gives", "[query][path]") {
  for (const auto& [entities, seed] : std::vector<std::pair<std::size_t, std::uint64_t>>{{300, 1}, {2000, 7}}) {
    const Model& m = generated(entities, seed);
    const auto& adjacency = m.ordered_adjacency();
    const auto rank = detail::relation_rank(m.schema());
    std::vector<PathStep> steps;
    std::size_t arcs = 0;
    for (Vertex v = 0; v < m.entity_count(); ++v) {
      detail::sorted_steps(m, v, std::nullopt, rank, steps);
      std::erase_if(steps, [&](const PathStep& s) { return s.entity == v; });
      const auto mine = adjacency.arcs(v);
      REQUIRE(mine.size() == steps.size());
      for (std::size_t i = 0; i < steps.size(); ++i) {
        const PathStep s = adjacency.step(v, mine[i]);
        REQUIRE(s.relation == steps[i].relation);
        REQUIRE(s.direction == steps[i].direction);
        REQUIRE(s.entity == steps[i].entity);
        REQUIRE(s.curated == m.relation(s.edge).curated);
        REQUIRE(make_step(m, v, s.edge).entity == s.entity);
      }
      arcs += mine.size();
    }
    CHECK(arcs == 2 * m.relation_count());
  }
}

TEST_CASE("the bidirectional search finds the paths, count and order of the simple one", "[query][path]") {
  std::size_t compared = 0, unconnected = 0, ties = 0, listed_all = 0;
  for (const auto& [entities, seed] :
       std::vector<std::pair<std::size_t, std::uint64_t>>{{200, 3}, {800, 11}, {3000, 7}}) {
    const Model& m = generated(entities, seed);
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<Vertex> any(0, m.entity_count() - 1);
    for (int pair = 0; pair < 40; ++pair) {
      const Vertex from = pair == 0 ? 0 : any(rng);
      const Vertex to = pair == 0 ? 0 : any(rng);
      for (auto filter : {BasisFilter::any, BasisFilter::stated, BasisFilter::curated}) {
        const bool stated_only = filter == BasisFilter::stated;
        for (std::size_t wanted : {std::size_t{20}, std::size_t{1}, std::size_t{0}}) {
          const auto expected = simple(m, from, to, stated_only, filter, wanted == 0 ? 5000 : wanted);
          if (wanted == 0 && expected.total > 5000) continue; // listing them all is not the point here
          INFO(m.entity(from).id << " to " << m.entity(to).id << ", basis " << basis_filter_name(filter) << ", wanted "
                                 << wanted);
          const auto found = detail::shortest_paths(m, from, to, stated_only, filter, wanted);
          REQUIRE(found.length == expected.length);
          REQUIRE(found.total == expected.total);
          REQUIRE(described(m, found.paths) == described(m, expected.paths));
          for (std::size_t i = 1; i < found.paths.size(); ++i)
            REQUIRE(path_less(m, found.paths[i - 1], found.paths[i]));
          ++compared;
          unconnected += found.length == detail::ShortestPaths::unreached;
          ties += found.total > 1;
          listed_all += wanted == 0 && found.total > 20;
        }
      }
    }
  }
  // The comparison covered what it is for: unconnected pairs, ties, lists longer than a page.
  CHECK(compared > 900);
  CHECK(unconnected > 0);
  CHECK(ties > 100);
  CHECK(listed_all > 0);
}
