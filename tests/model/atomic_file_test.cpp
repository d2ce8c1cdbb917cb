// Never losing an output: AtomicFile in process (an error mid-write, the mode, writing by path),
// and the program itself killed mid-export, on a full disk (RLIMIT_FSIZE, a tiny tmpfs when root,
// /dev/full as standard output), into folders it cannot write, and stopped part-way through a
// folder output. Every case checks the previous file byte for byte and that no other file is left.
#include "model/atomic_file.hpp"
#include "model/error.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <optional>
#include <set>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace vidensgraf;
using namespace vidensgraf::test;

namespace {

const std::string previous = "previous content: must survive\n";

/// The names of every file and folder under `dir` (recursively), relative to it.
std::set<std::string> tree(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    names.insert(fs::relative(entry.path(), dir).string());
  return names;
}

/// How a child started by Spawned should run.
struct ChildSetup {
  std::string stdout_path;                 ///< where standard output goes (a file, or /dev/full)
  std::optional<rlim_t> file_size_limit{}; ///< RLIMIT_FSIZE, with SIGXFSZ ignored: writes fail with EFBIG
};

/// The vidensgraf program running in a child process, for tests that must signal it or limit it.
class Spawned {
public:
  Spawned(const std::vector<std::string>& args, const fs::path& work, const ChildSetup& setup = {})
      : out_(setup.stdout_path.empty() ? (work / "child.out").string() : setup.stdout_path),
        err_((work / "child.err").string()) {
    std::vector<std::string> argv{VIDENSGRAF_TEST_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    pid_ = ::fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      if (setup.file_size_limit) {
        ::signal(SIGXFSZ, SIG_IGN); // ignored, the write fails with EFBIG instead of killing
        const rlimit limit{*setup.file_size_limit, *setup.file_size_limit};
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) _exit(126);
      }
      if (!freopen(out_.c_str(), "w", stdout) || !freopen(err_.c_str(), "w", stderr) ||
          !freopen("/dev/null", "r", stdin))
        _exit(127);
      std::vector<char*> c_args;
      for (auto& a : argv)
        c_args.push_back(a.data());
      c_args.push_back(nullptr);
      ::execv(c_args[0], c_args.data());
      _exit(127);
    }
  }
  Spawned(const Spawned&) = delete;
  Spawned& operator=(const Spawned&) = delete;
  ~Spawned() {
    if (pid_ > 0 && !status_) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
  }

  pid_t pid() const { return pid_; }
  /// True once the child has ended (reaped).
  bool ended() {
    if (status_) return true;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) status_ = status;
    return status_.has_value();
  }
  /// Waits for the end; the raw wait status.
  int wait() {
    if (!status_) {
      int status = 0;
      ::waitpid(pid_, &status, 0);
      status_ = status;
    }
    return *status_;
  }
  /// Waits, then the exit code (128 + signal when killed) and the captured stderr.
  RunResult result() {
    const int status = wait();
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.err = read_file(err_);
    if (out_ != "/dev/full") r.out = read_file(out_);
    return r;
  }
  /// The largest file the child has open for writing in `folder` (named or unnamed): how far it is.
  std::uintmax_t bytes_written_in(const fs::path& folder) const {
    std::uintmax_t most = 0;
    const std::string prefix = fs::canonical(folder).string() + "/";
    std::error_code ec;
    for (const auto& fd : fs::directory_iterator("/proc/" + std::to_string(pid_) + "/fd", ec)) {
      const auto link = fs::read_symlink(fd.path(), ec);
      if (ec || link.string().rfind(prefix, 0) != 0) continue;
      struct stat st {};
      if (::stat(fd.path().c_str(), &st) == 0) most = std::max<std::uintmax_t>(most, st.st_size);
    }
    return most;
  }

private:
  std::string out_, err_;
  pid_t pid_ = -1;
  std::optional<int> status_;
};

/// A tiny tmpfs mounted for the test's life (root only; nothing when mounting is not allowed).
class TinyFilesystem {
public:
  explicit TinyFilesystem(const fs::path& where) : where_(where) {
    fs::create_directories(where_);
    mounted_ = ::geteuid() == 0 && ::mount("tmpfs", where_.c_str(), "tmpfs", 0, "size=64k") == 0;
  }
  ~TinyFilesystem() {
    if (mounted_) ::umount2(where_.c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }

private:
  fs::path where_;
  bool mounted_ = false;
};

} // namespace

TEST_CASE("AtomicFile replaces the target only on commit, keeping its mode", "[atomic]") {
  const fs::path dir = work_dir("atomic-commit");
  const fs::path target = dir / "out.txt";
  write_file(target, previous);
  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  {
    AtomicFile file(target);
    file.stream() << "new content\n";
    CHECK(read_file(target) == previous); // not yet
    file.commit();
  }
  CHECK(read_file(target) == "new content\n");
  CHECK(fs::status(target).permissions() == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
  CHECK(tree(dir) == std::set<std::string>{"out.txt"});

  // A new file gets what any new file gets: 0666 less the umask.
  const mode_t mask = ::umask(022);
  write_output((dir / "new.txt").string(), [](std::ostream& out) { out << "x"; });
  ::umask(mask);
  CHECK(fs::status(dir / "new.txt").permissions() ==
        (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read));
  CHECK(tree(dir) == std::set<std::string>{"new.txt", "out.txt"});
}

TEST_CASE("an error in the middle of writing keeps the previous file and leaves no other file", "[atomic]") {
  const fs::path dir = work_dir("atomic-error");
  const fs::path target = dir / "data.ttl";
  write_file(target, previous);
  CHECK_THROWS_WITH(write_output(target.string(),
                                 [](std::ostream& out) {
                                   for (int i = 0; i < 100000; ++i) // past the buffer: bytes reach the file
                                     out << "<a> <b> \"" << i << "\" .\n";
                                   throw InputError("an error half-way");
                                 }),
                    "an error half-way");
  CHECK(read_file(target) == previous);
  CHECK(tree(dir) == std::set<std::string>{"data.ttl"});

  // The same for a file that did not exist before: nothing at all is left.
  CHECK_THROWS(write_output((dir / "new.ttl").string(), [](std::ostream& out) {
    out << std::string(1 << 20, 'x');
    throw InputError("again");
  }));
  CHECK(tree(dir) == std::set<std::string>{"data.ttl"});
}

TEST_CASE("a tool can write the temporary file by its path", "[atomic]") {
  const fs::path dir = work_dir("atomic-by-path");
  const fs::path target = dir / "by-path.txt";
  write_file(target, previous);
  AtomicFile file(target);
  {
    const int fd = ::open(file.temporary_path().c_str(), O_WRONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    const std::string text = "written by path\n";
    CHECK(::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    ::close(fd);
  }
  CHECK(read_file(target) == previous);
  file.commit();
  CHECK(read_file(target) == "written by path\n");
  CHECK(tree(dir) == std::set<std::string>{"by-path.txt"});
}

TEST_CASE("an export killed while it writes leaves the previous file and no other file", "[atomic][kill]") {
  const fs::path dir = work_dir("atomic-kill");
  const auto generated = run_vidensgraf({"generate", "--entities", "200000", (dir / "data").string()});
  INFO(generated.err);
  REQUIRE(generated.exit_code == 0);
  const fs::path out = dir / "out";
  const fs::path target = out / "data.nt";
  write_file(target, previous);

  // SIGKILL cannot be caught; SIGTERM and SIGINT end the program by their default action: no
  // destructor runs in any of the three.
  for (const int signal : {SIGKILL, SIGTERM, SIGINT}) {
    INFO("signal " << signal);
    Spawned child({"export", "--format", "ntriples", "-o", target.string(), (dir / "data").string()}, dir);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
    std::uintmax_t written = 0;
    while (!child.ended() && std::chrono::steady_clock::now() < deadline) {
      written = child.bytes_written_in(out);
      if (written >= (1u << 20)) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    REQUIRE_FALSE(child.ended()); // it was caught writing, not after it finished
    CHECK(written >= (1u << 20));
    ::kill(child.pid(), signal);
    const int status = child.wait();
    CHECK(WIFSIGNALED(status));
    CHECK(read_file(target) == previous);
    CHECK(tree(out) == std::set<std::string>{"data.nt"});
  }
}

TEST_CASE("a full disk gives exit code 3 and a clear message, and keeps the previous file", "[atomic]") {
  const fs::path dir = work_dir("atomic-full");
  const fs::path out = dir / "out";
  const fs::path target = out / "data.ttl";
  write_file(target, previous);
  const std::string dataset = bundled_dataset().string();

  SECTION("a file size limit, the disk quota a user without root can set") {
    ChildSetup setup;
    setup.file_size_limit = 16 * 1024;
    Spawned child({"export", "--format", "turtle", "-o", target.string(), dataset}, dir, setup);
    const auto run = child.result();
    INFO(run.err);
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("cannot write " + target.string() + ": File too large") &&
                            Catch::Contains("the previous file is kept"));
    CHECK(read_file(target) == previous);
    CHECK(tree(out) == std::set<std::string>{"data.ttl"});
  }

  SECTION("a full filesystem (a 64 KiB tmpfs, when running as root)") {
    TinyFilesystem tiny(dir / "tiny");
    if (!tiny.mounted()) {
      WARN("SKIPPED: mounting a tmpfs needs root (CI runs as root)");
      return;
    }
    const fs::path small = dir / "tiny" / "data.nt";
    write_file(small, previous);
    const auto run = run_vidensgraf({"export", "--format", "ntriples", "-o", small.string(), dataset});
    INFO(run.err);
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains("cannot write " + small.string() + ": No space left on device") &&
                            Catch::Contains("the previous file is kept"));
    CHECK(read_file(small) == previous);
    CHECK(tree(dir / "tiny") == std::set<std::string>{"data.nt"});
  }

  SECTION("standard output on /dev/full, written through write_output or printed directly") {
    for (const auto& args : std::vector<std::vector<std::string>>{{"export", "--format", "turtle", dataset},
                                                                  {"stats", dataset},
                                                                  {"sparql", "SELECT * { ?s ?p ?o }", dataset}}) {
      INFO(args.front());
      ChildSetup setup;
      setup.stdout_path = "/dev/full";
      Spawned child(args, dir, setup);
      const auto run = child.result();
      INFO(run.err);
      CHECK(run.exit_code == 3);
      // The reason is given when errno still holds it after the buffered writes.
      CHECK_THAT(run.err, Catch::StartsWith("vidensgraf: cannot write to standard output"));
    }
  }
}

TEST_CASE("an unwritable output folder gives exit code 3 and a clear message", "[atomic]") {
  // CI runs as root, which chmod does not stop: these folders cannot be written by anyone.
  const fs::path dir = work_dir("atomic-unwritable");
  write_file(dir / "file", "a regular file, not a folder\n");
  const std::string dataset = bundled_dataset().string();
  const std::vector<std::pair<std::string, std::string>> cases{
      {(dir / "file" / "data.ttl").string(), "Not a directory"},
      {"/proc/vidensgraf-no-such-folder/data.ttl", "No such file or directory"},
      {"/proc/data.ttl", "No such file or directory"}};
  for (const auto& [target, reason] : cases) {
    INFO(target);
    const auto run = run_vidensgraf({"export", "--format", "turtle", "-o", target, dataset});
    INFO(run.err);
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::StartsWith("vidensgraf: cannot write " + target + ": " + reason +
                                          " (check that the folder exists and is writable)"));
  }
  for (const char* command : {"site", "publish"}) {
    INFO(command);
    const auto run = run_vidensgraf({command, "-o", (dir / "file" / "out").string(), dataset});
    INFO(run.err);
    CHECK(run.exit_code == 3);
    CHECK_THAT(run.err, Catch::Contains((dir / "file").string()) && Catch::Contains("Not a directory"));
  }
  CHECK(tree(dir) == std::set<std::string>{"file"});
}

TEST_CASE("a folder output stopped part-way keeps every file whole and leaves no temporary file", "[atomic]") {
  // publish writes the RDF files first, then the diagrams; a file where the diagrams folder must
  // go stops it in between. Each file is replaced atomically; the folder as a whole is not (it
  // may hold the user's other files), so the RDF files are new and the rest is as it was.
  const fs::path dir = work_dir("atomic-folder");
  const fs::path out = dir / "out";
  write_file(out / "diagrams", "in the way\n");
  write_file(out / "downloads" / "data.ttl", previous);
  const auto run = run_vidensgraf({"publish", "-o", out.string(), bundled_dataset().string()});
  INFO(run.err);
  CHECK(run.exit_code == 3);
  CHECK_THAT(run.err, Catch::Contains("cannot create " + (out / "diagrams" / "focus").string()));
  CHECK(read_file(out / "diagrams") == "in the way\n");
  CHECK(read_file(out / "downloads" / "data.ttl") != previous);
  REQUIRE(have_program("rapper"));
  for (const auto& entry : fs::recursive_directory_iterator(out)) {
    const std::string name = entry.path().filename().string();
    INFO(entry.path());
    CHECK(name.find(".tmp-") == std::string::npos);
    CHECK(name.front() != '.');
  }
  const auto parsed = run_program({"rapper", "-i", "turtle", "-c", (out / "downloads" / "data.ttl").string()});
  INFO(parsed.err);
  CHECK(parsed.exit_code == 0);
}
