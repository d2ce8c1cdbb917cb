#include "model/progress.hpp"

#include <atomic>
#include <cstdio>

namespace vidensgraf {
namespace {

std::atomic<bool> drawing{false};

constexpr auto first_draw_after = std::chrono::milliseconds(250);
constexpr auto redraw_every = std::chrono::milliseconds(100);
constexpr int bar_width = 30;

} // namespace

Progress::Progress(std::string label, std::uint64_t total)
    : label_(std::move(label)), total_(total), start_(std::chrono::steady_clock::now()) {}

Progress::~Progress() {
  if (drawn_) {
    std::fputs("\r\x1b[K", stderr); // carriage return, erase to the end of the line
    std::fflush(stderr);
  }
}

void Progress::update(std::uint64_t done) {
  if (!drawing.load(std::memory_order_relaxed) || total_ == 0) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - start_ < first_draw_after || (drawn_ && now - last_draw_ < redraw_every)) return;
  const int percent = static_cast<int>(std::min<std::uint64_t>(done, total_) * 100 / total_);
  if (percent == last_percent_) return;
  last_percent_ = percent;
  last_draw_ = now;
  char bar[bar_width + 1];
  const int filled = percent * bar_width / 100;
  for (int i = 0; i < bar_width; ++i)
    bar[i] = i < filled ? '#' : '.';
  bar[bar_width] = '\0';
  // Written with stdio rather than std::cerr, which is unbuffered: one write per redraw.
  std::fprintf(stderr, "\r%s  [%s] %3d%%\x1b[K", label_.c_str(), bar, percent);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::enable(bool on) noexcept {
  drawing.store(on, std::memory_order_relaxed);
}

bool Progress::enabled() noexcept {
  return drawing.load(std::memory_order_relaxed);
}

} // namespace vidensgraf
