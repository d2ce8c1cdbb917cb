// The server's cache of rendered site files: what was asked for recently, bounded by bytes, so a
// model of any size is served without holding its site. Least recently used files are dropped
// first; a file larger than an eighth of the budget (a dump of a large model) is not kept, so one
// request cannot empty the cache. Thread-safe: the workers share it.
#pragma once

#include "exporters/site/site.hpp"

#include <cstddef>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace vidensgraf {

class RenderCache {
public:
  using File = std::shared_ptr<const SiteFile>;
  /// The default budget: 128 MiB, the bundled site a few dozen times over, and little beside a
  /// model of a hundred thousand entities (some GB).
  static constexpr std::size_t default_bytes = std::size_t{128} << 20;

  explicit RenderCache(std::size_t max_bytes = default_bytes) : max_bytes_(max_bytes) {}

  /// The file at `path`: from the cache, else from `render` (called without the cache's lock, so
  /// other requests proceed meanwhile), kept when it fits. Nothing when `render` gives nothing.
  File get(const std::string& path, const std::function<std::optional<SiteFile>()>& render);

  /// Files and bytes held now.
  std::size_t file_count() const;
  std::size_t byte_count() const;
  /// Whether `path` is held now.
  bool holds(const std::string& path) const;

private:
  struct Entry {
    std::string path;
    File file;
  };
  static std::size_t bytes_of(const Entry& e) {
    return e.path.size() + e.file->body.size() + e.file->media_type.size();
  }

  std::size_t max_bytes_;
  mutable std::mutex mutex_;
  std::list<Entry> order_;                                                 ///< most recently used first
  std::unordered_map<std::string_view, std::list<Entry>::iterator> index_; ///< keys view order_'s paths
  std::size_t bytes_ = 0;
};

} // namespace vidensgraf
