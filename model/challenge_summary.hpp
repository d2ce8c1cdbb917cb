// Which challenge areas each project reaches, and how, for every basis filter at once, and how
// many connections lead into each area: the connections of connections.hpp (stated,
// curated, or indirect through an organisation's cases and tools or a case or result about the
// project), summarised per model. Built once (Model::challenge_summary()) from the areas' side,
// reading each relation on the way a constant number of times, so that a query over every
// project (`similar`'s ranking and its count of rows, `projects`' total) reads a few bytes per
// project instead of walking each project's organisations at query time.
#pragma once

#include "model/basis_filter.hpp"
#include "model/model.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace vidensgraf {

class ChallengeSummary {
public:
  explicit ChallengeSummary(const Model& model);

  /// The challenge areas, in id order (as ChallengeReach::areas()); an area's index is its place here.
  const std::vector<Vertex>& areas() const noexcept { return areas_; }

  /// How `project` reaches one area, as bits: a facesChallenge relation stated or curated, an
  /// indirect connection all of whose relations are stated, one with a curated relation.
  enum Bit : std::uint8_t { faces_stated = 1, faces_curated = 2, indirect_stated = 4, indirect_curated = 8 };
  std::uint8_t bits(Vertex project, std::size_t area) const noexcept { return reach_[project * areas_.size() + area]; }

  /// Whether a connection of `project` to the area passes the filter (a matrix cell with a path).
  static bool met(std::uint8_t bits, BasisFilter filter) noexcept;
  /// Whether one that passes is a facesChallenge relation (the cell's strongest is not indirect).
  static bool direct(std::uint8_t bits, BasisFilter filter) noexcept;

  /// How many facesChallenge relations of projects into the area at `area` pass the filter.
  std::size_t direct_paths(std::size_t area, BasisFilter filter) const noexcept {
    return direct_paths_[area][static_cast<std::size_t>(filter)];
  }
  /// How many indirect connections of all projects to the area at `area` pass the filter.
  std::size_t indirect_paths(std::size_t area, BasisFilter filter) const noexcept {
    return indirect_paths_[area][static_cast<std::size_t>(filter)];
  }

  /// Bytes held.
  std::size_t bytes() const noexcept;

private:
  std::vector<Vertex> areas_;
  /// By entity and area (entity * areas + area): Bit values; zero for entities that are not
  /// projects. One byte per (entity, area): 7 MB for a million entities and seven areas, which
  /// is what lets `similar` rank 400 000 projects by their shared areas in a pass of a few
  /// milliseconds; by entity rather than by project, so that no vertex-to-project table is needed.
  std::vector<std::uint8_t> reach_;
  /// By area, then filter (in BasisFilter order: stated, curated, any).
  std::vector<std::array<std::size_t, 3>> direct_paths_, indirect_paths_;
};

} // namespace vidensgraf
