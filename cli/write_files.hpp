// Writing a publication (exporters/publication.hpp) into a folder: the one place where `publish`
// and `site` put files on disk.
#pragma once

#include "exporters/publication.hpp"

#include <filesystem>

namespace vidensgraf::cli {

/// Writes every file under `out` in the order they were added (folders created as needed), each
/// through AtomicFile, so that a failure part-way leaves every file whole; throws OutputError.
void write_files(const PublicationFiles& files, const std::filesystem::path& out);

} // namespace vidensgraf::cli
