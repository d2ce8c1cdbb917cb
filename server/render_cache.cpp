// The render cache (render_cache.hpp): a least-recently-used list and an index of it under one lock.
#include "server/render_cache.hpp"

namespace vidensgraf {

RenderCache::File RenderCache::get(const std::string& path, const std::function<std::optional<SiteFile>()>& render) {
  {
    const std::lock_guard lock(mutex_);
    if (const auto it = index_.find(path); it != index_.end()) {
      order_.splice(order_.begin(), order_, it->second);
      return it->second->file;
    }
  }
  auto rendered = render();
  if (!rendered) return nullptr;
  Entry entry{path, std::make_shared<const SiteFile>(std::move(*rendered))};
  File file = entry.file;
  const std::size_t size = bytes_of(entry);
  if (size > max_bytes_ / 8) return file;
  const std::lock_guard lock(mutex_);
  if (const auto it = index_.find(path); it != index_.end()) return it->second->file; // rendered meanwhile
  order_.push_front(std::move(entry));
  index_.emplace(order_.front().path, order_.begin());
  bytes_ += size;
  while (bytes_ > max_bytes_) {
    bytes_ -= bytes_of(order_.back());
    index_.erase(order_.back().path);
    order_.pop_back();
  }
  return file;
}

std::size_t RenderCache::file_count() const {
  const std::lock_guard lock(mutex_);
  return order_.size();
}

std::size_t RenderCache::byte_count() const {
  const std::lock_guard lock(mutex_);
  return bytes_;
}

bool RenderCache::holds(const std::string& path) const {
  const std::lock_guard lock(mutex_);
  return index_.contains(path);
}

} // namespace vidensgraf
