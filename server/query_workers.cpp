#include "server/query_workers.hpp"

#include "model/error.hpp"
#include "model/detail/address_sanitizer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <malloc.h>
#include <optional>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace vidensgraf {

namespace {

using detail::address_sanitizer;

using Clock = std::chrono::steady_clock;

/// A worker whose heap grew by more than this in one query is replaced after it (its memory goes
/// back with the process). The heap, not the resident size: reading the shared index makes a
/// worker's resident size grow by pages that are the server's too.
constexpr std::size_t keep_bytes = std::size_t{32} << 20;
/// How long past a query's time limit a worker may take to answer before it is killed.
constexpr auto grace = std::chrono::seconds(2);

/// What the server sends a worker: this, then the format's and the query's bytes.
struct RequestHead {
  std::uint64_t format_bytes = 0;
  std::uint64_t text_bytes = 0;
  std::uint64_t row_limit = 0;
  std::uint64_t memory_budget = 0;
  double timeout_seconds = 0;
};

/// How a query ended, as the exception SparqlEngine::run threw.
enum class Outcome : std::uint32_t { answer, input_error, usage_error, internal_error };

/// What a worker sends back: this, then the answer's (or the message's) bytes.
struct ReplyHead {
  Outcome outcome = Outcome::answer;
  std::uint32_t replace = 0; ///< the worker ends after this reply
  std::uint64_t bytes = 0;
};

/// Sends every byte; false when the peer is gone. MSG_NOSIGNAL: a dead peer is EPIPE, not SIGPIPE.
bool send_all(int fd, const void* data, std::size_t size) {
  const auto* at = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::send(fd, at, size, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    at += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

enum class Read { done, closed, late };

/// Reads exactly `size` bytes, waiting until `deadline` at most (none: as long as it takes).
Read read_all(int fd, void* data, std::size_t size, const Clock::time_point* deadline = nullptr) {
  auto* at = static_cast<char*>(data);
  while (size > 0) {
    if (deadline) {
      const auto left = std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now()).count();
      if (left <= 0) return Read::late;
      pollfd p{fd, POLLIN, 0};
      const int ready = ::poll(&p, 1, static_cast<int>(std::min<long long>(left, 1000)));
      if (ready < 0 && errno != EINTR) return Read::closed;
      if (ready <= 0) continue;
    }
    const ssize_t n = ::read(fd, at, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return Read::closed;
    at += n;
    size -= static_cast<std::size_t>(n);
  }
  return Read::done;
}

/// Bytes this process's heap has taken from the system (glibc's arenas and mmapped blocks).
std::size_t heap_footprint() noexcept {
  const struct mallinfo2 info = mallinfo2();
  return info.arena + info.hblkhd;
}

/// A value of /proc/self/status in bytes ("VmSize"), 0 when it cannot be read.
std::size_t status_bytes(std::string_view key) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.starts_with(key) && line.size() > key.size() && line[key.size()] == ':')
      return std::stoull(line.substr(key.size() + 1)) * 1024;
  return 0;
}

/// A worker's or the spawner's signals: the server's handlers and mask are not theirs. SIGINT is
/// ignored (Ctrl-C reaches the whole process group; the server ends them), SIGTERM ends them.
void own_signals() {
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  std::signal(SIGTERM, SIG_DFL);
  std::signal(SIGINT, SIG_IGN);
  std::signal(SIGPIPE, SIG_IGN);
  std::signal(SIGCHLD, SIG_DFL);
}

/// One query of the server's, run in this worker; returns the reply's head and bytes.
std::pair<ReplyHead, std::string> answer(const SparqlEngine& engine, std::string_view text,
                                         const SparqlOptions& options) {
  ReplyHead head;
  std::string bytes;
  try {
    bytes = engine.run(text, options);
  } catch (const InputError& e) {
    head.outcome = Outcome::input_error;
    bytes = e.what();
  } catch (const UsageError& e) {
    head.outcome = Outcome::usage_error;
    bytes = e.what();
  } catch (const std::bad_alloc&) {
    head.outcome = Outcome::internal_error;
    head.replace = 1;
    bytes = "the query worker ran out of memory";
  } catch (const std::exception& e) {
    head.outcome = Outcome::internal_error;
    head.replace = 1;
    bytes = e.what();
  }
  head.bytes = bytes.size();
  return {head, std::move(bytes)};
}

/// A worker: reads a query, answers it, until the server closes the socket or a query leaves
/// it too large.
[[noreturn]] void worker_main(int fd, const SparqlEngine& engine, std::size_t memory_budget) {
  own_signals();
  // Ends with the spawner (and so with the server); the spawner may have ended already.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() == 1) _exit(0);
  if (memory_budget > 0 && !address_sanitizer) {
    // ASan reserves terabytes of address space for its shadow; a cap would stop it.
    const auto size = static_cast<rlim_t>(status_bytes("VmSize") + 2 * memory_budget + (std::size_t{1} << 30));
    const rlimit cap{size, size};
    setrlimit(RLIMIT_AS, &cap);
  }
  try {
    for (;;) {
      RequestHead request;
      if (read_all(fd, &request, sizeof request) != Read::done) _exit(0);
      std::string format(request.format_bytes, '\0');
      std::string text(request.text_bytes, '\0');
      if (read_all(fd, format.data(), format.size()) != Read::done) _exit(0);
      if (read_all(fd, text.data(), text.size()) != Read::done) _exit(0);
      SparqlOptions options;
      options.format = format;
      options.row_limit = request.row_limit;
      options.memory_budget_bytes = request.memory_budget;
      options.timeout_seconds = request.timeout_seconds;
      const std::size_t heap_before = heap_footprint();
      auto [head, bytes] = answer(engine, text, options);
      if (heap_footprint() > heap_before + keep_bytes) head.replace = 1;
      if (!send_all(fd, &head, sizeof head) || !send_all(fd, bytes.data(), bytes.size()) || head.replace) _exit(0);
    }
  } catch (...) {
    _exit(1);
  }
}

/// A message of one pid with room for one descriptor (SCM_RIGHTS): what the spawner sends the
/// server for each worker. It points into itself: not copied or moved. The control buffer is
/// aligned as a cmsghdr, which CMSG_FIRSTHDR casts it to.
struct WorkerMessage {
  pid_t pid = 0;
  alignas(cmsghdr) std::array<char, CMSG_SPACE(sizeof(int))> space{};
  iovec data{&pid, sizeof pid};
  msghdr header{};
  WorkerMessage() {
    header.msg_iov = &data;
    header.msg_iovlen = 1;
    header.msg_control = space.data();
    header.msg_controllen = space.size();
  }
  WorkerMessage(const WorkerMessage&) = delete;
  WorkerMessage& operator=(const WorkerMessage&) = delete;
};

/// Sends a worker's socket and pid over the spawner's socket.
bool send_worker(int control, int fd, pid_t pid) {
  WorkerMessage m;
  m.pid = pid;
  msghdr& message = m.header;
  cmsghdr* c = CMSG_FIRSTHDR(&message);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  std::memcpy(CMSG_DATA(c), &fd, sizeof(int));
  for (;;) {
    const ssize_t n = ::sendmsg(control, &message, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    return n == static_cast<ssize_t>(sizeof(pid_t));
  }
}

/// The spawner: forks a worker for each byte the server sends, until the server closes its
/// socket; then kills its workers. It reaps them as they end.
[[noreturn]] void spawner_main(int control, const SparqlEngine& engine, std::size_t memory_budget) {
  own_signals();
  std::vector<pid_t> workers;
  const auto end = [&](int status) {
    for (const pid_t pid : workers)
      kill(pid, SIGKILL);
    _exit(status);
  };
  for (;;) {
    pollfd p{control, POLLIN, 0};
    const int ready = ::poll(&p, 1, 200);
    for (pid_t done = 0; (done = waitpid(-1, nullptr, WNOHANG)) > 0;)
      std::erase(workers, done);
    if (ready < 0 && errno != EINTR) end(1);
    if (ready <= 0) continue;
    char wanted = 0;
    const ssize_t n = ::read(control, &wanted, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) end(0); // the server closed its socket, or ended
    std::array<int, 2> pair{};
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair.data()) != 0) end(1);
    const pid_t pid = fork();
    if (pid == 0) {
      close(control);
      close(pair[0]);
      worker_main(pair[1], engine, memory_budget);
    }
    close(pair[1]);
    const bool sent = pid > 0 && send_worker(control, pair[0], pid);
    close(pair[0]);
    if (pid > 0) workers.push_back(pid);
    if (!sent) end(1);
  }
}

/// Receives a worker's socket and pid from the spawner.
bool receive_worker(int control, int& fd, pid_t& pid) {
  WorkerMessage m;
  msghdr& message = m.header;
  ssize_t n = 0;
  do
    n = ::recvmsg(control, &message, MSG_CMSG_CLOEXEC);
  while (n < 0 && errno == EINTR);
  const cmsghdr* c = CMSG_FIRSTHDR(&message);
  if (n != static_cast<ssize_t>(sizeof(pid_t)) || !c || c->cmsg_type != SCM_RIGHTS) return false;
  std::memcpy(&fd, CMSG_DATA(c), sizeof(int));
  pid = m.pid;
  return true;
}

} // namespace

QueryWorkers::QueryWorkers(const SparqlEngine& engine, std::size_t count, std::size_t memory_budget)
    : count_(std::max<std::size_t>(count, 1)) {
  std::array<int, 2> pair{};
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair.data()) != 0)
    throw InternalError(fmt::format("cannot make the query workers' socket: {}", std::strerror(errno)));
  spawner_pid_ = fork();
  if (spawner_pid_ < 0) {
    close(pair[0]);
    close(pair[1]);
    throw InternalError(fmt::format("cannot start the query workers: {}", std::strerror(errno)));
  }
  if (spawner_pid_ == 0) {
    // Keeps only its socket (as descriptor 3) and the standard streams: a copy of another
    // server's sockets in this process would keep that server's workers from seeing it end.
    if (pair[1] != 3 && dup2(pair[1], 3) < 0) _exit(1);
    close_range(4, ~0U, 0);
    spawner_main(3, engine, memory_budget);
  }
  close(pair[1]);
  spawner_fd_ = pair[0];
  try {
    for (std::size_t i = 0; i < count_; ++i)
      idle_.push_back(spawn());
  } catch (...) {
    stop();
    close(spawner_fd_);
    waitpid(spawner_pid_, nullptr, 0);
    throw;
  }
}

QueryWorkers::~QueryWorkers() {
  stop();
  close(spawner_fd_); // the spawner ends, and kills what is left of its workers
  kill(spawner_pid_, SIGKILL);
  waitpid(spawner_pid_, nullptr, 0);
}

QueryWorkers::Worker QueryWorkers::spawn() {
  const std::lock_guard lock(spawn_mutex_);
  const char wanted = 1;
  Worker w;
  if (!send_all(spawner_fd_, &wanted, 1) || !receive_worker(spawner_fd_, w.fd, w.pid))
    throw InternalError("the query workers' spawner has ended; restart the server");
  return w;
}

QueryWorkers::Worker QueryWorkers::take(Clock::time_point deadline) {
  std::unique_lock lock(mutex_);
  const bool any = idle_changed_.wait_until(lock, deadline, [&] { return !idle_.empty() || stopping_ || count_ == 0; });
  if (stopping_) throw QueryUnavailable("the server is stopping");
  if (count_ == 0) throw QueryUnavailable("no query worker is left (they could not be restarted); restart the server");
  if (!any)
    throw QueryUnavailable(fmt::format("all {} query workers were busy for the query's time limit; try again later, "
                                       "or start the server with more --query-workers",
                                       count_));
  Worker w = idle_.back();
  idle_.pop_back();
  busy_.push_back(w);
  return w;
}

void QueryWorkers::give_back(Worker worker) {
  {
    const std::lock_guard lock(mutex_);
    std::erase_if(busy_, [&](const Worker& b) { return b.pid == worker.pid; });
    if (stopping_) {
      close(worker.fd);
      return;
    }
    idle_.push_back(worker);
  }
  idle_changed_.notify_one();
}

void QueryWorkers::replace(Worker worker) noexcept {
  kill(worker.pid, SIGKILL); // the spawner reaps it
  close(worker.fd);
  bool stopping = false;
  {
    const std::lock_guard lock(mutex_);
    std::erase_if(busy_, [&](const Worker& b) { return b.pid == worker.pid; });
    stopping = stopping_;
  }
  std::optional<Worker> fresh;
  if (!stopping) try {
      fresh = spawn();
    } catch (...) {
    }
  {
    const std::lock_guard lock(mutex_);
    if (fresh && !stopping_) {
      idle_.push_back(*fresh);
    } else {
      if (fresh) kill(fresh->pid, SIGKILL), close(fresh->fd);
      if (!stopping_) --count_;
    }
  }
  idle_changed_.notify_all();
}

void QueryWorkers::stop() noexcept {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
    for (const Worker& w : idle_) {
      kill(w.pid, SIGKILL);
      close(w.fd);
    }
    idle_.clear();
    // A busy worker's socket is closed by the thread that waits for its answer, which now reads
    // the end of it.
    for (const Worker& w : busy_)
      kill(w.pid, SIGKILL);
  }
  idle_changed_.notify_all();
}

std::vector<pid_t> QueryWorkers::pids() const {
  const std::lock_guard lock(mutex_);
  std::vector<pid_t> out;
  for (const auto* list : {&idle_, &busy_})
    for (const Worker& w : *list)
      out.push_back(w.pid);
  std::sort(out.begin(), out.end());
  return out;
}

std::string QueryWorkers::run(std::string_view text, const SparqlOptions& options) {
  const auto limit =
      std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(options.timeout_seconds));
  const auto waited_until = Clock::now() + limit;
  // A worker found dead when the query is sent (killed, or ended by the machine) is replaced and
  // the query sent to another once: it cannot have been this query's doing.
  for (int attempt = 0;; ++attempt) {
    const Worker w = take(waited_until);
    RequestHead request;
    request.format_bytes = options.format.size();
    request.text_bytes = text.size();
    request.row_limit = options.row_limit;
    request.memory_budget = options.memory_budget_bytes;
    request.timeout_seconds = options.timeout_seconds;
    if (!send_all(w.fd, &request, sizeof request) || !send_all(w.fd, options.format.data(), options.format.size()) ||
        !send_all(w.fd, text.data(), text.size())) {
      replace(w);
      if (attempt == 0) continue;
      throw QueryUnavailable("the query workers end as soon as they start; restart the server");
    }
    const auto deadline = Clock::now() + limit + grace;
    ReplyHead head;
    std::string bytes;
    Read read = read_all(w.fd, &head, sizeof head, &deadline);
    if (read == Read::done) {
      bytes.resize(head.bytes);
      read = read_all(w.fd, bytes.data(), bytes.size(), &deadline);
    }
    if (read != Read::done) {
      replace(w);
      {
        const std::lock_guard lock(mutex_);
        if (stopping_) throw QueryUnavailable("the server is stopping");
      }
      if (read == Read::late) throw InputError(sparql_time_limit_message(options.timeout_seconds));
      throw InternalError("the query worker ended while it ran the query (a defect in Rasqal or vidensgraf); the "
                          "query was not answered, and the worker was replaced");
    }
    if (head.replace) {
      replace(w);
    } else {
      give_back(w);
    }
    switch (head.outcome) {
    case Outcome::answer:
      return bytes;
    case Outcome::input_error:
      throw InputError(bytes);
    case Outcome::usage_error:
      throw UsageError(bytes);
    case Outcome::internal_error:
      break;
    }
    throw InternalError(bytes);
  }
}

} // namespace vidensgraf
