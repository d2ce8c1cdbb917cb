// HttpFront: an Asio acceptor and one Connection per socket, all on the thread that calls run();
// complete requests go to an asio::thread_pool and their answers come back to that thread to be
// written. A connection is in one state at a time (waiting, headers, body, answering, writing,
// closing) with one timer for that state's deadline; refused and finished connections write their
// answer, shut down their sending side and read what the client still sends for a moment, so that
// the client sees the answer rather than a reset.
#include "server/http_front.hpp"

#include "model/error.hpp"
#include "server/request_framing.hpp"
#include "server/throttled_log.hpp"

#include <utility> // before Asio: Boost 1.74's awaitable.hpp uses std::exchange without including it

#include <boost/asio.hpp>

#include <sys/resource.h>

#include <array>
#include <chrono>
#include <iostream>
#include <unordered_map>

namespace vidensgraf {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using boost::system::error_code;

namespace {

constexpr std::string_view continue_line = "HTTP/1.1 100 Continue\r\n\r\n";
constexpr auto linger_time = std::chrono::seconds(2); // reading what a refused client still sends
constexpr std::size_t max_lingering = 256;            // refused connections lingering at once
constexpr std::size_t reserved_files = 64;            // descriptors kept for everything else

Clock::duration seconds(double s) {
  return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(s));
}

/// A complete answer of the front's own (the workers never see these requests).
std::string refusal(int status, std::string_view reason, std::string_view message, int retry_after = 0) {
  std::string body = std::string(message) + "\n";
  std::string r = "HTTP/1.1 " + std::to_string(status) + " " + std::string(reason) + "\r\n";
  if (retry_after > 0) r += "Retry-After: " + std::to_string(retry_after) + "\r\n";
  r +=
      "Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + std::to_string(body.size()) +
      "\r\n\r\n" + body;
  return r;
}

/// Raises the soft open-file limit towards the hard one so that `wanted` descriptors fit; returns
/// how many connections fit.
std::size_t raise_file_limit(std::size_t wanted) {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return wanted;
  const auto need = static_cast<rlim_t>(wanted + reserved_files);
  if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur < need) {
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? need : std::min(need, limit.rlim_max);
    setrlimit(RLIMIT_NOFILE, &limit);
    getrlimit(RLIMIT_NOFILE, &limit);
  }
  if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur >= need) return wanted;
  return limit.rlim_cur > reserved_files ? static_cast<std::size_t>(limit.rlim_cur) - reserved_files : 1;
}

} // namespace

namespace {

/// What the acceptor and every connection share, on the I/O thread only.
struct FrontCore {
  FrontLimits limits;
  FrontResponder respond;
  ThrottledLog log;
  std::size_t open = 0;      // connections holding a slot
  std::size_t lingering = 0; // refused connections finishing
  std::unordered_map<std::string, std::size_t> per_client;
  asio::thread_pool* workers = nullptr;
};

} // namespace

// The core is a base, so destroyed last: connections still waiting in the I/O context when it is
// destroyed give their slots back to it. The workers are destroyed first (after being joined).
struct HttpFront::Impl : FrontCore {
  asio::io_context io{1};
  tcp::acceptor acceptor{io};
  asio::steady_timer accept_pause{io};
  asio::thread_pool pool;

  Impl(FrontLimits l, std::size_t threads, FrontResponder r, FrontLog sink)
      : FrontCore{l, std::move(r), ThrottledLog(std::move(sink), std::chrono::seconds(60)), 0, 0, {}, nullptr},
        pool(threads) {
    workers = &pool;
  }

  void accept();
  void admit(tcp::socket socket);
};

namespace {

class Connection : public std::enable_shared_from_this<Connection> {
public:
  Connection(FrontCore& front, tcp::socket socket, std::string client)
      : front_(front), socket_(std::move(socket)), timer_(socket_.get_executor()), client_(std::move(client)),
        framer_(FramingLimits{front.limits.max_header_bytes, front.limits.max_body_bytes}) {}

  ~Connection() {
    if (counted_) {
      --front_.open;
      if (const auto it = front_.per_client.find(client_); it != front_.per_client.end() && --it->second == 0)
        front_.per_client.erase(it);
    }
    if (lingering_) --front_.lingering;
  }

  /// Takes a slot (counted in the caps) and waits for the first request.
  void start() {
    counted_ = true;
    ++front_.open;
    ++front_.per_client[client_];
    advance();
  }

  /// Answers `response` without reading a request, then closes.
  void refuse(std::string response) {
    lingering_ = true;
    ++front_.lingering;
    finish(std::move(response));
  }

private:
  enum class State { waiting, headers, body, answering, writing, closing };

  void arm(double limit_seconds) { arm(seconds(limit_seconds)); }
  void arm(Clock::duration d) {
    timer_.expires_after(d);
    timer_.async_wait([self = shared_from_this()](const error_code& ec) {
      if (!ec) self->expired();
    });
  }

  void expired() {
    switch (state_) {
    case State::waiting:
      return close(); // an idle keep-alive connection: nothing to answer
    case State::headers:
      front_.log.note("closed connections whose request headers took longer than " +
                      std::to_string(front_.limits.header_seconds) + " s (408)");
      return finish(refusal(408, "Request Timeout", "the request's headers took too long"));
    case State::body:
      front_.log.note("closed connections whose request body took longer than " +
                      std::to_string(front_.limits.body_seconds) + " s (408)");
      return finish(refusal(408, "Request Timeout", "the request's body took too long"));
    case State::writing:
      front_.log.note("dropped clients that did not take their answer within " +
                      std::to_string(front_.limits.write_seconds) + " s");
      return close();
    case State::closing:
      return close();
    case State::answering:
      return;
    }
  }

  void read() {
    if (reading_) return;
    reading_ = true;
    socket_.async_read_some(asio::buffer(chunk_), [self = shared_from_this()](const error_code& ec, std::size_t n) {
      self->reading_ = false;
      self->on_read(ec, n);
    });
  }

  void on_read(const error_code& ec, std::size_t n) {
    if (ec) return close();                      // the client closed or reset, or the socket was closed here
    if (state_ == State::closing) return read(); // draining what a refused client still sends
    in_.append(chunk_.data(), n);
    if (state_ == State::waiting || state_ == State::headers || state_ == State::body) advance();
  }

  /// Looks at what has arrived: a complete request is answered, a bad one refused, an incomplete
  /// one read further under its deadline.
  void advance() {
    if (in_.empty()) {
      if (state_ != State::waiting) {
        state_ = State::waiting;
        arm(front_.limits.idle_seconds);
      }
      return read();
    }
    if (state_ != State::headers && state_ != State::body) { // a request's first byte is here
      state_ = State::headers;
      arm(front_.limits.header_seconds);
    }
    const auto f = framer_.scan(in_);
    switch (f.state) {
    case Framing::need_headers:
      return read();
    case Framing::need_body:
      if (state_ != State::body) {
        state_ = State::body;
        arm(front_.limits.body_seconds);
        if (f.expect_continue) send_continue();
      }
      return read();
    case Framing::complete:
      return dispatch(f.length);
    case Framing::headers_too_large:
      front_.log.note("refused requests with headers over " + std::to_string(front_.limits.max_header_bytes) +
                      " bytes (431)");
      return finish(refusal(431, "Request Header Fields Too Large", "the request's headers are too large"));
    case Framing::body_too_large:
      front_.log.note("refused request bodies over " + std::to_string(front_.limits.max_body_bytes) + " bytes (413)");
      return finish(
          refusal(413, "Payload Too Large",
                  "the request's body is larger than " + std::to_string(front_.limits.max_body_bytes) + " bytes"));
    case Framing::bad_request:
      return finish(refusal(400, "Bad Request", "the request's length cannot be determined"));
    }
  }

  /// "100 Continue" for a client that waits for it before sending its body. Written at once and
  /// synchronously: nothing else is being written on this connection while a request is read,
  /// so the 25 bytes go straight into an empty send buffer.
  void send_continue() {
    error_code ec;
    asio::write(socket_, asio::buffer(continue_line), ec);
    sent_continue_ = true;
  }

  void dispatch(std::size_t length) {
    state_ = State::answering;
    timer_.cancel();
    std::string request = in_.substr(0, length);
    in_.erase(0, length);
    framer_.reset();
    const bool last = ++served_ >= front_.limits.keep_alive_max_count;
    asio::post(*front_.workers, [self = shared_from_this(), request = std::move(request), last] {
      FrontAnswer answer;
      try {
        answer = self->front_.respond(request, last);
      } catch (const std::exception& e) {
        answer = {refusal(500, "Internal Server Error", std::string("internal error: ") + e.what()), true};
      }
      asio::post(self->socket_.get_executor(),
                 [self, answer = std::move(answer)]() mutable { self->write_answer(std::move(answer)); });
    });
  }

  void write_answer(FrontAnswer answer) {
    if (!socket_.is_open()) return;
    // httplib writes its own "100 Continue" when it sees the Expect header; the client has had one.
    if (sent_continue_ && answer.bytes.starts_with(continue_line)) answer.bytes.erase(0, continue_line.size());
    sent_continue_ = false;
    if (answer.close) return finish(std::move(answer.bytes));
    state_ = State::writing;
    arm(front_.limits.write_seconds);
    out_ = std::move(answer.bytes);
    asio::async_write(socket_, asio::buffer(out_), [self = shared_from_this()](const error_code& ec, std::size_t) {
      if (ec) return self->close();
      self->out_.clear();
      self->state_ = State::answering; // neither waiting nor reading until advance() says so
      self->advance();
    });
  }

  /// Writes a last answer, then closes gently: the sending side first, then after the client has
  /// closed its side or after a moment.
  void finish(std::string response) {
    state_ = State::closing;
    arm(front_.limits.write_seconds);
    out_ = std::move(response);
    asio::async_write(socket_, asio::buffer(out_), [self = shared_from_this()](const error_code& ec, std::size_t) {
      if (ec) return self->close();
      error_code ignored;
      self->socket_.shutdown(tcp::socket::shutdown_send, ignored);
      self->arm(linger_time);
      self->read();
    });
  }

  void close() {
    error_code ignored;
    timer_.cancel();
    socket_.close(ignored);
  }

  FrontCore& front_;
  tcp::socket socket_;
  asio::steady_timer timer_;
  std::string client_;
  RequestFramer framer_;
  State state_ = State::answering;
  std::array<char, std::size_t{16} * 1024> chunk_{};
  std::string in_;
  std::string out_;
  std::size_t served_ = 0;
  bool reading_ = false;
  bool sent_continue_ = false;
  bool counted_ = false;
  bool lingering_ = false;
};

} // namespace

void HttpFront::Impl::accept() {
  acceptor.async_accept([this](const error_code& ec, tcp::socket socket) {
    if (ec == asio::error::operation_aborted) return;
    if (ec) {
      // Out of descriptors, typically: try again shortly rather than spin.
      log.note("cannot accept a connection: " + ec.message());
      accept_pause.expires_after(std::chrono::milliseconds(100));
      accept_pause.async_wait([this](const error_code& e) {
        if (!e) accept();
      });
      return;
    }
    admit(std::move(socket));
    accept();
  });
}

void HttpFront::Impl::admit(tcp::socket socket) {
  error_code ec;
  // Answers are written whole, but a kept-alive answer must still not wait for a delayed ACK.
  socket.set_option(tcp::no_delay(true), ec);
  const auto peer = socket.remote_endpoint(ec);
  if (ec) return; // already gone
  std::string client = peer.address().to_string();
  const auto same = per_client.find(client);
  const bool full = open >= limits.max_connections;
  const bool greedy = limits.max_connections_per_client > 0 && same != per_client.end() &&
                      same->second >= limits.max_connections_per_client;
  auto connection = std::make_shared<Connection>(*this, std::move(socket), client);
  if (!full && !greedy) return connection->start();
  if (lingering >= max_lingering) return; // refusing politely costs a descriptor too: just close
  if (full) {
    log.note("refused connections: all " + std::to_string(limits.max_connections) + " in use (503)");
    connection->refuse(refusal(503, "Service Unavailable", "the server has too many connections; try again later",
                               limits.retry_after_seconds));
  } else {
    log.note("refused connections from one address over " + std::to_string(limits.max_connections_per_client) +
             " open at once (429), e.g. " + client);
    connection->refuse(refusal(429, "Too Many Requests", "too many connections from your address; try again later",
                               limits.retry_after_seconds));
  }
}

HttpFront::HttpFront(FrontLimits limits, std::size_t threads, FrontResponder respond, FrontLog log)
    : impl_(std::make_unique<Impl>(limits, threads, std::move(respond), std::move(log))) {}

HttpFront::~HttpFront() {
  impl_->pool.stop();
  impl_->pool.join();
}

int HttpFront::bind(const std::string& host, int port) {
  const auto fit = raise_file_limit(impl_->limits.max_connections + max_lingering);
  if (fit < impl_->limits.max_connections + max_lingering) {
    const auto cap = fit > max_lingering ? fit - max_lingering : 1;
    impl_->log.note("the open-file limit allows " + std::to_string(cap) + " connections, not " +
                    std::to_string(impl_->limits.max_connections) + " (raise it with ulimit -n)");
    impl_->limits.max_connections = cap;
  }
  error_code ec;
  const std::string where = host + ":" + std::to_string(port);
  tcp::resolver resolver(impl_->io);
  const auto found = resolver.resolve(host, std::to_string(port), tcp::resolver::passive, ec);
  if (ec || found.empty())
    throw OutputError("cannot listen on " + where + ": " + (ec ? ec.message() : "no address") +
                      "; choose another --host");
  const tcp::endpoint endpoint = found.begin()->endpoint();
  auto& a = impl_->acceptor;
  a.open(endpoint.protocol(), ec);
  if (!ec) a.set_option(tcp::acceptor::reuse_address(true), ec);
  if (!ec) a.bind(endpoint, ec);
  if (!ec) a.listen(asio::socket_base::max_listen_connections, ec);
  if (ec)
    throw OutputError("cannot listen on " + where + " (" + ec.message() +
                      "; in use, or not an address of this machine); choose another --port or --host");
  return a.local_endpoint().port();
}

void HttpFront::run() {
  impl_->accept();
  impl_->io.run();
}

void HttpFront::stop() {
  impl_->io.stop();
}

} // namespace vidensgraf
