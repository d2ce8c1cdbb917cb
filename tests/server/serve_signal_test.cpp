// `vidensgraf serve` ends within a second of SIGTERM or SIGINT at any moment: during its start-up
// (loading a generated model of 20 000 entities, its SPARQL index and its site, which takes
// seconds) and while it serves.
#include "support/background_process.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <optional>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace vidensgraf::test;
using namespace std::chrono_literals;

namespace {

/// `vidensgraf serve` on `dataset` and a free port, its output to `log`; returns its pid.
pid_t start_serve(const std::string& dataset, int port, const std::filesystem::path& log) {
  const std::string port_text = std::to_string(port);
  write_file(log, ""); // there before the child writes, for the reads that wait for it
  const pid_t pid = fork();
  if (pid == 0) {
    const int fd = ::open(log.c_str(), O_WRONLY | O_APPEND);
    if (fd >= 0) {
      dup2(fd, 1);
      dup2(fd, 2);
    }
    execl(VIDENSGRAF_TEST_BINARY, VIDENSGRAF_TEST_BINARY, "serve", "--port", port_text.c_str(), dataset.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

/// Waits up to `limit` for the process to end; its wait status, or nothing when it is still running.
std::optional<int> wait_for(pid_t pid, std::chrono::milliseconds limit) {
  const auto end = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < end) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) return status;
    std::this_thread::sleep_for(10ms);
  }
  return std::nullopt;
}

/// Sends `signal` and checks that the process exits with 0 within a second (killed otherwise).
void check_ends_on(pid_t pid, int signal) {
  ::kill(pid, signal);
  const auto status = wait_for(pid, 1000ms);
  if (!status) ::kill(pid, SIGKILL), waitpid(pid, nullptr, 0);
  REQUIRE(status);
  CHECK(WIFEXITED(*status));
  CHECK(WEXITSTATUS(*status) == 0);
}

} // namespace

TEST_CASE("serve ends within a second of a signal during start-up and while serving", "[serve][signal]") {
  const auto dir = work_dir("serve-signal");
  const auto generated = run_vidensgraf({"generate", "--entities", "20000", "--seed", "7", (dir / "data").string()});
  REQUIRE(generated.exit_code == 0);
  for (const int signal : {SIGTERM, SIGINT}) {
    INFO("signal " << signal);
    const auto log = dir / ("start-" + std::to_string(signal) + ".log");
    const pid_t pid = start_serve((dir / "data").string(), free_loopback_port(), log);
    REQUIRE(pid > 0);
    std::this_thread::sleep_for(300ms); // loading: the server is far from listening
    REQUIRE_FALSE(wait_for(pid, 0ms));  // still starting
    CHECK(read_file(log).find("serving") == std::string::npos);
    check_ends_on(pid, signal);
    CHECK(read_file(log).find("stopped during start-up") != std::string::npos);
  }

  // Once it serves (the bundled dataset starts in about a second).
  const auto log = dir / "serving.log";
  const pid_t pid = start_serve(bundled_dataset().string(), free_loopback_port(), log);
  const auto until = std::chrono::steady_clock::now() + 60s;
  while (read_file(log).find("serving") == std::string::npos && std::chrono::steady_clock::now() < until &&
         !wait_for(pid, 50ms)) {
  }
  REQUIRE(read_file(log).find("serving") != std::string::npos);
  check_ends_on(pid, SIGTERM);
}
