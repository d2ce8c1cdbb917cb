// The upload is libcurl's: it streams a body from a read callback, answers a store's
// authentication challenge (Digest or Basic, whichever the store offers; Basic is never sent to a
// store that did not ask for it; a HEAD first learns which, so that the body goes out with
// credentials) and, when the store answers a challenge before the body is sent, rewinds the body
// and sends it again. The body is made on a second thread into a pipe that the read callback
// drains, so that it is never held: its length is measured by a first pass (the request's
// Content-Length; not every store takes a chunked body), and each send writes the same bytes
// again (the writer is deterministic).
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

/// Writes one request's body to `out`, stopping when `out` fails.
using BodyWriter = std::function<void(std::ostream&)>;

/// Writes triples [first, last) of the N-Triples export to `out`, stopping when `out` fails;
/// returns the number of triples the walk went through (all of them when `last` is past the end).
using RangeWriter = std::function<std::size_t(std::ostream&, std::size_t first, std::size_t last)>;

/// The end of a batch: the walk stops there.
struct BatchEnd {};

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

/// The batches of an upload: each one's size in bytes (its Content-Length), and the triples.
struct Batches {
  std::vector<std::uint64_t> sizes;
  std::size_t triples = 0;
};

/// Measures the batches of `batch` triples (0: one batch of all) by writing each nowhere.
Batches measure_batches(const RangeWriter& write, std::size_t batch) {
  Batches batches;
  for (std::size_t first = 0;; first += batch) {
    ForwardingBuffer counter;
    std::ostream counting(&counter);
    const std::size_t last = batch == 0 ? SIZE_MAX : first + batch;
    const std::size_t walked = write(counting, first, last);
    if (first > 0 && walked <= first) break; // the last batch ended the triples exactly
    batches.sizes.push_back(counter.size());
    batches.triples = walked;
    if (walked < last) break;
  }
  return batches;
}

/// What one request of the upload ended with.
struct Sent {
  CURLcode performed = CURLE_OK;
  long status = 0;
  std::string answer;
};

/// Sends one batch (PUT for the first, POST for the others) on the configured handle.
Sent send_batch(CURL* c, const RangeWriter& write, std::size_t first, std::size_t last, std::uint64_t size,
                bool replace) {
  const BodyWriter batch = [&](std::ostream& out) { write(out, first, last); };
  Upload upload{batch, nullptr, nullptr};
  Sent sent;
  set(c, CURLOPT_CUSTOMREQUEST, replace ? nullptr : "POST"); // CURLOPT_UPLOAD's method is PUT
  set(c, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(size));
  set(c, CURLOPT_READDATA, &upload);
  set(c, CURLOPT_SEEKDATA, &upload);
  set(c, CURLOPT_WRITEDATA, &sent.answer);
  sent.performed = curl_easy_perform(c);
  upload.pipe.reset();
  if (upload.failure) std::rethrow_exception(upload.failure); // the body could not be made
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &sent.status);
  return sent;
}

OutputError unauthorised(const std::string& where, long status, const std::string& which) {
  return OutputError(where + " refused the upload" + which + " as unauthorised (HTTP " + std::to_string(status) +
                     "); check --user and --password-file");
}

/// Learns the store's authentication scheme (and Digest's nonce) with a HEAD of the graph, so
/// that the uploads that follow on this handle carry credentials from their first byte. Without
/// it libcurl sends the first PUT unauthenticated to learn the scheme, and a store that answers
/// 100 Continue and then 401 closes the connection under the body (Virtuoso does): the upload
/// fails with a reset instead of the 401 libcurl would have answered.
void negotiate(CURL* c, const std::string& where, std::array<char, CURL_ERROR_SIZE>& error) {
  std::string answer;
  set(c, CURLOPT_NOBODY, 1L); // HEAD
  set(c, CURLOPT_WRITEDATA, &answer);
  const CURLcode performed = curl_easy_perform(c);
  if (performed != CURLE_OK)
    throw OutputError("cannot reach " + where + ": " + (error[0] ? error.data() : curl_easy_strerror(performed)) +
                      "; is it running, and is the URL right?");
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  // Credentials refused before any body is sent. Any other answer (Virtuoso's is 501: it has no
  // HEAD) leaves the upload to say what the store thinks of it.
  if (status == 401) throw unauthorised(where, status, "");
  set(c, CURLOPT_NOBODY, 0L);
  set(c, CURLOPT_UPLOAD, 1L); // PUT again
}

} // namespace

PushResult push_to_store(const Model& model, const PushOptions& options) {
  const StoreUrl url = split_url(options.store);
  PushResult result;
  const RdfOptions rdf{options.base};
  const std::string base = effective_base(model, rdf);
  // Triples [first, last) of the export, in its order: the walk before `first` writes nothing and
  // the walk ends at `last`, inside the producer, so that the writer still finishes its output.
  const RangeWriter write_body = [&](std::ostream& out, std::size_t first, std::size_t last) {
    std::size_t index = 0;
    write_rdf(
        out, RdfFormat::ntriples,
        [&](const std::function<void(const Triple&)>& sink) {
          try {
            for_each_triple(model, rdf, [&](const Triple& t) {
              if (!out) throw WalkStopped{};
              if (index == last) throw BatchEnd{};
              if (index >= first) sink(t);
              ++index;
            });
          } catch (const BatchEnd&) {
          }
        },
        base);
    out.flush();
    if (!out) throw WalkStopped{};
    return index;
  };
  const Batches batches = measure_batches(write_body, options.batch_triples);
  const std::vector<std::uint64_t>& sizes = batches.sizes;
  result.triples = batches.triples;

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
  std::array<char, CURL_ERROR_SIZE> error{};
  CURL* c = curl.get();
  set(c, CURLOPT_URL, target.c_str());
  set(c, CURLOPT_PROTOCOLS_STR, "http,https");
  set(c, CURLOPT_NOSIGNAL, 1L);
  set(c, CURLOPT_UPLOAD, 1L); // PUT
  set(c, CURLOPT_READFUNCTION, &read_body);
  set(c, CURLOPT_SEEKFUNCTION, &rewind_body);
  set(c, CURLOPT_HTTPHEADER, headers.get());
  set(c, CURLOPT_WRITEFUNCTION, &keep_answer);
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

  const std::string where = "the store at " + options.store;
  if (!options.user.empty()) negotiate(c, where, error);
  const std::size_t batch = options.batch_triples == 0 ? result.triples : options.batch_triples;
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    const std::size_t first = i * batch;
    const std::size_t last = std::min(result.triples, first + batch);
    // After the first batch, the store's graph holds what the batches before this one sent.
    const std::string kept = i == 0 ? "a failed PUT leaves the graph as it was"
                                    : "the graph now holds the first " + std::to_string(first) + " of " +
                                          std::to_string(result.triples) + " triples; push again to replace it";
    const std::string which = sizes.size() == 1
                                  ? std::string()
                                  : " (batch " + std::to_string(i + 1) + " of " + std::to_string(sizes.size()) +
                                        ", triples " + std::to_string(first + 1) + " to " + std::to_string(last) + ")";
    error[0] = '\0';
    const Sent sent = send_batch(c, write_body, first, last, sizes[i], i == 0);
    if (sent.performed != CURLE_OK)
      throw OutputError("cannot reach " + where + which + ": " +
                        (error[0] ? error.data() : curl_easy_strerror(sent.performed)) +
                        "; is it running, and is the URL right?" + (i == 0 ? "" : "; " + kept));
    result.status = static_cast<int>(sent.status);
    if (sent.status == 401 || sent.status == 403)
      throw OutputError(unauthorised(where, sent.status, which).what() + (i == 0 ? "" : "; " + kept));
    if (sent.status < 200 || sent.status >= 300)
      throw OutputError(where + " answered HTTP " + std::to_string(sent.status) + which + ": " +
                        sent.answer.substr(0, 300) + "; " + kept +
                        (options.batch_triples == 0 ? "; a store that limits one transaction takes the graph in "
                                                      "parts with --batch-triples N"
                                                    : ""));
    ++result.requests;
  }
  return result;
}

} // namespace vidensgraf
