// A path through the model: where it starts and every step after it, each with the relation it
// follows and in which direction. Shared by the connection finders and the graph queries.
#pragma once

#include "model/model.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vidensgraf {

/// Which way a step follows its relation.
enum class Direction : std::uint8_t {
  forward,  ///< the previous entity is the relation's subject, the step's entity its object
  backward, ///< the step's entity is the relation's subject, the previous entity its object
};

/// "forward" or "backward".
std::string_view direction_name(Direction direction) noexcept;

/// One step of a path: the relation followed and the entity reached.
struct PathStep {
  Edge edge;               ///< the relation's edge in the graph
  RelationId relation = 0; ///< its kind
  Direction direction = Direction::forward;
  Vertex entity = 0;    ///< the entity this step reaches
  bool curated = false; ///< the relation was derived by an editor
};

/// A path from `start` through `steps`; the last step's entity is where it ends.
struct ConnectionPath {
  Vertex start = 0;
  std::vector<PathStep> steps;

  /// The entity the path ends at (`start` when it has no steps).
  Vertex end() const noexcept { return steps.empty() ? start : steps.back().entity; }
  /// True when any relation on the path is curated.
  bool any_curated() const noexcept;
};

/// A step from `from` along edge `e` (its direction worked out from the edge's ends).
PathStep make_step(const Model& model, Vertex from, Edge e);

/// Orders paths by length, then step by step by (relation name, direction, entity id): the
/// tie-break every query uses so that answers do not depend on load order.
bool path_less(const Model& model, const ConnectionPath& a, const ConnectionPath& b);

/// A readable one-line form: "kol -leadOrganisation-> region-nord <-owner- ..." (entity ids).
std::string path_to_string(const Model& model, const ConnectionPath& path);

} // namespace vidensgraf
