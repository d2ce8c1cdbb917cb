// A log that says each kind of event once, then at most one line per interval with how many more
// there were: a thousand slow clients hitting a deadline make one line, not a thousand (and never
// one per byte). Used by the server's front (server/http_front.cpp) on its one I/O thread; not
// thread-safe.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <string>

namespace vidensgraf {

class ThrottledLog {
public:
  using Clock = std::chrono::steady_clock;
  ThrottledLog(std::function<void(const std::string&)> sink, Clock::duration interval)
      : sink_(std::move(sink)), interval_(interval) {}

  /// One event of kind `what` (a sentence without a final full stop) at time `now`.
  void note(const std::string& what, Clock::time_point now = Clock::now()) {
    auto& e = events_[what];
    ++e.unreported;
    if (e.said && now - e.last < interval_) return;
    std::string line = "vidensgraf serve: " + what;
    if (e.said) line += " (" + std::to_string(e.unreported) + " times since the last report)";
    if (sink_) sink_(line);
    e.said = true;
    e.last = now;
    e.unreported = 0;
  }

private:
  struct Entry {
    bool said = false;
    Clock::time_point last{};
    std::size_t unreported = 0;
  };
  std::function<void(const std::string&)> sink_;
  Clock::duration interval_;
  std::map<std::string, Entry> events_;
};

} // namespace vidensgraf
