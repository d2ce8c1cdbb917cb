// The memory of a process and the processes it started (the server and its query workers), as
// the kernel counts it: resident pages, each shared page divided among the processes that map it
// (PSS), so that the workers' copy-on-write share of the server's index is counted once.
#pragma once

#include <cstddef>
#include <sys/types.h>
#include <vector>

namespace vidensgraf::test {

/// The process and its descendants (children, their children, ...), the process first.
std::vector<pid_t> process_tree(pid_t root);
/// Their proportional set sizes (Pss of /proc/PID/smaps_rollup) summed, in bytes; a process that
/// ends while it is read counts 0.
std::size_t tree_memory_bytes(pid_t root);

} // namespace vidensgraf::test
