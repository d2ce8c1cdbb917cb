// A per-query array with one zeroed element per entity, from calloc: the system maps a large
// calloc's pages on first touch, so a query that reaches a few thousand of a million entities
// pays for those and not for clearing the whole array (as std::vector's value-initialisation would).
#pragma once

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <new>
#include <type_traits>

namespace vidensgraf::detail {

/// `size` value-initialised (all-zero) elements of a trivial type T.
template <class T> class ZeroedArray {
  static_assert(std::is_trivial_v<T>, "ZeroedArray holds trivial types, whose zero bytes are their zero value");

public:
  explicit ZeroedArray(std::size_t size)
      : data_(static_cast<T*>(std::calloc(size == 0 ? 1 : size, sizeof(T))), &std::free) {
    if (!data_) throw std::bad_alloc();
  }
  T& operator[](std::size_t i) noexcept { return data_.get()[i]; }
  const T& operator[](std::size_t i) const noexcept { return data_.get()[i]; }

private:
  std::unique_ptr<T, decltype(&std::free)> data_;
};

} // namespace vidensgraf::detail
