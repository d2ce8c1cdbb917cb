#include "model/read_file.hpp"

#include "model/error.hpp"

#include <array>
#include <cerrno>
#include <fstream>
#include <system_error>

namespace vidensgraf {
namespace fs = std::filesystem;

std::string read_file(const fs::path& file) {
  const auto fail = [&](const std::string& reason) {
    throw InputError("cannot read " + file.string() + ": " + reason);
  };
  std::error_code ec;
  const auto status = fs::status(file, ec);
  if (!fs::exists(status)) fail("no such file");
  // ifstream opens a folder, and its "size" is then huge (bad_alloc); a pipe is read as it comes.
  if (fs::is_directory(status)) fail("not a regular file");
  errno = 0;
  std::ifstream in(file, std::ios::binary);
  if (!in) fail(errno != 0 ? std::generic_category().message(errno) : "cannot be opened");
  std::string data;
  if (const auto size = fs::file_size(file, ec); !ec) data.reserve(static_cast<std::size_t>(size));
  std::array<char, 1 << 16> chunk{};
  while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0)
    data.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
  if (in.bad()) fail("a read error part-way");
  return data;
}

} // namespace vidensgraf
