// LoggingServer: the options' log is replaced by one that keeps the lines.
#include "support/running_server.hpp"

#include "model/dataset_loader.hpp"
#include "support/test_support.hpp"

namespace vidensgraf::test {

namespace {

ServerOptions with_log(ServerOptions o, std::mutex& mutex, std::vector<std::string>& lines) {
  o.log = [&mutex, &lines](const std::string& line) {
    std::lock_guard lock(mutex);
    lines.push_back(line);
  };
  return o;
}

} // namespace

LoggingServer::LoggingServer(ServerOptions options)
    : server_(load_dataset_or_throw(data_dir() / "site"), with_log(std::move(options), mutex_, lines_)) {
  port_ = server_.bind("127.0.0.1", 0);
  thread_ = std::thread([this] { server_.run(); });
}

LoggingServer::~LoggingServer() {
  server_.stop();
  thread_.join();
}

std::vector<std::string> LoggingServer::log() const {
  std::lock_guard lock(mutex_);
  return lines_;
}

} // namespace vidensgraf::test
