// The model's graph seen without direction, for breadth-first search and centrality: every
// relation becomes two arcs, and each entity's arcs are ordered by (relation name, direction,
// neighbour id), so that Boost's searches visit neighbours in that order and their answers do
// not depend on the order the dataset was loaded in.
#pragma once

#include "model/connection_path.hpp"
#include "model/model.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <optional>

namespace vidensgraf::detail {

/// An arc of the view: the model edge it stands for.
struct ViewArc {
  Edge edge;
};

/// Vertex v of the view is vertex v of the model.
using UndirectedView = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, ViewArc>;

/// The order of relation kinds by name: rank[relation id] is the place of its name.
std::vector<std::size_t> relation_rank(const Schema& schema);

/// The steps from `v` along its relations (both directions; of kind `only` when given), in the
/// view's order: (relation name, direction, neighbour id). Fills `steps`.
void sorted_steps(const Model& model, Vertex v, std::optional<RelationId> only, const std::vector<std::size_t>& rank,
                  std::vector<PathStep>& steps);

/// Builds the view; with `only`, just the relations of that kind; with `simple`, at most one arc
/// per ordered pair of entities (the first in order), as betweenness centrality wants; with
/// `stated_only`, without the relations an editor derived.
UndirectedView make_undirected_view(const Model& model, std::optional<RelationId> only = {}, bool simple = false,
                                    bool stated_only = false);

/// The path from `from` to `to` through a predecessor map of view arcs (the arc that discovered
/// each vertex); `to` must have been reached.
ConnectionPath path_from_predecessors(const Model& model, const std::vector<std::optional<Edge>>& predecessor,
                                      Vertex from, Vertex to);

} // namespace vidensgraf::detail
