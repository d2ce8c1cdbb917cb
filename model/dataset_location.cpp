#include "model/dataset_location.hpp"

#include "build_config.hpp"

#include <cstdlib>
#include <system_error>

namespace vidensgraf {
namespace fs = std::filesystem;

namespace {

/// `relative` below the installed share folder next to the running program, or below the
/// source tree, whichever exists first.
fs::path locate(const fs::path& relative) {
  std::error_code ec;
  const auto exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto installed = exe.parent_path().parent_path() / "share" / "vidensgraf" / relative;
    if (fs::exists(installed, ec)) return installed;
  }
  auto configured = fs::path(VIDENSGRAF_INSTALL_DATADIR) / relative;
  if (fs::exists(configured, ec)) return configured;
  return fs::path(VIDENSGRAF_SOURCE_DIR) / relative;
}

} // namespace

fs::path default_dataset_dir() {
  if (const char* env = std::getenv("VIDENSGRAF_DATASET"); env && *env) return env;
  return locate(fs::path("data") / "signaturprojekter");
}

fs::path ontology_dir() {
  return locate("ontology");
}

} // namespace vidensgraf
