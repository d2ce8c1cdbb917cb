// SPARQL queries answered in worker processes, so that they run side by side and none can take
// the server's memory or time.
//
// Why processes: Rasqal 0.9.33 is not thread-safe (one query at a time in a process), and a
// query's memory budget is measured on the process's heap (glibc's mallinfo2). A worker is
// forked from the server once the SPARQL index is built, so it shares the model and the index
// with the server (copy-on-write pages that nobody writes) and costs only what its queries
// allocate. It runs one query at a time, as SparqlEngine::run, and sends back the answer.
//
// Who forks: one spawner process, forked when the pool is made, before the server starts its
// threads. It forks every worker (at start and whenever one must be replaced) and hands the server
// the worker's socket (SCM_RIGHTS) and pid, so that the multithreaded server itself never forks.
//
// A worker is replaced (the old one ends or is killed, the spawner forks a fresh one) when:
// its heap grew by more than `keep_bytes` in a query (a query stopped at its memory budget, or a
// large answer: its memory goes back to the system with the process); it has not answered by the
// query's time limit plus a grace of two seconds (Rasqal's own loops, ORDER BY over stored rows,
// do not see the limit: the worker is killed, the answer is the time limit's 400); it died. The
// spawner ends, and kills every worker, when the server closes its socket or dies. A worker has
// also a hard cap on its address space (its size when forked plus twice the query budget plus
// 1 GiB), so that a query whose memory grows between two budget checks ends it, not the machine.
//
// Why by hand: no Debian library forks workers from one process image and passes sockets back
// (Boost.Process starts programs; it has no fork without exec); the wire format is a fixed
// header and the bytes of the query and the answer.
#pragma once

#include "sparql/sparql.hpp"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace vidensgraf {

/// No worker could take the query in its time (all busy), or none is left: the server answers
/// 503 with Retry-After.
class QueryUnavailable : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

/// A pool of worker processes that run SPARQL queries on one engine.
class QueryWorkers {
public:
  /// Forks the spawner and `count` workers (at least one). Call it while this process has no
  /// threads of its own that hold locks (before the server's threads start). `memory_budget`:
  /// the queries' budget, for the workers' address-space cap (0: no cap).
  QueryWorkers(const SparqlEngine& engine, std::size_t count, std::size_t memory_budget);
  ~QueryWorkers();
  QueryWorkers(const QueryWorkers&) = delete;
  QueryWorkers& operator=(const QueryWorkers&) = delete;

  /// Runs a query in an idle worker and returns its answer: the same text, and the same
  /// exceptions (InputError, UsageError, InternalError), as SparqlEngine::run. Waits for an idle
  /// worker at most the query's time limit; throws QueryUnavailable when none came. Thread-safe.
  std::string run(std::string_view text, const SparqlOptions& options);

  /// Kills every worker (queries running get an InternalError at once) and takes no more
  /// queries; for the server's stop. Safe from any thread.
  void stop() noexcept;

  /// The workers' process ids now (for tests and for reading their memory).
  std::vector<pid_t> pids() const;

private:
  struct Worker {
    int fd = -1;
    pid_t pid = 0;
  };
  Worker spawn();                                              // a fresh worker from the spawner
  Worker take(std::chrono::steady_clock::time_point deadline); // an idle worker, waiting for one
  void give_back(Worker worker);                               // idle again
  void replace(Worker worker) noexcept;                        // killed, and a fresh one made

  int spawner_fd_ = -1;
  pid_t spawner_pid_ = 0;
  std::size_t count_;
  mutable std::mutex mutex_;
  std::condition_variable idle_changed_;
  std::vector<Worker> idle_;
  std::vector<Worker> busy_;
  bool stopping_ = false;
  std::mutex spawn_mutex_; // one conversation with the spawner at a time
};

} // namespace vidensgraf
