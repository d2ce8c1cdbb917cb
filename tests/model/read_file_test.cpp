#include "model/read_file.hpp"

#include "model/error.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace vidensgraf;
namespace fs = std::filesystem;

TEST_CASE("read_file gives every byte of a file", "[read_file]") {
  const auto dir = test::work_dir("read-file-bytes");
  std::string bytes("a\r\nb\0c\n", 7);
  bytes += std::string(200000, 'x'); // more than one chunk
  test::write_file(dir / "data.bin", bytes);
  CHECK(read_file(dir / "data.bin") == bytes);
  test::write_file(dir / "empty", "");
  CHECK(read_file(dir / "empty").empty());
}

TEST_CASE("read_file says which file cannot be read and why", "[read_file]") {
  const auto dir = test::work_dir("read-file-errors");
  const auto missing = dir / "missing.csv";
  CHECK_THROWS_AS(read_file(missing), InputError);
  CHECK_THROWS_WITH(read_file(missing), "cannot read " + missing.string() + ": no such file");
  CHECK_THROWS_WITH(read_file(dir), "cannot read " + dir.string() + ": not a regular file");
}
