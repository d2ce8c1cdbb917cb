// The index from entity ids to vertices.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace vidensgraf {

/// Maps ids to vertex numbers without storing the ids: it asks `id_of` for a vertex's id.
///
/// Written by hand, as open addressing with linear probing over one array of 64-bit slots
/// (32 bits of the id's hash beside 32 bits of vertex + 1), because std::unordered_map made id
/// lookups half of the time of loading a million entities (perf: a node per id, about three
/// cache misses per lookup and about 70 bytes per entity). A lookup here costs one miss in the
/// array and one on the entity holding the id, and an entity 8 to 16 bytes. Boost's flat maps
/// (Boost.Unordered 1.81) are newer than Debian 12's Boost 1.74.
class IdIndex {
public:
  /// `id_of(v)` must return the id of vertex v for every vertex inserted, for as long as the
  /// index is used.
  explicit IdIndex(std::function<std::string_view(std::uint32_t)> id_of);

  /// Adds `id` for `vertex`; returns false (and changes nothing) when the id is already there.
  bool insert(std::string_view id, std::uint32_t vertex);
  /// The vertex with this id, if any.
  std::optional<std::uint32_t> find(std::string_view id) const;
  /// Makes room for `count` ids without growing.
  void reserve(std::size_t count);
  /// Number of ids.
  std::size_t size() const noexcept { return size_; }

private:
  static std::uint64_t hash(std::string_view id) noexcept;
  void grow(std::size_t slot_count);

  std::function<std::string_view(std::uint32_t)> id_of_;
  std::vector<std::uint64_t> slots_; // 0: empty; else (hash >> 32) << 32 | (vertex + 1)
  std::size_t size_ = 0;
};

} // namespace vidensgraf
