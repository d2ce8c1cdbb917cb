// The graph queries behind `vidensgraf query NAME`: each takes the model, resolved entities and
// the QuerySettings (basis, language, limit), and returns a QueryResult in a deterministic order.
// Every row that rests on a path carries it, and its table form names each step's relation (in
// the settings' language), basis and sources. One query per file in model/query/.
#pragma once

#include "model/challenge_matrix.hpp"
#include "model/model.hpp"
#include "model/query/query_result.hpp"
#include "model/query/query_settings.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace vidensgraf {

/// Entities within `depth` steps of `entity`, ignoring direction, optionally along one relation
/// kind only (`relation`: its local name, UsageError when unknown). Rows: depth, then kind order,
/// then id; each with the shortest path to it (tie-break: connection_path.hpp's path_less order).
/// Basis stated searches along stated relations only; curated keeps the rows whose path has a
/// curated step.
QueryResult query_neighbours(const Model& model, Vertex entity, std::size_t depth, std::string_view relation = {},
                             const QuerySettings& settings = {});

/// Every shortest connection from `from` to `to` ignoring direction (up to the settings' limit of
/// paths, in path_less order, the first being the one a breadth-first search finds), one row
/// per step. Basis stated searches along stated relations only; curated keeps the shortest paths
/// with a curated step. No rows (and a note) when they are not connected.
QueryResult query_path(const Model& model, Vertex from, Vertex to, const QuerySettings& settings = {});

/// The challenge areas a project meets, grouped by how it is known (stated, curated, indirect),
/// each with the organisation, partner, case or result it goes through and its path. A note says
/// so plainly when nothing links the project to an area, and what the project's programme
/// emphasises (a statement about the programme, never counted as the project's).
QueryResult query_challenges(const Model& model, Vertex project, const QuerySettings& settings = {});

/// The projects that meet a challenge area, grouped and explained as query_challenges.
QueryResult query_projects(const Model& model, Vertex challenge, const QuerySettings& settings = {});

/// Cases, tools and advice that address the project's challenge areas, ranked by score:
/// each challenge area the project meets has a weight from its strongest basis (stated 3,
/// curated 2, indirect 1); an item scores the sum, over the areas it addresses, of that weight
/// times 2 for a stated addressesChallenge link or 1 for a curated one. Items already on one of
/// the project's own connection paths (its organisation's cases, cases about it) are left out.
/// Ties: kind order, then id.
QueryResult query_recommend(const Model& model, Vertex project, const QuerySettings& settings = {});

/// The weights of query_similar, per shared neighbour.
struct SimilarWeights {
  int organisation_same_role = 3;  ///< an organisation both have as lead, or both as partner
  int organisation_other_role = 2; ///< an organisation one has as lead and the other as partner
  int domain = 1;                  ///< a domain both are in
  int case_or_result = 2;          ///< a case or result that concerns both
  int challenge_direct = 2;        ///< a challenge area both face by a facesChallenge relation
  int challenge_indirect = 1;      ///< a challenge area both meet, at least one of them indirectly
};

/// Other projects ranked by what they share with `project`: organisations (by role), domains,
/// cases and results that concern both, and challenge areas, with SimilarWeights; every row says
/// what it shares and what each thing adds. Projects sharing nothing are left out. Equal scores
/// share a rank (shown as a tie) and are ordered by id.
QueryResult query_similar(const Model& model, Vertex project, const QuerySettings& settings = {},
                          const SimilarWeights& weights = {});

/// challenge_matrix as rows: one per project (group, project, one column per challenge area with
/// the cell's basis), the strongest path per cell in JSON.
QueryResult query_matrix(const Model& model, MatrixGrouping grouping, const QuerySettings& settings = {});

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
/// column, the half-width of each value's 95% interval (Chebyshev, from the sample's standard error) (docs/central.md).
/// Models with more than `max_entities` entities are refused with a UsageError naming the option.
/// settings.basis: stated ranks on the stated relations only; curated keeps the entities whose
/// value changes when the curated relations are left out (with that value beside it); any ranks
/// on every relation. Labels in settings' language; `top` is the limit (settings.limit is not
/// used).
QueryResult query_central(const Model& model, std::size_t top, std::size_t max_entities,
                          const CentralOptions& options = {}, const QuerySettings& settings = {});

/// The default of query_central's max_entities.
inline constexpr std::size_t central_default_max_entities = 10'000'000;

} // namespace vidensgraf
