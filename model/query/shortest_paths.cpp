#include "model/query/shortest_paths.hpp"

#include "model/ordered_adjacency.hpp"
#include "model/zeroed_array.hpp"

#include <cstdint>

namespace vidensgraf::detail {

namespace {

std::size_t saturating_add(std::size_t a, std::size_t b) {
  return a > std::numeric_limits<std::size_t>::max() - b ? std::numeric_limits<std::size_t>::max() : a + b;
}

std::size_t saturating_multiply(std::size_t a, std::size_t b) {
  return b != 0 && a > std::numeric_limits<std::size_t>::max() / b ? std::numeric_limits<std::size_t>::max() : a * b;
}

/// Per entity, where each search has it: 1 + its place in that side's discovery order, 0 when not
/// reached.
struct Marks {
  struct Mark {
    std::uint32_t side[2];
  };
  explicit Marks(std::size_t n) : marks(n) {}
  std::uint32_t& operator()(int side, Vertex v) { return marks[v].side[side]; }
  ZeroedArray<Mark> marks;
};

/// One end's breadth-first search: the entities in discovery order, each with its distance from
/// the end and the shortest paths from the end to it; the last layer is [layer_begin, size).
struct Side {
  std::vector<Vertex> order;
  std::vector<std::uint32_t> distance;
  std::vector<std::size_t> paths;
  std::size_t layer_begin = 0;
  std::uint32_t depth = 0;

  explicit Side(Vertex start) : order{start}, distance{0}, paths{1} {}
  std::size_t layer_size() const noexcept { return order.size() - layer_begin; }
};

class Search {
public:
  Search(const Model& model, Vertex from, Vertex to, bool stated_only)
      : adjacency_(model.ordered_adjacency()), marks_(boost::num_vertices(model.graph())), sides_{Side{from}, Side{to}},
        stated_only_(stated_only) {
    marks_(0, from) = 1;
    marks_(1, to) = 1;
  }

  /// Expands the cheaper side's layer until the two sides meet; false when they cannot.
  bool meet() {
    while (sides_[0].layer_size() != 0 && sides_[1].layer_size() != 0) {
      const int side = layer_arcs(sides_[0]) <= layer_arcs(sides_[1]) ? 0 : 1;
      if (expand(side)) return true;
    }
    return false;
  }

  std::size_t length() const noexcept { return std::size_t{sides_[0].depth} + sides_[1].depth; }

  /// Shortest paths in all: through each meeting entity, the paths to it from both ends.
  std::size_t total() {
    std::size_t total = 0;
    for (Vertex m : meeting_)
      total = saturating_add(total,
                             saturating_multiply(sides_[0].paths[marks_(0, m) - 1], sides_[1].paths[marks_(1, m) - 1]));
    return total;
  }

  /// The first `wanted` paths (0: all) that pass `filter`, in path_less order.
  std::vector<ConnectionPath> list(BasisFilter filter, std::size_t wanted) {
    mark_useful();
    std::vector<ConnectionPath> out;
    const std::size_t length = this->length();
    struct Frame {
      Vertex at;
      std::span<const OrderedAdjacency::Arc> arcs;
      std::size_t next = 0;
    };
    ConnectionPath current{sides_[0].order.front(), {}};
    std::vector<Frame> frames{{current.start, adjacency_.arcs(current.start)}};
    while (!frames.empty()) {
      Frame& frame = frames.back();
      const std::size_t position = current.steps.size() + 1; // of the step to take
      while (frame.next < frame.arcs.size() && !leads_on(frame.arcs[frame.next], position))
        ++frame.next;
      if (frame.next == frame.arcs.size()) {
        frames.pop_back();
        if (!current.steps.empty()) current.steps.pop_back();
        continue;
      }
      current.steps.push_back(adjacency_.step(frame.at, frame.arcs[frame.next++]));
      if (position == length) {
        if (path_passes(current, filter)) out.push_back(current);
        current.steps.pop_back();
        if (wanted != 0 && out.size() == wanted) break;
        continue;
      }
      const Vertex next = current.end();
      frames.push_back({next, adjacency_.arcs(next)});
    }
    return out;
  }

private:
  std::size_t layer_arcs(const Side& side) const {
    std::size_t arcs = 0;
    for (std::size_t i = side.layer_begin; i < side.order.size(); ++i)
      arcs += adjacency_.arcs(side.order[i]).size();
    return arcs;
  }

  /// Discovers the next layer of `side`; true when it reached the other side's entities.
  bool expand(int side) {
    Side& s = sides_[side];
    const std::size_t end = s.order.size();
    const std::uint32_t depth = s.depth + 1;
    for (std::size_t i = s.layer_begin; i < end; ++i) {
      const Vertex u = s.order[i];
      for (const auto& arc : adjacency_.arcs(u)) {
        if (stated_only_ && arc.curated()) continue;
        std::uint32_t& mark = marks_(side, arc.neighbour);
        if (mark == 0) {
          s.order.push_back(arc.neighbour);
          s.distance.push_back(depth);
          s.paths.push_back(s.paths[i]);
          mark = static_cast<std::uint32_t>(s.order.size());
          if (marks_(1 - side, arc.neighbour) != 0) meeting_.push_back(arc.neighbour);
        } else if (s.distance[mark - 1] == depth) {
          s.paths[mark - 1] = saturating_add(s.paths[mark - 1], s.paths[i]);
        }
      }
    }
    s.layer_begin = end;
    s.depth = depth;
    return !meeting_.empty();
  }

  /// Marks the entities of the `from` side that lie on a shortest path: the meeting entities and,
  /// layer by layer towards `from`, each neighbour one step nearer `from` of a marked one.
  void mark_useful() {
    Side& s = sides_[0];
    useful_.assign(s.order.size(), 0);
    std::vector<Vertex> layer = meeting_;
    for (Vertex m : layer)
      useful_[marks_(0, m) - 1] = 1;
    for (std::uint32_t k = s.depth; k > 0; --k) {
      std::vector<Vertex> nearer;
      for (Vertex w : layer)
        for (const auto& arc : adjacency_.arcs(w)) {
          if (stated_only_ && arc.curated()) continue;
          const std::uint32_t mark = marks_(0, arc.neighbour);
          if (mark == 0 || s.distance[mark - 1] != k - 1 || useful_[mark - 1]) continue;
          useful_[mark - 1] = 1;
          nearer.push_back(arc.neighbour);
        }
      layer = std::move(nearer);
    }
  }

  /// True when the arc, taken as step `position` (1-based) of a path from `from`, stays on a
  /// shortest path to `to`: on the `from` side, to a marked entity of that distance from `from`;
  /// past the meeting layer, to an entity one step nearer `to`.
  bool leads_on(const OrderedAdjacency::Arc& arc, std::size_t position) {
    if (stated_only_ && arc.curated()) return false;
    if (position <= sides_[0].depth) {
      const std::uint32_t mark = marks_(0, arc.neighbour);
      return mark != 0 && sides_[0].distance[mark - 1] == position && useful_[mark - 1];
    }
    const std::uint32_t mark = marks_(1, arc.neighbour);
    return mark != 0 && sides_[1].distance[mark - 1] == length() - position;
  }

  const OrderedAdjacency& adjacency_;
  Marks marks_;
  Side sides_[2];
  bool stated_only_;
  std::vector<Vertex> meeting_;
  std::vector<char> useful_; ///< by place in sides_[0].order
};

} // namespace

ShortestPaths shortest_paths(const Model& model, Vertex from, Vertex to, bool stated_only, BasisFilter filter,
                             std::size_t wanted) {
  ShortestPaths out;
  if (from == to) {
    out.length = 0;
    out.total = 1;
    return out;
  }
  Search search(model, from, to, stated_only);
  if (!search.meet()) return out;
  out.length = search.length();
  out.total = search.total();
  out.paths = search.list(filter, wanted);
  return out;
}

} // namespace vidensgraf::detail
