#include "support/process_memory.hpp"

#include <filesystem>
#include <fstream>
#include <string>

namespace vidensgraf::test {

namespace {

/// The children of every thread of `pid` (/proc/PID/task/TID/children).
std::vector<pid_t> children(pid_t pid) {
  std::vector<pid_t> out;
  std::error_code error;
  for (const auto& task : std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/task", error)) {
    std::ifstream list(task.path() / "children");
    for (pid_t child = 0; list >> child;)
      out.push_back(child);
  }
  return out;
}

/// A field of /proc/PID/smaps_rollup ("Pss"), in bytes; 0 when it cannot be read.
std::size_t rollup_bytes(pid_t pid, const std::string& key) {
  std::ifstream rollup("/proc/" + std::to_string(pid) + "/smaps_rollup");
  std::string line;
  while (std::getline(rollup, line))
    if (line.starts_with(key + ":")) return std::stoull(line.substr(key.size() + 1)) * 1024;
  return 0;
}

} // namespace

std::vector<pid_t> process_tree(pid_t root) {
  std::vector<pid_t> tree{root};
  for (std::size_t at = 0; at < tree.size(); ++at)
    for (const pid_t child : children(tree[at]))
      tree.push_back(child);
  return tree;
}

std::size_t tree_memory_bytes(pid_t root) {
  std::size_t sum = 0;
  for (const pid_t pid : process_tree(root))
    sum += rollup_bytes(pid, "Pss");
  return sum;
}

} // namespace vidensgraf::test
