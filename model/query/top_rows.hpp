// The best few of many candidates, without ranking them all: a query that scores a quarter of a
// million items at a million entities keeps only the rows it will show.
#pragma once

#include <algorithm>
#include <cstddef>
#include <utility>
#include <vector>

namespace vidensgraf::detail {

/// Keeps the best `limit` items offered (all when `limit` is 0), by `better(a, b)`: a ranks
/// before b, a strict weak order that should tell any two distinct items apart so the answer is
/// deterministic. A bounded heap whose top is the worst kept item: offering costs O(log limit)
/// and at most one comparison when the item is not better than that one.
template <class T, class Better> class TopRows {
public:
  TopRows(std::size_t limit, Better better) : limit_(limit), better_(std::move(better)) {}

  void offer(T item) {
    ++offered_;
    if (limit_ == 0) {
      kept_.push_back(std::move(item));
    } else if (kept_.size() < limit_) {
      kept_.push_back(std::move(item));
      std::push_heap(kept_.begin(), kept_.end(), better_);
    } else if (better_(item, kept_.front())) {
      std::pop_heap(kept_.begin(), kept_.end(), better_);
      kept_.back() = std::move(item);
      std::push_heap(kept_.begin(), kept_.end(), better_);
    }
  }

  /// How many items were offered in all.
  std::size_t offered() const noexcept { return offered_; }

  /// The kept items, best first.
  std::vector<T> take() && {
    if (limit_ == 0)
      std::sort(kept_.begin(), kept_.end(), better_);
    else
      std::sort_heap(kept_.begin(), kept_.end(), better_);
    return std::move(kept_);
  }

private:
  std::size_t limit_;
  Better better_;
  std::vector<T> kept_;
  std::size_t offered_ = 0;
};

} // namespace vidensgraf::detail
