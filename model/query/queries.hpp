// The graph queries behind `vidensgraf query NAME`: each takes the model and resolved entities
// and returns a QueryResult in a deterministic order. One query per file in model/query/.
#pragma once

#include "model/model.hpp"
#include "model/query/query_result.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace vidensgraf {

/// Entities within `depth` steps of `entity`, ignoring direction, optionally along one relation
/// kind only (`relation`: its local name, UsageError when unknown). Rows: depth, then kind order,
/// then id; each with the shortest path to it (tie-break: connection_path.hpp's path_less order).
QueryResult query_neighbours(const Model& model, Vertex entity, std::size_t depth, std::string_view relation = {});

/// The shortest connection from `from` to `to` ignoring direction (breadth-first search on the
/// undirected view), one row per step; of several shortest paths the least in path_less order.
/// No rows (and a note) when they are not connected.
QueryResult query_path(const Model& model, Vertex from, Vertex to);

/// challenges_of_project as rows: challenge, basis, via (the path as text), with paths.
QueryResult query_challenges(const Model& model, Vertex project);

/// projects_of_challenge as rows: project, basis, via, with paths.
QueryResult query_projects(const Model& model, Vertex challenge);

/// Cases, tools and advice that address the project's challenge areas, ranked by score:
/// each challenge area the project meets has a weight from its strongest basis (stated 3,
/// curated 2, inferred 1); an item scores the sum, over the areas it addresses, of that weight
/// times 2 for a stated addressesChallenge link or 1 for a curated one. Items already on one of
/// the project's own connection paths (its organisation's cases, cases about it) are left out.
/// Ties: kind order, then id.
QueryResult query_recommend(const Model& model, Vertex project);

/// Other projects ranked by what they share with `project`: 3 per shared organisation in the
/// same role (both lead, or both partner), 2 per shared organisation in different roles, 2 per
/// challenge area both face by a stated or curated facesChallenge, 1 per area both meet otherwise.
/// Projects sharing nothing are left out. Ties: id.
QueryResult query_similar(const Model& model, Vertex project);

/// How query_central computes: exact up to `exact_up_to` entities, from sampled sources above.
struct CentralOptions {
  /// Exact Brandes (boost::brandes_betweenness_centrality, O(V·E)) up to this many entities: about
  /// 3 s at 3000 generated entities, 35 s at 10 000; approximate above.
  std::size_t exact_up_to = 3000;
  /// Sources the approximation runs from (Brandes-Pich): its cost is samples × O(V + E), its
  /// error shrinks as 1/sqrt(samples). 64 took 45 s CPU at a million entities, on a busy
  /// machine (bench/RESULTS.md).
  std::size_t samples = 64;
  std::uint64_t seed = 7; ///< draws the sources; the same seed, the same answer
};

/// Entities ranked by betweenness centrality on the undirected graph, normalised to [0, 1]; the
/// `top` highest. Exact (Brandes' algorithm via boost::brandes_betweenness_centrality) up to
/// options.exact_up_to entities; above, estimated from options.samples sources with an `error`
/// column, the half-width of each value's 95% interval (Chebyshev, from the sample's standard error) (docs/central.md). Models
/// with more than `max_entities` entities are refused with a UsageError naming the option.
QueryResult query_central(const Model& model, std::size_t top, std::size_t max_entities,
                          const CentralOptions& options = {});

/// The default of query_central's max_entities.
inline constexpr std::size_t central_default_max_entities = 10'000'000;

} // namespace vidensgraf
