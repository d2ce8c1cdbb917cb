// How projects reach challenge areas, counted without listing every path: the connections of
// connections.hpp (stated, curated, or indirect through an organisation's cases and tools or a
// case or result about the project), per project and area, as a count and the strongest one.
// At a million generated entities a hub organisation owns thousands of cases and tools and is
// named by tens of thousands of projects, so what its items address is counted once per query
// (per organisation, on first use) and not once per project that names it. Read along the
// model's ordered adjacency, whose order is path_less order, so the first path found is the best.
#pragma once

#include "model/connections.hpp"
#include "model/ordered_adjacency.hpp"
#include "model/basis_filter.hpp"
#include "model/zeroed_array.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace vidensgraf {

/// A connection held as the arcs it follows (1 to 3), materialised only when shown.
struct CompactConnection {
  Basis basis = Basis::indirect;
  std::uint8_t length = 0; ///< 0: none
  std::array<const OrderedAdjacency::Arc*, 3> arcs{};
};

/// Counts and strongest connections of projects to challenge areas, for one basis filter
/// (connections whose path passes path_passes(path, filter)). One per query: it remembers what
/// each organisation's items address.
class ChallengeReach {
public:
  ChallengeReach(const Model& model, BasisFilter filter);

  /// The challenge areas, in id order; an area's index is its place here.
  const std::vector<Vertex>& areas() const noexcept { return areas_; }
  /// The index of an area in areas(), or areas().size() when `v` is not a challenge area.
  std::size_t area_index(Vertex v) const noexcept;

  /// One project and one area: how many connections pass the filter and the strongest of them
  /// (the first of challenges_of_project's order among them).
  struct Cell {
    std::size_t paths = 0;
    CompactConnection best;
  };
  /// The cells of `project`, one per area (in areas() order). Only the areas with `wanted[i]`
  /// when `wanted` is not empty (the others stay empty). Without `with_paths` a best connection
  /// through an organisation has its basis but no arcs (length 0): finding its path means reading
  /// the organisation's items, which a caller that needs only the basis should not pay for.
  void cells_of(Vertex project, std::vector<Cell>& out, const std::vector<bool>& wanted = {}, bool with_paths = true);

  /// The indirect connections of `project` to the area at `area` that pass the filter, in
  /// path_less order, handed to `visit` until it returns false; false when it did.
  template <class Visit> bool for_each_indirect(Vertex project, std::size_t area, Visit visit);

  /// Every connection of `project` that passes the filter (to any entity its last relation
  /// reaches, as challenges_of_project), in path_less order, handed to `visit`.
  template <class Visit> void for_each_connection(Vertex project, Visit visit) const;

  /// True when a path with (`any_curated`) or without a curated relation passes the filter.
  bool passes(bool any_curated) const noexcept;

private:
  /// The paths org <-owner- item -addressesChallenge-> area of one organisation and area.
  struct Tally {
    std::uint32_t all = 0;
    std::uint32_t stated = 0;         ///< both relations stated
    std::uint32_t first = UINT32_MAX; ///< index of the first item on such a path among the org's owner arcs
  };
  /// The organisation's tallies, one per area (counted on first use).
  const Tally* tallies(Vertex org);
  /// How many of an organisation's paths pass the filter after a first step curated or not.
  std::uint32_t passing(const Tally& t, bool first_curated) const noexcept;
  /// The project's lead and partner arcs, in path_less order of the first step.
  std::array<std::span<const OrderedAdjacency::Arc>, 2> organisation_arcs(Vertex project) const;

  const Model& model_;
  const OrderedAdjacency& adjacency_;
  BasisFilter filter_;
  RelationId faces_, addresses_, lead_, partner_, owner_, concerns_;
  KindId project_kind_;
  std::vector<Vertex> areas_;
  detail::ZeroedArray<std::uint32_t> slot_; ///< by entity: 1 + its first tally's place in tallies_, 0: not counted
  std::vector<Tally> tallies_;
};

template <class Visit> bool ChallengeReach::for_each_indirect(Vertex project, std::size_t area, Visit visit) {
  const Vertex target = areas_[area];
  for (const auto& about : adjacency_.arcs(project, concerns_, Direction::backward))
    for (const auto& addr : adjacency_.arcs(about.neighbour, addresses_, Direction::forward))
      if (addr.neighbour == target && passes(about.curated() || addr.curated()))
        if (!visit(CompactConnection{Basis::indirect, 2, {&about, &addr, nullptr}})) return false;
  for (const auto& span : organisation_arcs(project))
    for (const auto& to_org : span) {
      const Tally& t = tallies(to_org.neighbour)[area];
      if (passing(t, to_org.curated()) == 0) continue;
      const auto owned = adjacency_.arcs(to_org.neighbour, owner_, Direction::backward);
      for (std::size_t i = t.first; i < owned.size(); ++i)
        for (const auto& addr : adjacency_.arcs(owned[i].neighbour, addresses_, Direction::forward))
          if (addr.neighbour == target && passes(to_org.curated() || owned[i].curated() || addr.curated()))
            if (!visit(CompactConnection{Basis::indirect, 3, {&to_org, &owned[i], &addr}})) return false;
    }
  return true;
}

template <class Visit> void ChallengeReach::for_each_connection(Vertex project, Visit visit) const {
  for (const auto& arc : adjacency_.arcs(project, faces_, Direction::forward))
    if (passes(arc.curated())) visit(CompactConnection{arc.curated() ? Basis::curated : Basis::stated, 1, {&arc}});
  for (const auto& about : adjacency_.arcs(project, concerns_, Direction::backward))
    for (const auto& addr : adjacency_.arcs(about.neighbour, addresses_, Direction::forward))
      if (passes(about.curated() || addr.curated())) visit(CompactConnection{Basis::indirect, 2, {&about, &addr}});
  for (const auto& span : organisation_arcs(project))
    for (const auto& to_org : span)
      for (const auto& owned : adjacency_.arcs(to_org.neighbour, owner_, Direction::backward))
        for (const auto& addr : adjacency_.arcs(owned.neighbour, addresses_, Direction::forward))
          if (passes(to_org.curated() || owned.curated() || addr.curated()))
            visit(CompactConnection{Basis::indirect, 3, {&to_org, &owned, &addr}});
}

/// The connection as connections.hpp gives it.
ChallengeConnection materialise(const OrderedAdjacency& adjacency, Vertex project, const CompactConnection& c);

} // namespace vidensgraf
