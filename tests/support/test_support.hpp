// Helpers shared by the tests: paths, running the vidensgraf program, reading files.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace vidensgraf::test {

/// The source tree's root.
std::filesystem::path source_dir();
/// tests/data in the source tree.
std::filesystem::path data_dir();
/// The bundled dataset, data/signaturprojekter.
std::filesystem::path bundled_dataset();
/// A fresh, empty folder for one test under the build tree (removed and re-created).
std::filesystem::path work_dir(const std::string& name);
/// The whole content of a file (binary).
std::string read_file(const std::filesystem::path& path);
/// Writes `content` to `path`, creating folders as needed.
void write_file(const std::filesystem::path& path, const std::string& content);

/// What a finished program printed and how it ended.
struct RunResult {
  int exit_code = -1;
  std::string out; ///< standard output
  std::string err; ///< standard error
};

/// Runs a program with arguments (no shell involved), capturing stdout and stderr.
RunResult run_program(const std::vector<std::string>& argv);
/// Runs the vidensgraf program built with this suite.
RunResult run_vidensgraf(const std::vector<std::string>& args);
/// True when a program can be found on PATH.
bool have_program(const std::string& name);

} // namespace vidensgraf::test
