#include "support/test_support.hpp"

#include "model/read_file.hpp"

#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace vidensgraf::test {
namespace fs = std::filesystem;

fs::path source_dir() {
  return VIDENSGRAF_TEST_SOURCE_DIR;
}
fs::path data_dir() {
  return VIDENSGRAF_TEST_DATA_DIR;
}
fs::path bundled_dataset() {
  return source_dir() / "data" / "signaturprojekter";
}

fs::path work_dir(const std::string& name) {
  // One folder per test process: ctest runs test cases in parallel processes, and two of them
  // must never clear or write each other's files.
  const fs::path dir = fs::path(VIDENSGRAF_TEST_WORK_DIR) / (name + "-" + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string read_file(const fs::path& path) {
  return vidensgraf::read_file(path);
}

void write_file(const fs::path& path, const std::string& content) {
  if (path.has_parent_path()) fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

RunResult run_program(const std::vector<std::string>& argv) {
  // Capture through temporary files: simple, and no deadlock on large outputs.
  static int counter = 0;
  const auto base =
      fs::temp_directory_path() / ("vg-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  const auto out_path = base.string() + ".out", err_path = base.string() + ".err";
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    if (!freopen(out_path.c_str(), "w", stdout) || !freopen(err_path.c_str(), "w", stderr)) _exit(127);
    if (!freopen("/dev/null", "r", stdin)) _exit(127);
    std::vector<char*> args;
    for (const auto& a : argv)
      args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(out_path);
  result.err = read_file(err_path);
  fs::remove(out_path);
  fs::remove(err_path);
  return result;
}

RunResult run_vidensgraf(const std::vector<std::string>& args) {
  std::vector<std::string> argv{VIDENSGRAF_TEST_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_program(argv);
}

bool have_program(const std::string& name) {
  return run_program({"sh", "-c", "command -v " + name + " >/dev/null"}).exit_code == 0;
}

} // namespace vidensgraf::test
