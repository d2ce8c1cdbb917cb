// A program started in the background for one test (a triple store, a server), stopped when the
// owner goes out of scope, also when the test fails: SIGTERM to its process group, then SIGKILL.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace vidensgraf::test {

class BackgroundProcess {
public:
  /// Starts argv[0] (searched on PATH) with its standard output and error appended to `log`.
  BackgroundProcess(const std::vector<std::string>& argv, const std::filesystem::path& log);
  ~BackgroundProcess();
  BackgroundProcess(const BackgroundProcess&) = delete;
  BackgroundProcess& operator=(const BackgroundProcess&) = delete;

  /// True while the program has not exited.
  bool running();
  /// Stops the program (SIGTERM, then SIGKILL after `grace`) and reaps it; idempotent.
  void stop(std::chrono::milliseconds grace = std::chrono::seconds(20));
  int pid() const { return pid_; }

private:
  int pid_ = -1;
  bool reaped_ = false;
};

/// A TCP port on 127.0.0.1 that was free a moment ago (bound to port 0, then released).
int free_loopback_port();

} // namespace vidensgraf::test
