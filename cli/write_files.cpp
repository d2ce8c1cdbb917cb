#include "cli/write_files.hpp"

#include "model/atomic_file.hpp"
#include "model/error.hpp"

namespace vidensgraf::cli {

void write_files(const PublicationFiles& files, const std::filesystem::path& out) {
  for (const auto* entry : in_order_added(files)) {
    const auto target = out / entry->first;
    std::error_code ec;
    std::filesystem::create_directories(target.parent_path(), ec);
    if (ec) throw OutputError("cannot create " + target.parent_path().string() + ": " + ec.message());
    AtomicFile f(target);
    entry->second.write_to(f.stream());
    f.commit();
  }
}

} // namespace vidensgraf::cli
