// Which challenge areas a project meets, and through what: stated (facesChallenge) or indirect
// through its lead organisation or partners (an organisation that owns a case or tool that
// addresses the area) or through the cases and results that concern it. Every answer carries the
// path that explains it. Used by `vidensgraf query challenges|projects` and the challenges diagram.
#pragma once

#include "model/connection_path.hpp"
#include "model/model.hpp"
#include "model/basis_filter.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

namespace vidensgraf {

/// How a connection is known, strongest first.
enum class Basis : std::uint8_t {
  stated,   ///< a facesChallenge relation that a source states
  curated,  ///< a facesChallenge relation that an editor derived, with a note quoting its ground
  indirect, ///< a path through an organisation, partner, case or result (each step with its own basis)
};

/// "stated", "curated" or "indirect".
std::string_view basis_name(Basis basis) noexcept;

/// A project meeting a challenge area, with the path from the project to the area.
struct ChallengeConnection {
  Vertex project = 0;
  Vertex challenge = 0;
  Basis basis = Basis::stated;
  ConnectionPath path; ///< starts at the project, ends at the challenge area
};

/// Every connection of `project` to a challenge area (one per distinct path), ordered by challenge
/// id, then basis (stated, curated, inferred), then path (connection_path.hpp's path_less).
/// Throws UsageError when `project` is not a Project.
std::vector<ChallengeConnection> challenges_of_project(const Model& model, Vertex project);

/// Throws UsageError ("'x' is an Organisation, not a Project") when `project` is not a Project:
/// what challenges_of_project checks, for the queries that count instead of listing.
void require_project(const Model& model, Vertex project);

/// Every connection of a project to `challenge`, ordered by project id, then basis, then path.
/// Throws UsageError when `challenge` is not a ChallengeArea.
std::vector<ChallengeConnection> projects_of_challenge(const Model& model, Vertex challenge);

/// The first connections of an answer, and how many the whole answer has.
struct ConnectionPage {
  std::vector<ChallengeConnection> connections;
  std::size_t total = 0;
};

/// The first `limit` (0: all) connections of projects to `challenge` whose path passes `filter`,
/// ordered by basis, then project id, then path: projects_of_challenge's answer filtered and
/// grouped by basis, without listing the rest (the reverse search from the area counts them).
/// Throws UsageError when `challenge` is not a ChallengeArea.
ConnectionPage first_projects_of_challenge(const Model& model, Vertex challenge, BasisFilter filter, std::size_t limit);

/// The best connection per challenge area (the first of each in challenges_of_project's order).
std::vector<ChallengeConnection> strongest_per_challenge(std::vector<ChallengeConnection> connections);

} // namespace vidensgraf
