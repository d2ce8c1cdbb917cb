#include "model/ordered_adjacency.hpp"

#include "model/error.hpp"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <utility>

namespace vidensgraf {

namespace {

constexpr std::uint32_t backward_bit = 1u << 31;
constexpr std::uint32_t curated_bit = 1u << 30;
constexpr std::uint32_t index_bits = curated_bit - 1;

std::vector<std::uint32_t> relation_ranks(const Schema& schema) {
  std::vector<RelationId> order(schema.relations().size());
  std::iota(order.begin(), order.end(), RelationId{0});
  std::sort(order.begin(), order.end(),
            [&](RelationId a, RelationId b) { return schema.relation(a).name < schema.relation(b).name; });
  std::vector<std::uint32_t> rank(order.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    rank[order[i]] = static_cast<std::uint32_t>(i);
  return rank;
}

/// The entities in id order.
std::vector<std::uint32_t> id_order(const Graph& g) {
  std::vector<std::uint32_t> order(boost::num_vertices(g));
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return std::string_view{g[a].id} < std::string_view{g[b].id}; });
  return order;
}

std::vector<std::uint32_t> id_ranks(const std::vector<std::uint32_t>& order) {
  const std::size_t n = order.size();
  std::vector<std::uint32_t> rank(n);
  for (std::size_t i = 0; i < n; ++i)
    rank[order[i]] = static_cast<std::uint32_t>(i);
  return rank;
}

std::uint32_t slot_of(std::size_t index, bool backward, bool curated) {
  if (index > index_bits) throw InternalError("an entity has more than 2^30 relations in one direction");
  return static_cast<std::uint32_t>(index) | (backward ? backward_bit : 0u) | (curated ? curated_bit : 0u);
}

} // namespace

OrderedAdjacency::OrderedAdjacency(const Model& model)
    : graph_(&model.graph()), relation_rank_(relation_ranks(model.schema())) {
  const Graph& g = *graph_;
  const std::size_t n = boost::num_vertices(g);
  const auto order = id_order(g);
  id_rank_ = id_ranks(order);
  by_kind_.resize(model.schema().kinds().size());
  for (std::uint32_t v : order) {
    if (g[v].kind >= by_kind_.size()) by_kind_.resize(g[v].kind + std::size_t{1});
    by_kind_[g[v].kind].push_back(v);
  }
  kinds_.resize(n);
  offsets_.resize(n + 1);
  arcs_.reserve(2 * boost::num_edges(g));
  // (relation rank, direction, neighbour's id rank) in one integer, then the slot: load order.
  std::vector<std::pair<std::uint64_t, Arc>> keyed;
  auto key = [&](const Arc& a) {
    return std::uint64_t{relation_rank_[a.relation]} << 33 | std::uint64_t{a.slot >> 31} << 32 | a.neighbour_rank;
  };
  for (Vertex v = 0; v < n; ++v)
    kinds_[v] = g[v].kind;
  auto arc_to = [&](Vertex w, std::uint32_t slot, RelationId relation) {
    return Arc{static_cast<std::uint32_t>(w), id_rank_[w], slot, relation, kinds_[w]};
  };
  for (Vertex v = 0; v < n; ++v) {
    offsets_[v] = arcs_.size();
    keyed.clear();
    std::size_t i = 0;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) {
      const Vertex to = boost::target(e, g);
      if (to != v) keyed.emplace_back(0, arc_to(to, slot_of(i, false, g[e].curated), g[e].kind));
      ++i;
    }
    i = 0;
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g))) {
      const Vertex from = boost::source(e, g);
      if (from != v) keyed.emplace_back(0, arc_to(from, slot_of(i, true, g[e].curated), g[e].kind));
      ++i;
    }
    for (auto& [k, arc] : keyed)
      k = key(arc);
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : (a.second.slot & index_bits) < (b.second.slot & index_bits);
    });
    for (const auto& [k, arc] : keyed)
      arcs_.push_back(arc);
  }
  offsets_[n] = arcs_.size();
}

std::span<const OrderedAdjacency::Arc> OrderedAdjacency::arcs(Vertex v, RelationId relation,
                                                              Direction direction) const noexcept {
  const auto all = arcs(v);
  const auto wanted = std::pair{relation_rank_[relation], direction == Direction::backward};
  auto of = [&](const Arc& a) { return std::pair{relation_rank_[a.relation], (a.slot >> 31) != 0}; };
  const auto first = std::partition_point(all.begin(), all.end(), [&](const Arc& a) { return of(a) < wanted; });
  const auto last = std::partition_point(first, all.end(), [&](const Arc& a) { return of(a) == wanted; });
  return {first, last};
}

Edge OrderedAdjacency::edge(Vertex v, const Arc& arc) const {
  const auto index = static_cast<std::ptrdiff_t>(arc.slot & index_bits);
  if ((arc.slot & backward_bit) != 0) return *(boost::in_edges(v, *graph_).first + index);
  return *(boost::out_edges(v, *graph_).first + index);
}

PathStep OrderedAdjacency::step(Vertex v, const Arc& arc) const {
  return PathStep{edge(v, arc), arc.relation, arc.direction(), arc.neighbour, arc.curated()};
}

std::size_t OrderedAdjacency::bytes() const noexcept {
  return arcs_.capacity() * sizeof(Arc) + offsets_.capacity() * sizeof(std::size_t) +
         id_rank_.capacity() * sizeof(std::uint32_t) + kinds_.capacity() * sizeof(KindId) +
         relation_rank_.capacity() * sizeof(std::uint32_t) +
         std::accumulate(by_kind_.begin(), by_kind_.end(), std::size_t{0},
                         [](std::size_t sum, const auto& of) { return sum + of.capacity() * sizeof(std::uint32_t); });
}

} // namespace vidensgraf
