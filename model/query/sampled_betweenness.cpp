// Hand-written rather than boost::brandes_betweenness_centrality: Boost's runs from every vertex
// and keeps predecessor lists on an adjacency_list (35 s at 10 000 entities); a sampled run needs
// its own sources, and a compressed adjacency without predecessor lists is what makes a source
// cost tenths of a second at a million entities. The per-source dependencies are needed anyway
// for the error estimate.
#include "model/query/sampled_betweenness.hpp"

#include <boost/range/iterator_range.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>
#include <numeric>
#include <thread>

namespace vidensgraf::detail {

namespace {

/// The undirected simple graph as compressed rows: the neighbours of v are
/// target[first[v]] .. target[first[v + 1] - 1], ascending.
struct Adjacency {
  std::vector<std::size_t> first;
  std::vector<std::uint32_t> target;
};

Adjacency simple_adjacency(const Model& model, bool stated_only) {
  const auto& g = model.graph();
  const std::size_t n = model.entity_count();
  Adjacency a;
  a.first.reserve(n + 1);
  a.first.push_back(0);
  a.target.reserve(2 * model.relation_count());
  std::vector<std::uint32_t> row;
  for (Vertex v = 0; v < n; ++v) {
    row.clear();
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
      if (!stated_only || !g[e].curated) row.push_back(static_cast<std::uint32_t>(boost::target(e, g)));
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
      if (!stated_only || !g[e].curated) row.push_back(static_cast<std::uint32_t>(boost::source(e, g)));
    std::sort(row.begin(), row.end());
    row.erase(std::unique(row.begin(), row.end()), row.end());
    for (auto w : row)
      if (w != v) a.target.push_back(w);
    a.first.push_back(a.target.size());
  }
  return a;
}

/// SplitMix64 (Steele, Lea and Flood 2014): fully specified, so the sources drawn are the same on
/// every platform (std::uniform_int_distribution is not).
struct SplitMix64 {
  std::uint64_t state;
  std::uint64_t next() noexcept {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
};

/// k distinct vertices of n, uniformly: the first k places of a partial Fisher-Yates shuffle.
std::vector<std::uint32_t> draw_sources(std::size_t n, std::size_t k, std::uint64_t seed) {
  std::vector<std::uint32_t> all(n);
  std::iota(all.begin(), all.end(), 0U);
  if (k >= n) return all;
  SplitMix64 random{seed};
  for (std::size_t i = 0; i < k; ++i)
    std::swap(all[i], all[i + random.next() % (n - i)]); // bias below 2^-32 for n < 2^32
  all.resize(k);
  return all;
}

/// One source's shortest-path counts and dependencies (Brandes 2001), storage reused between
/// sources; only the vertices reached are reset.
class SingleSource {
public:
  explicit SingleSource(std::size_t n) : distance_(n, -1), paths_(n, 0.0), dependency_(n, 0.0) { order_.reserve(n); }

  /// Runs from s; calls add(v, dependency of v on s) for every vertex reached other than s.
  template <class Add> void run(const Adjacency& a, std::uint32_t s, Add add) {
    order_.clear();
    order_.push_back(s);
    distance_[s] = 0;
    paths_[s] = 1.0;
    for (std::size_t head = 0; head < order_.size(); ++head) { // breadth-first; order_ is the queue
      const std::uint32_t v = order_[head];
      for (std::size_t i = a.first[v]; i < a.first[v + 1]; ++i) {
        const std::uint32_t w = a.target[i];
        if (distance_[w] < 0) {
          distance_[w] = distance_[v] + 1;
          order_.push_back(w);
        }
        if (distance_[w] == distance_[v] + 1) paths_[w] += paths_[v];
      }
    }
    for (std::size_t j = order_.size(); j-- > 0;) { // farthest first: predecessors found again by distance
      const std::uint32_t w = order_[j];
      const double share = (1.0 + dependency_[w]) / paths_[w];
      for (std::size_t i = a.first[w]; i < a.first[w + 1]; ++i) {
        const std::uint32_t v = a.target[i];
        if (distance_[v] == distance_[w] - 1) dependency_[v] += paths_[v] * share;
      }
      if (w != s) add(w, dependency_[w]);
    }
    for (auto v : order_) {
      distance_[v] = -1;
      paths_[v] = 0.0;
      dependency_[v] = 0.0;
    }
  }

private:
  std::vector<int> distance_;
  std::vector<double> paths_, dependency_;
  std::vector<std::uint32_t> order_;
};

/// The sums over some of the sources of each vertex's estimate y and of y squared.
struct PartSums {
  std::vector<double> value, squares;
};

/// The sources are summed in a fixed number of parts, each part's sources in order and then the
/// parts in order, so the answer's bits do not depend on how many threads ran the parts.
constexpr std::size_t source_parts = 4;

/// Runs the parts on up to source_parts threads (as many as the machine has cores), each thread
/// with its own single-source state; every source's search only reads the adjacency.
std::vector<PartSums> sum_parts(const Adjacency& adjacency, const std::vector<std::uint32_t>& sources, double scale) {
  const std::size_t n = adjacency.first.size() - 1;
  const std::size_t parts = std::min(source_parts, sources.size());
  std::vector<PartSums> sums(parts);
  std::atomic<std::size_t> next_part{0};
  std::exception_ptr failure;
  std::mutex failure_lock;
  auto work = [&] {
    try {
      SingleSource single(n);
      for (std::size_t part; (part = next_part++) < parts;) {
        PartSums& sum = sums[part];
        sum.value.assign(n, 0.0);
        sum.squares.assign(n, 0.0);
        for (std::size_t i = part * sources.size() / parts; i < (part + 1) * sources.size() / parts; ++i)
          single.run(adjacency, sources[i], [&](std::uint32_t v, double dependency) {
            const double y = scale * dependency;
            sum.value[v] += y;
            sum.squares[v] += y * y;
          });
      }
    } catch (...) { // out of memory: handed to the caller's thread
      const std::lock_guard lock(failure_lock);
      if (!failure) failure = std::current_exception();
    }
  };
  const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, parts);
  std::vector<std::thread> helpers;
  for (std::size_t t = 1; t < threads; ++t)
    helpers.emplace_back(work);
  work();
  for (auto& helper : helpers)
    helper.join();
  if (failure) std::rethrow_exception(failure);
  return sums;
}

} // namespace

SampledBetweenness sampled_betweenness(const Model& model, std::size_t samples, std::uint64_t seed, bool stated_only) {
  const std::size_t n = model.entity_count();
  SampledBetweenness result;
  result.value.assign(n, 0.0);
  result.standard_error.assign(n, 0.0);
  if (n < 3 || samples == 0) return result;
  const Adjacency adjacency = simple_adjacency(model, stated_only);
  const auto sources = draw_sources(n, samples, seed);
  const std::size_t k = sources.size();
  result.samples = k;
  // y = n * dependency / ((n-1)(n-2)) is one source's estimate of the normalised value; the
  // answer is the mean of the k values of y, its spread gives the standard error.
  const double scale = static_cast<double>(n) / (static_cast<double>(n - 1) * static_cast<double>(n - 2));
  std::vector<double> squares(n, 0.0);
  for (const PartSums& part : sum_parts(adjacency, sources, scale))
    for (std::size_t v = 0; v < n; ++v) {
      result.value[v] += part.value[v];
      squares[v] += part.squares[v];
    }
  const auto kd = static_cast<double>(k);
  // Sampling without replacement: the variance of the mean shrinks by (n - k) / (n - 1).
  const double correction = k >= n ? 0.0 : static_cast<double>(n - k) / static_cast<double>(n - 1);
  for (std::size_t v = 0; v < n; ++v) {
    const double mean = result.value[v] / kd;
    const double variance = k > 1 ? std::max(0.0, (squares[v] - kd * mean * mean) / (kd - 1.0)) : 0.0;
    result.value[v] = mean;
    result.standard_error[v] = std::sqrt(variance / kd * correction);
  }
  return result;
}

} // namespace vidensgraf::detail
