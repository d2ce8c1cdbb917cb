// ThrottledLog: the first event of a kind is said, the next ones within the interval are only
// counted, and the count is said with the next line after it.
#include "server/throttled_log.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace vidensgraf;
using namespace std::chrono_literals;

TEST_CASE("a thousand events of one kind make one line, then a count", "[serve][front]") {
  std::vector<std::string> lines;
  ThrottledLog log([&](const std::string& l) { lines.push_back(l); }, 60s);
  const ThrottledLog::Clock::time_point t0{};
  for (int i = 0; i < 1000; ++i)
    log.note("closed slow connections", t0 + std::chrono::milliseconds(i));
  log.note("refused a connection", t0 + 2s);
  REQUIRE(lines == std::vector<std::string>{"vidensgraf serve: closed slow connections",
                                            "vidensgraf serve: refused a connection"});
  log.note("closed slow connections", t0 + 61s);
  REQUIRE(lines.size() == 3);
  CHECK(lines[2] == "vidensgraf serve: closed slow connections (1000 times since the last report)");
}
