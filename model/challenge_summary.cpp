// The per-model summary of projects' connections to challenge areas (see the header), built from
// the areas' side in three passes over the relations it needs.
#include "model/challenge_summary.hpp"

#include "model/ordered_adjacency.hpp"
#include "model/zeroed_array.hpp"

namespace vidensgraf {

namespace {

constexpr auto stated_at = static_cast<std::size_t>(BasisFilter::stated);
constexpr auto curated_at = static_cast<std::size_t>(BasisFilter::curated);
constexpr auto any_at = static_cast<std::size_t>(BasisFilter::any);

} // namespace

ChallengeSummary::ChallengeSummary(const Model& model) {
  const Schema& s = model.schema();
  const OrderedAdjacency& adjacency = model.ordered_adjacency();
  const RelationId faces = s.require_relation("facesChallenge"), addresses = s.require_relation("addressesChallenge"),
                   lead = s.require_relation("leadOrganisation"), partner = s.require_relation("partner"),
                   owner = s.require_relation("owner"), concerns = s.require_relation("concernsProject");
  const KindId project = s.require_kind("Project");
  const auto areas = adjacency.entities_of_kind(s.require_kind("ChallengeArea"));
  areas_.assign(areas.begin(), areas.end());
  const std::size_t count = areas_.size();
  reach_.assign(model.entity_count() * count, 0);
  direct_paths_.assign(count, {});
  indirect_paths_.assign(count, {});

  // An organisation's connections to each area through the items it owns: all, and those whose
  // owner and addressesChallenge relations are both stated. Gathered from the areas' side.
  struct Tally {
    std::uint32_t all = 0, stated = 0;
  };
  detail::ZeroedArray<std::uint32_t> slot(model.entity_count()); // by organisation: 1 + its place in `owners`
  std::vector<Vertex> owners;
  std::vector<Tally> tallies; // by place in `owners`, then area
  for (std::size_t area = 0; area < count; ++area) {
    const Vertex target = areas_[area];
    // A project that faces the area.
    for (const auto& arc : adjacency.arcs(target, faces, Direction::backward)) {
      if (arc.neighbour_kind != project) continue;
      reach_[arc.neighbour * count + area] |= arc.curated() ? faces_curated : faces_stated;
      auto& paths = direct_paths_[area];
      ++paths[arc.curated() ? curated_at : stated_at];
      ++paths[any_at];
    }
    for (const auto& addr : adjacency.arcs(target, addresses, Direction::backward)) {
      const Vertex item = addr.neighbour;
      // A case or result about a project addresses the area: project <-concerns- item -addresses-> area.
      for (const auto& about : adjacency.arcs(item, concerns, Direction::forward)) {
        if (about.neighbour_kind != project) continue;
        const bool curated = about.curated() || addr.curated();
        reach_[about.neighbour * count + area] |= curated ? indirect_curated : indirect_stated;
        auto& paths = indirect_paths_[area];
        ++paths[curated ? curated_at : stated_at];
        ++paths[any_at];
      }
      // An item of an organisation addresses it: counted per organisation, its projects below.
      for (const auto& owned_by : adjacency.arcs(item, owner, Direction::forward)) {
        auto& at = slot[owned_by.neighbour];
        if (at == 0) {
          owners.push_back(owned_by.neighbour);
          tallies.resize(tallies.size() + count);
          at = static_cast<std::uint32_t>(owners.size());
        }
        Tally& t = tallies[(at - 1) * count + area];
        ++t.all;
        t.stated += !owned_by.curated() && !addr.curated();
      }
    }
  }
  // project -lead/partner-> organisation <-owner- item -addresses-> area: each organisation's
  // project relations read once, for all areas.
  for (std::size_t o = 0; o < owners.size(); ++o) {
    const Tally* t = &tallies[o * count];
    for (RelationId via : {lead, partner})
      for (const auto& from : adjacency.arcs(owners[o], via, Direction::backward)) {
        if (from.neighbour_kind != project) continue;
        std::uint8_t* bits = &reach_[from.neighbour * count];
        for (std::size_t area = 0; area < count; ++area) {
          if (t[area].all == 0) continue;
          const std::uint32_t stated = from.curated() ? 0 : t[area].stated;
          const std::uint32_t curated = t[area].all - stated;
          bits[area] |= (stated != 0 ? indirect_stated : 0) | (curated != 0 ? indirect_curated : 0);
          auto& paths = indirect_paths_[area];
          paths[stated_at] += stated;
          paths[curated_at] += curated;
          paths[any_at] += t[area].all;
        }
      }
  }
}

bool ChallengeSummary::met(std::uint8_t bits, BasisFilter filter) noexcept {
  switch (filter) {
  case BasisFilter::stated:
    return (bits & (faces_stated | indirect_stated)) != 0;
  case BasisFilter::curated:
    return (bits & (faces_curated | indirect_curated)) != 0;
  case BasisFilter::any:
    break;
  }
  return bits != 0;
}

bool ChallengeSummary::direct(std::uint8_t bits, BasisFilter filter) noexcept {
  switch (filter) {
  case BasisFilter::stated:
    return (bits & faces_stated) != 0;
  case BasisFilter::curated:
    return (bits & faces_curated) != 0;
  case BasisFilter::any:
    break;
  }
  return (bits & (faces_stated | faces_curated)) != 0;
}

std::size_t ChallengeSummary::bytes() const noexcept {
  return reach_.capacity() + areas_.capacity() * sizeof(Vertex) +
         (direct_paths_.capacity() + indirect_paths_.capacity()) * sizeof(indirect_paths_[0]);
}

} // namespace vidensgraf
