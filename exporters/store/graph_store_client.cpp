// The upload is libcurl's: it streams a body from a read callback, answers a store's
// authentication challenge (Digest or Basic, whichever the store offers; Basic is never sent to a
// store that did not ask for it) and, when the store answers the challenge before the body is
// sent, or closes the connection at it (Virtuoso), rewinds the body and sends it again. The body
// is made on a second thread into a pipe that the read callback drains, so that it is never held:
// its length is measured by a first pass (the PUT's Content-Length; not every store takes a
// chunked body), and each send writes the same bytes again (the writer is deterministic).
#include "exporters/store/graph_store_client.hpp"

#include "exporters/store/detail/curl_owners.hpp"
#include "model/error.hpp"
#include "model/rdf/serializer.hpp"

#include <algorithm>
#include <array>
#include <fcntl.h>
#include <cerrno>
#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <ostream>
#include <regex>
#include <streambuf>
#include <thread>
#include <unistd.h>
#include <vector>

namespace vidensgraf {

namespace {

using detail::CurlEasy;
using detail::CurlHeaders;

struct StoreUrl {
  std::string origin; ///< scheme://host[:port]
  std::string path;   ///< "/..." (at least "/")
};

StoreUrl split_url(const std::string& url) {
  static const std::regex pattern(R"(^(https?://[^/?#\s]+)(/[^?#\s]*)?$)", std::regex::icase);
  std::smatch m;
  if (!std::regex_match(url, m, pattern))
    throw UsageError("--store must be an http(s) URL without query, e.g. http://127.0.0.1:8890/sparql-graph-crud, "
                     "not '" +
                     url + "'");
  return {m[1].str(), m[2].matched ? m[2].str() : "/"};
}

/// An output buffer that hands its bytes, 64 KiB at a time, to `write` (none: drops them) and
/// counts them. std::streambuf, because the RDF writer writes to a std::ostream.
class ForwardingBuffer : public std::streambuf {
public:
  using Write = std::function<bool(const char*, std::size_t)>;
  explicit ForwardingBuffer(Write write = {}) : write_(std::move(write)), buffer_(std::size_t{64} << 10) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  /// Bytes written so far, those still in the buffer included.
  std::uint64_t size() const noexcept { return size_ + static_cast<std::uint64_t>(pptr() - pbase()); }

protected:
  int_type overflow(int_type c) override {
    if (!flush()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return flush() ? 0 : -1; }

private:
  bool flush() {
    const auto n = static_cast<std::size_t>(pptr() - pbase());
    if (n > 0 && write_ && !write_(pbase(), n)) return false;
    size_ += n;
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return true;
  }
  Write write_;
  std::vector<char> buffer_;
  std::uint64_t size_ = 0;
};

/// The end of a walk whose bytes nobody reads any more (the send was rewound or failed).
struct WalkStopped {};

/// Writes the body (the N-Triples export) to `out`, stopping when `out` fails; returns the triples.
using BodyWriter = std::function<std::size_t(std::ostream&)>;

/// One pass of the body: a thread writes it into a pipe, the upload reads the pipe. Destroying it
/// closes the pipe (the thread's writes fail, its walk stops) and joins the thread.
class BodyPipe {
public:
  /// `failure` receives what the writing thread throws, other than its stop; it is set when
  /// the pipe has been destroyed (the thread joined).
  BodyPipe(const BodyWriter& write, std::exception_ptr& failure) {
    std::array<int, 2> fds{};
    if (pipe2(fds.data(), O_CLOEXEC) != 0) throw OutputError("cannot make a pipe for the upload's body");
    read_fd_ = fds[0];
    writer_ = std::thread([&failure, write, fd = fds[1]] {
      try {
        ForwardingBuffer forward([fd](const char* bytes, std::size_t n) {
          while (n > 0) {
            const ssize_t done = ::write(fd, bytes, n);
            if (done < 0 && errno == EINTR) continue;
            if (done <= 0) return false; // EPIPE: the reader is gone
            bytes += done;
            n -= static_cast<std::size_t>(done);
          }
          return true;
        });
        std::ostream out(&forward);
        write(out);
      } catch (const WalkStopped&) {
      } catch (...) {
        failure = std::current_exception();
      }
      close(fd);
    });
  }
  ~BodyPipe() {
    close(read_fd_);
    writer_.join();
  }
  BodyPipe(const BodyPipe&) = delete;
  BodyPipe& operator=(const BodyPipe&) = delete;

  /// Up to `size` bytes of the body; 0 at its end. Not const: it takes the bytes from the pipe.
  std::size_t read( // NOLINT(readability-make-member-function-const)
      char* into, std::size_t size) {
    for (;;) {
      const ssize_t n = ::read(read_fd_, into, size);
      if (n < 0 && errno == EINTR) continue;
      return n < 0 ? 0 : static_cast<std::size_t>(n);
    }
  }

private:
  int read_fd_ = -1;
  std::thread writer_;
};

/// The body as the upload reads it: one BodyPipe per send, a new one when libcurl rewinds.
struct Upload {
  const BodyWriter& write;
  std::unique_ptr<BodyPipe> pipe;
  std::exception_ptr failure;

  void restart() {
    pipe.reset(); // joins the last pass's thread
    pipe = std::make_unique<BodyPipe>(write, failure);
  }
};

extern "C" size_t read_body(char* into, size_t size, size_t count, void* upload) {
  auto* u = static_cast<Upload*>(upload);
  if (!u->pipe) u->restart();
  return u->pipe->read(into, size * count);
}

extern "C" int rewind_body(void* upload, curl_off_t offset, int origin) {
  if (offset != 0 || origin != SEEK_SET) return CURL_SEEKFUNC_CANTSEEK;
  static_cast<Upload*>(upload)->pipe.reset();
  return CURL_SEEKFUNC_OK;
}

/// Keeps the start of the store's answer (its message for an error).
extern "C" size_t keep_answer(char* bytes, size_t size, size_t count, void* answer) {
  auto* kept = static_cast<std::string*>(answer);
  const std::size_t n = size * count;
  if (kept->size() < 4096) kept->append(bytes, std::min(n, 4096 - kept->size()));
  return n;
}

/// curl_easy_setopt, with a failure as an InternalError.
template <typename Value> void set(CURL* curl, CURLoption option, Value value) {
  if (curl_easy_setopt(curl, option, value) != CURLE_OK)
    throw InternalError("libcurl refused an option of the upload (" + std::to_string(option) + ")");
}

} // namespace

PushResult push_to_store(const Model& model, const PushOptions& options) {
  const StoreUrl url = split_url(options.store);
  PushResult result;
  const RdfOptions rdf{options.base};
  const std::string base = effective_base(model, rdf);
  const BodyWriter write_body = [&](std::ostream& out) {
    std::size_t triples = 0;
    write_rdf(
        out, RdfFormat::ntriples,
        [&](const std::function<void(const Triple&)>& sink) {
          for_each_triple(model, rdf, [&](const Triple& t) {
            if (!out) throw WalkStopped{};
            ++triples;
            sink(t);
          });
        },
        base);
    out.flush();
    if (!out) throw WalkStopped{};
    return triples;
  };
  ForwardingBuffer counter;
  std::ostream counting(&counter);
  result.triples = write_body(counting);

  const detail::CurlGlobal global;
  const CurlEasy curl(curl_easy_init());
  if (!global.ok() || !curl) throw InternalError("cannot start libcurl for the upload");
  std::string target = url.origin + url.path + "?default";
  if (!options.graph.empty()) {
    const std::unique_ptr<char, decltype(&curl_free)> graph(
        curl_easy_escape(curl.get(), options.graph.c_str(), static_cast<int>(options.graph.size())), &curl_free);
    if (!graph) throw InternalError("libcurl could not escape the graph IRI");
    target = url.origin + url.path + "?graph=" + graph.get();
  }
  // The body waits for the store's 100 Continue (or one second), whatever its size: a store that
  // answers 401 at once then does so before the body is sent, rather than resetting the
  // connection under it (Virtuoso did, on the bundled 0.4 MB body, which libcurl sends
  // straight away below 1 MiB).
  CurlHeaders headers(curl_slist_append(nullptr, "Content-Type: application/n-triples"));
  if (!headers || !curl_slist_append(headers.get(), "Expect: 100-continue"))
    throw InternalError("libcurl could not make the upload's headers");
  Upload upload{write_body, nullptr, nullptr};
  std::string answer;
  std::array<char, CURL_ERROR_SIZE> error{};
  CURL* c = curl.get();
  set(c, CURLOPT_URL, target.c_str());
  set(c, CURLOPT_PROTOCOLS_STR, "http,https");
  set(c, CURLOPT_NOSIGNAL, 1L);
  set(c, CURLOPT_UPLOAD, 1L); // PUT
  set(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(counter.size()));
  set(c, CURLOPT_READFUNCTION, &read_body);
  set(c, CURLOPT_READDATA, &upload);
  set(c, CURLOPT_SEEKFUNCTION, &rewind_body);
  set(c, CURLOPT_SEEKDATA, &upload);
  set(c, CURLOPT_HTTPHEADER, headers.get());
  set(c, CURLOPT_WRITEFUNCTION, &keep_answer);
  set(c, CURLOPT_WRITEDATA, &answer);
  set(c, CURLOPT_ERRORBUFFER, error.data());
  set(c, CURLOPT_CONNECTTIMEOUT, 10L);
  // A store that takes nothing, or answers nothing, for the timeout ends the upload; a large one
  // that keeps moving does not.
  set(c, CURLOPT_LOW_SPEED_LIMIT, 1L);
  set(c, CURLOPT_LOW_SPEED_TIME, static_cast<long>(options.timeout_seconds));
  if (!options.user.empty()) {
    set(c, CURLOPT_USERNAME, options.user.c_str());
    set(c, CURLOPT_PASSWORD, options.password.c_str());
    // With more than one scheme, libcurl asks first, then uses the one the store offers.
    set(c, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_DIGEST | CURLAUTH_BASIC));
  }
  const CURLcode performed = curl_easy_perform(c);
  upload.pipe.reset();
  if (upload.failure) std::rethrow_exception(upload.failure); // the body could not be made

  const std::string where = "the store at " + options.store;
  if (performed != CURLE_OK)
    throw OutputError("cannot reach " + where + ": " + (error[0] ? error.data() : curl_easy_strerror(performed)) +
                      "; is it running, and is the URL right?");
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  result.status = static_cast<int>(status);
  if (status == 401 || status == 403)
    throw OutputError(where + " refused the upload as unauthorised (HTTP " + std::to_string(status) +
                      "); check --user and --password-file");
  if (status < 200 || status >= 300)
    throw OutputError(where + " answered HTTP " + std::to_string(status) + ": " + answer.substr(0, 300) +
                      "; a failed PUT leaves the graph as it was");
  return result;
}

} // namespace vidensgraf
