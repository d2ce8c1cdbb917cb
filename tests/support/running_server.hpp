// A LinkedDataServer over the hostile fixture (tests/data/site) on a free loopback port, run on
// its own thread and stopped at the end, with what it logs kept for the test to look at.
#pragma once

#include "server/linked_data_server.hpp"

#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace vidensgraf::test {

class LoggingServer {
public:
  explicit LoggingServer(ServerOptions options);
  ~LoggingServer();
  LoggingServer(const LoggingServer&) = delete;
  LoggingServer& operator=(const LoggingServer&) = delete;

  int port() const { return port_; }
  /// The lines logged so far.
  std::vector<std::string> log() const;

private:
  mutable std::mutex mutex_;
  std::vector<std::string> lines_;
  LinkedDataServer server_;
  int port_ = 0;
  std::thread thread_;
};

} // namespace vidensgraf::test
