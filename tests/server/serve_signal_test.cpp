// `vidensgraf serve` ends within a second of SIGTERM or SIGINT at any moment: during its start-up
// (loading a generated model of 20 000 entities and its SPARQL index, which takes seconds) and
// while it serves, also while a worker writes a dump. And it starts on that model and answers an
// entity's page and document with the bytes the site renders for them.
#include "exporters/site/site_renderer.hpp"
#include "model/dataset_loader.hpp"
#include "model/rdf/triples.hpp"
#include "support/background_process.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <httplib.h>

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

TEST_CASE("serve starts on a generated model of 20 000 entities and answers as the site renders", "[serve][signal]") {
  const auto dir = work_dir("serve-generated");
  const auto generated = run_vidensgraf({"generate", "--entities", "20000", "--seed", "7", (dir / "data").string()});
  REQUIRE(generated.exit_code == 0);
  const int port = free_loopback_port();
  const auto log = dir / "serving.log";
  const pid_t pid = start_serve((dir / "data").string(), port, log);
  REQUIRE(pid > 0);
  struct KillOnExit { // a failed REQUIRE leaves no server behind
    pid_t pid;
    ~KillOnExit() {
      if (waitpid(pid, nullptr, WNOHANG) == 0) ::kill(pid, SIGKILL), waitpid(pid, nullptr, 0);
    }
  } kill_on_exit{pid};
  const auto until = std::chrono::steady_clock::now() + 300s;
  while (read_file(log).find("serving") == std::string::npos && std::chrono::steady_clock::now() < until &&
         !wait_for(pid, 50ms)) {
  }
  INFO(read_file(log));
  REQUIRE(read_file(log).find("serving") != std::string::npos);

  // The renderer `site` uses, over the same model with the server's options, gives the same bytes.
  const vidensgraf::Model model = vidensgraf::load_dataset_or_throw(dir / "data");
  const std::string base = vidensgraf::effective_base(model, {});
  const vidensgraf::SiteRenderer renderer(model, vidensgraf::SiteOptions{{}, true, base + "sparql", true});
  const auto project = model.entities_of_kind(model.schema().require_kind("Project")).at(7);
  const std::string stem = model.schema().kind(model.entity(project).kind).segment + "/" + model.entity(project).id;
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(120);
  for (const std::string& path : {stem + ".html", stem + ".da.html", stem + ".ttl", stem + ".jsonld"}) {
    INFO(path);
    const auto expected = renderer.render(path);
    REQUIRE(expected);
    const auto answer = client.Get("/" + path);
    REQUIRE(answer);
    CHECK(answer->status == 200);
    CHECK(answer->body == expected->body);
  }

  // A signal while a worker writes the RDF/XML dump (seconds at this size) ends it all the same.
  std::thread dump([port] {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(120);
    c.Get("/downloads/data.rdf");
  });
  std::this_thread::sleep_for(300ms); // the request reaches a worker
  check_ends_on(pid, SIGTERM);
  dump.join();
  CHECK(read_file(log).find("stopped while answering") != std::string::npos);
}
