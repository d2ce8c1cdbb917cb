#include "model/connections.hpp"

#include "model/challenge_reach.hpp"
#include "model/challenge_summary.hpp"
#include "model/english.hpp"
#include "model/error.hpp"

#include <algorithm>

namespace vidensgraf {

namespace {

/// The kind and relation ids looked up by name in the schema.
struct Kinds {
  explicit Kinds(const Schema& s)
      : project(s.require_kind("Project")), challenge(s.require_kind("ChallengeArea")),
        faces(s.require_relation("facesChallenge")) {}
  KindId project, challenge;
  RelationId faces;
};

void require_kind(const Model& m, Vertex v, KindId kind) {
  const auto& e = m.entity(v);
  if (e.kind != kind)
    throw UsageError("'" + e.id + "' is " + with_article(m.schema().kind(e.kind).name) + ", not " +
                     with_article(m.schema().kind(kind).name));
}

} // namespace

std::string_view basis_name(Basis basis) noexcept {
  switch (basis) {
  case Basis::stated:
    return "stated";
  case Basis::curated:
    return "curated";
  case Basis::indirect:
    return "indirect";
  }
  return "indirect";
}

void require_project(const Model& m, Vertex project) {
  require_kind(m, project, m.schema().require_kind("Project"));
}

std::vector<ChallengeConnection> challenges_of_project(const Model& m, Vertex project) {
  require_project(m, project);
  const auto& adjacency = m.ordered_adjacency();
  // Found in path_less order along the ordered adjacency; a stable sort by (challenge id, basis)
  // then gives connection_less's order without comparing a string.
  struct Found {
    std::uint32_t challenge_rank;
    CompactConnection connection;
  };
  std::vector<Found> found;
  ChallengeReach(m, BasisFilter::any).for_each_connection(project, [&](const CompactConnection& c) {
    found.push_back({adjacency.id_rank(c.arcs[c.length - 1]->neighbour), c});
  });
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return a.challenge_rank != b.challenge_rank ? a.challenge_rank < b.challenge_rank
                                                : a.connection.basis < b.connection.basis;
  });
  std::vector<ChallengeConnection> out;
  out.reserve(found.size());
  for (const auto& f : found)
    out.push_back(materialise(adjacency, project, f.connection));
  return out;
}

ConnectionPage first_projects_of_challenge(const Model& m, Vertex challenge, BasisFilter filter, std::size_t limit) {
  const Kinds k(m.schema());
  require_kind(m, challenge, k.challenge);
  const auto& adjacency = m.ordered_adjacency();
  ChallengeReach reach(m, filter);
  const auto& summary = m.challenge_summary();
  const std::size_t area = reach.area_index(challenge);
  ConnectionPage page;
  page.total = summary.direct_paths(area, filter) + summary.indirect_paths(area, filter);
  auto room = [&] { return limit == 0 || page.connections.size() < limit; };
  // Stated, then curated: the facesChallenge relations into the area, in project id order.
  for (Basis basis : {Basis::stated, Basis::curated})
    for (const auto& arc : adjacency.arcs(challenge, k.faces, Direction::backward)) {
      if (!room()) break;
      if (arc.neighbour_kind != k.project || arc.curated() != (basis == Basis::curated) || !reach.passes(arc.curated()))
        continue;
      ChallengeConnection c;
      c.project = arc.neighbour;
      c.challenge = challenge;
      c.basis = basis;
      c.path = {arc.neighbour,
                {{adjacency.edge(challenge, arc), arc.relation, Direction::forward, challenge, arc.curated()}}};
      page.connections.push_back(std::move(c));
    }
  // Indirect: project by project in id order, until the page is full.
  for (Vertex project : adjacency.entities_of_kind(k.project)) {
    if (!room()) break;
    reach.for_each_indirect(project, area, [&](const CompactConnection& c) {
      page.connections.push_back(materialise(adjacency, project, c));
      return room();
    });
  }
  return page;
}

std::vector<ChallengeConnection> projects_of_challenge(const Model& m, Vertex challenge) {
  auto all = first_projects_of_challenge(m, challenge, BasisFilter::any, 0).connections;
  const auto& adjacency = m.ordered_adjacency();
  std::stable_sort(all.begin(), all.end(), [&](const auto& a, const auto& b) {
    return adjacency.id_rank(a.project) < adjacency.id_rank(b.project);
  });
  return all;
}

std::vector<ChallengeConnection> strongest_per_challenge(std::vector<ChallengeConnection> connections) {
  std::vector<ChallengeConnection> out;
  for (auto& c : connections)
    if (out.empty() || out.back().challenge != c.challenge || out.back().project != c.project)
      out.push_back(std::move(c));
  return out;
}

} // namespace vidensgraf
