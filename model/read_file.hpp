// Reading a whole input file into memory: the one place that says why a file cannot be read.
#pragma once

#include <filesystem>
#include <string>

namespace vidensgraf {

/// The bytes of `file` (a regular file, or a pipe such as /dev/stdin). Throws InputError
/// "cannot read FILE: REASON" when it is missing, a folder, not readable or fails part-way.
std::string read_file(const std::filesystem::path& file);

} // namespace vidensgraf
