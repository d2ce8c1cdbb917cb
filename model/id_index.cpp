#include "model/id_index.hpp"

#include "model/error.hpp"

#include <bit>

namespace vidensgraf {

IdIndex::IdIndex(std::function<std::string_view(std::uint32_t)> id_of) : id_of_(std::move(id_of)) {}

std::uint64_t IdIndex::hash(std::string_view id) noexcept {
  return std::hash<std::string_view>{}(id);
}

std::optional<std::uint32_t> IdIndex::find(std::string_view id) const {
  if (slots_.empty()) return std::nullopt;
  const std::uint64_t h = hash(id);
  const std::uint64_t tag = h >> 32;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const std::uint64_t slot = slots_[i];
    if (slot == 0) return std::nullopt;
    if ((slot >> 32) != tag) continue;
    const auto vertex = static_cast<std::uint32_t>(slot) - 1;
    if (id_of_(vertex) == id) return vertex;
  }
}

bool IdIndex::insert(std::string_view id, std::uint32_t vertex) {
  if (vertex == UINT32_MAX) throw InputError("too many entities: an index holds at most 4294967294");
  if ((size_ + 1) * 2 > slots_.size()) grow(std::max<std::size_t>(16, slots_.size() * 2)); // load at most 1/2
  const std::uint64_t h = hash(id);
  const std::uint64_t tag = h >> 32;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const std::uint64_t slot = slots_[i];
    if (slot == 0) {
      slots_[i] = tag << 32 | (std::uint64_t{vertex} + 1);
      ++size_;
      return true;
    }
    if ((slot >> 32) == tag && id_of_(static_cast<std::uint32_t>(slot) - 1) == id) return false;
  }
}

void IdIndex::reserve(std::size_t count) {
  const std::size_t wanted = std::bit_ceil(std::max<std::size_t>(16, count * 2));
  if (wanted > slots_.size()) grow(wanted);
}

void IdIndex::grow(std::size_t slot_count) {
  std::vector<std::uint64_t> old(slot_count, 0);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const std::uint64_t slot : old) {
    if (slot == 0) continue;
    // Only 32 bits of the hash are kept: the id is hashed again to find its new home.
    const std::uint64_t h = hash(id_of_(static_cast<std::uint32_t>(slot) - 1));
    std::size_t i = h & mask;
    while (slots_[i] != 0)
      i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

} // namespace vidensgraf
