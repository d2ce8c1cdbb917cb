// Counting projects' connections to challenge areas per organisation, once per query (see the header).
#include "model/challenge_reach.hpp"

#include <algorithm>

namespace vidensgraf {

ChallengeReach::ChallengeReach(const Model& model, BasisFilter filter)
    : model_(model), adjacency_(model.ordered_adjacency()), filter_(filter),
      faces_(model.schema().require_relation("facesChallenge")),
      addresses_(model.schema().require_relation("addressesChallenge")),
      lead_(model.schema().require_relation("leadOrganisation")), partner_(model.schema().require_relation("partner")),
      owner_(model.schema().require_relation("owner")), concerns_(model.schema().require_relation("concernsProject")),
      project_kind_(model.schema().require_kind("Project")), slot_(model.entity_count()) {
  const auto areas = adjacency_.entities_of_kind(model.schema().require_kind("ChallengeArea"));
  areas_.assign(areas.begin(), areas.end());
}

std::size_t ChallengeReach::area_index(Vertex v) const noexcept {
  // A handful of areas (seven in a generated model): a scan beats any index.
  return static_cast<std::size_t>(std::find(areas_.begin(), areas_.end(), v) - areas_.begin());
}

bool ChallengeReach::passes(bool any_curated) const noexcept {
  return basis_passes(filter_, any_curated);
}

std::uint32_t ChallengeReach::passing(const Tally& t, bool first_curated) const noexcept {
  switch (filter_) {
  case BasisFilter::stated:
    return first_curated ? 0 : t.stated;
  case BasisFilter::curated:
    return first_curated ? t.all : t.all - t.stated;
  case BasisFilter::any:
    break;
  }
  return t.all;
}

const ChallengeReach::Tally* ChallengeReach::tallies(Vertex org) {
  if (slot_[org] == 0) {
    const std::size_t at = tallies_.size();
    tallies_.resize(at + areas_.size());
    const auto owned = adjacency_.arcs(org, owner_, Direction::backward);
    for (std::size_t i = 0; i < owned.size(); ++i)
      for (const auto& addr : adjacency_.arcs(owned[i].neighbour, addresses_, Direction::forward)) {
        const std::size_t area = area_index(addr.neighbour);
        if (area == areas_.size()) continue;
        Tally& t = tallies_[at + area];
        ++t.all;
        t.stated += !owned[i].curated() && !addr.curated();
        t.first = std::min(t.first, static_cast<std::uint32_t>(i));
      }
    slot_[org] = static_cast<std::uint32_t>(at + 1);
  }
  return tallies_.data() + (slot_[org] - 1);
}

std::array<std::span<const OrderedAdjacency::Arc>, 2> ChallengeReach::organisation_arcs(Vertex project) const {
  auto lead = adjacency_.arcs(project, lead_, Direction::forward);
  auto partner = adjacency_.arcs(project, partner_, Direction::forward);
  if (adjacency_.relation_rank(partner_) < adjacency_.relation_rank(lead_)) std::swap(lead, partner);
  return {lead, partner};
}

void ChallengeReach::cells_of(Vertex project, std::vector<Cell>& out, const std::vector<bool>& wanted,
                              bool with_paths) {
  out.assign(areas_.size(), Cell{});
  auto want = [&](std::size_t area) { return area < areas_.size() && (wanted.empty() || wanted[area]); };
  // Offered in path_less order: the first of the strongest basis stays the best.
  auto offer = [](Cell& cell, const CompactConnection& c) {
    if (cell.paths++ == 0 || c.basis < cell.best.basis) cell.best = c;
  };
  for (const auto& arc : adjacency_.arcs(project, faces_, Direction::forward)) {
    const std::size_t area = area_index(arc.neighbour);
    if (want(area) && passes(arc.curated()))
      offer(out[area], {arc.curated() ? Basis::curated : Basis::stated, 1, {&arc, nullptr, nullptr}});
  }
  for (const auto& about : adjacency_.arcs(project, concerns_, Direction::backward))
    for (const auto& addr : adjacency_.arcs(about.neighbour, addresses_, Direction::forward)) {
      const std::size_t area = area_index(addr.neighbour);
      if (want(area) && passes(about.curated() || addr.curated()))
        offer(out[area], {Basis::indirect, 2, {&about, &addr, nullptr}});
    }
  for (const auto& span : organisation_arcs(project))
    for (const auto& to_org : span) {
      const Tally* t = tallies(to_org.neighbour);
      for (std::size_t area = 0; area < areas_.size(); ++area) {
        const std::uint32_t n = want(area) ? passing(t[area], to_org.curated()) : 0;
        if (n == 0) continue;
        Cell& cell = out[area];
        const bool first = cell.paths == 0;
        cell.paths += n;
        if (!first) continue;
        cell.best = {Basis::indirect, 0, {}};
        if (!with_paths) continue;
        // The first passing path through this organisation, from its first item on the area's paths.
        const auto owned = adjacency_.arcs(to_org.neighbour, owner_, Direction::backward);
        for (std::size_t i = t[area].first; i < owned.size() && cell.best.length == 0; ++i)
          for (const auto& addr : adjacency_.arcs(owned[i].neighbour, addresses_, Direction::forward))
            if (addr.neighbour == areas_[area] && passes(to_org.curated() || owned[i].curated() || addr.curated())) {
              cell.best = {Basis::indirect, 3, {&to_org, &owned[i], &addr}};
              break;
            }
      }
    }
}

ChallengeConnection materialise(const OrderedAdjacency& adjacency, Vertex project, const CompactConnection& c) {
  ChallengeConnection out;
  out.project = project;
  out.basis = c.basis;
  out.path.start = project;
  Vertex at = project;
  for (std::size_t i = 0; i < c.length; ++i) {
    out.path.steps.push_back(adjacency.step(at, *c.arcs[i]));
    at = c.arcs[i]->neighbour;
  }
  out.challenge = out.path.end();
  return out;
}

} // namespace vidensgraf
