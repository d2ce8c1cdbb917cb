// The server's cache of rendered files: bounded by bytes, least recently used dropped first, a
// file too large for it answered but not kept, a hit rendered no more.
#include "server/render_cache.hpp"

#include <catch2/catch.hpp>

using namespace vidensgraf;

namespace {

/// A renderer of a file of `size` bytes that counts its calls.
std::function<std::optional<SiteFile>()> renders(std::size_t size, int& calls) {
  return [size, &calls]() -> std::optional<SiteFile> {
    ++calls;
    return SiteFile{"text/plain", std::string(size, 'x'), {}, 0};
  };
}

} // namespace

TEST_CASE("the render cache answers a hit without rendering and drops the least recently used", "[serve]") {
  RenderCache cache(8000);
  int calls = 0;
  for (int i = 0; i < 10; ++i)
    REQUIRE(cache.get("f" + std::to_string(i), renders(900, calls))->body.size() == 900);
  CHECK(calls == 10);
  CHECK(cache.byte_count() <= 8000);
  CHECK(cache.file_count() < 10);
  CHECK_FALSE(cache.holds("f0")); // the oldest went first
  CHECK(cache.holds("f9"));
  // A hit is not rendered again, and makes its file the most recently used.
  CHECK(cache.get("f9", renders(900, calls))->body.size() == 900);
  CHECK(calls == 10);
  const std::string oldest = cache.holds("f2") ? "f2" : "f3";
  REQUIRE(cache.holds(oldest));
  cache.get(oldest, renders(900, calls));
  cache.get("g", renders(900, calls));
  CHECK(cache.holds(oldest));
  CHECK(cache.holds("g"));
}

TEST_CASE("the render cache does not keep a file over an eighth of its budget, nor a missing one", "[serve]") {
  RenderCache cache(8000);
  int calls = 0;
  CHECK(cache.get("big", renders(2000, calls))->body.size() == 2000);
  CHECK_FALSE(cache.holds("big"));
  CHECK(cache.file_count() == 0);
  CHECK(cache.get("none", [] { return std::optional<SiteFile>(); }) == nullptr);
  CHECK_FALSE(cache.holds("none"));
  CHECK(cache.get("small", renders(100, calls))->body.size() == 100);
  CHECK(cache.holds("small"));
  CHECK(cache.byte_count() >= 100);
}
