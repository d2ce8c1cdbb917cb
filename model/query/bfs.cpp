#include "model/query/bfs.hpp"

#include <boost/graph/breadth_first_search.hpp>

namespace vidensgraf::detail {

namespace {

struct Stop {}; // thrown by the visitor to end the search: Boost's documented way to stop a BFS

class Visitor : public boost::default_bfs_visitor {
public:
  Visitor(BfsResult& r, std::size_t max_depth, std::optional<Vertex> target)
      : r_(&r), max_depth_(max_depth), target_(target) {}
  void tree_edge(UndirectedView::edge_descriptor arc, const UndirectedView& view) const {
    const Vertex from = boost::source(arc, view);
    const Vertex to = boost::target(arc, view);
    if (r_->distance[from] + 1 > max_depth_) throw Stop{}; // vertices come in order of distance
    r_->distance[to] = r_->distance[from] + 1;
    r_->predecessor[to] = view[arc].edge;
    r_->order.push_back(to);
    if (target_ && to == *target_) throw Stop{};
  }

private:
  BfsResult* r_;
  std::size_t max_depth_;
  std::optional<Vertex> target_;
};

} // namespace

BfsResult bfs(const UndirectedView& view, Vertex start, std::size_t max_depth, std::optional<Vertex> target) {
  const std::size_t n = boost::num_vertices(view);
  BfsResult r{std::vector<std::size_t>(n, unreached), std::vector<std::optional<Edge>>(n), {start}};
  r.distance[start] = 0;
  if (target && *target == start) return r;
  try {
    boost::breadth_first_search(view, start, boost::visitor(Visitor(r, max_depth, target)));
  } catch (const Stop&) {
  }
  return r;
}

} // namespace vidensgraf::detail
