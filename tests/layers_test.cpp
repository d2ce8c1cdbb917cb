// The floor plan, kept true: each folder of the library includes only the folders below it, and no
// public header names a C library (Raptor, Rasqal, Graphviz, httplib) or a private detail header.
// The layers, lowest first (docs/architecture.md says why):
//   model/ and model/rdf/ (the graph, its schema, the dataset files and the RDF layer),
//   model/query/ (the graph queries), exporters/ (the publication, by output), sparql/,
//   server/, cli/.
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <sstream>
#include <set>
#include <string>
#include <vector>

using namespace vidensgraf;
namespace fs = std::filesystem;

namespace {

/// The layer a project path belongs to ("" when it is not part of the library or the program).
std::string layer_of(const std::string& path) {
  for (const char* prefix : {"model/query/", "model/", "exporters/", "sparql/", "server/", "cli/"})
    if (path.rfind(prefix, 0) == 0) return std::string(prefix, std::string_view(prefix).size() - 1);
  return "";
}

/// Which layers each layer may include, besides itself.
const std::map<std::string, std::set<std::string>>& allowed() {
  static const std::map<std::string, std::set<std::string>> table{
      {"model", {}},
      {"model/query", {"model"}},
      {"exporters", {"model", "model/query"}},
      {"sparql", {"model"}},
      {"server", {"model", "model/query", "exporters", "sparql"}},
      {"cli", {"model", "model/query", "exporters", "sparql", "server"}},
  };
  return table;
}

struct Include {
  std::string file;    ///< the including file, relative to the source tree
  int line = 0;        ///< 1-based
  std::string target;  ///< what it includes, as written
  bool system = false; ///< <...> rather than "..."
};

/// Every #include of every C++ file in the library's and the program's folders.
std::vector<Include> all_includes() {
  static const std::regex include_line(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])");
  std::vector<Include> out;
  for (const char* folder : {"model", "exporters", "sparql", "server", "cli"})
    for (const auto& entry : fs::recursive_directory_iterator(test::source_dir() / folder)) {
      const auto ext = entry.path().extension();
      if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
      std::ifstream in(entry.path());
      std::string text;
      int number = 0;
      while (std::getline(in, text)) {
        ++number;
        std::smatch m;
        if (std::regex_search(text, m, include_line))
          out.push_back(
              {fs::relative(entry.path(), test::source_dir()).generic_string(), number, m[2].str(), m[1].str() == "<"});
      }
    }
  std::sort(out.begin(), out.end(),
            [](const Include& a, const Include& b) { return std::tie(a.file, a.line) < std::tie(b.file, b.line); });
  return out;
}

/// The items, each on its own line.
std::string one_per_line(const std::vector<std::string>& items) {
  std::string s;
  for (const auto& item : items)
    s += item + "\n";
  return s;
}

std::string where(const Include& i) {
  return i.file + ":" + std::to_string(i.line) + ": includes " + i.target;
}

bool is_public_header(const std::string& file) {
  return file.size() > 4 && file.compare(file.size() - 4, 4, ".hpp") == 0 &&
         file.find("/detail/") == std::string::npos && layer_of(file) != "cli";
}

} // namespace

TEST_CASE("no folder of the library includes a folder above it", "[layers]") {
  const auto includes = all_includes();
  REQUIRE(includes.size() > 300); // the scan found the sources
  std::vector<std::string> wrong;
  std::size_t checked = 0;
  for (const auto& i : includes) {
    if (i.system) continue;
    const std::string from = layer_of(i.file), to = layer_of(i.target);
    if (to.empty()) continue; // generated headers (build_config.hpp)
    ++checked;
    if (from != to && !allowed().at(from).count(to)) wrong.push_back(where(i));
  }
  CHECK(checked > 300);
  INFO("upward includes:\n" + one_per_line(wrong));
  CHECK(wrong.empty());
}

TEST_CASE("no public header names a C library or a private detail header", "[layers]") {
  static const std::set<std::string> c_libraries{"raptor2.h", "rasqal.h", "httplib.h"};
  std::vector<std::string> wrong;
  std::size_t headers = 0;
  std::set<std::string> seen;
  for (const auto& i : all_includes()) {
    if (!is_public_header(i.file)) continue;
    if (seen.insert(i.file).second) ++headers;
    const bool c_library = c_libraries.count(i.target) || i.target.rfind("graphviz/", 0) == 0;
    const bool detail = !i.system && i.target.find("/detail/") != std::string::npos;
    if (c_library || detail) wrong.push_back(where(i));
  }
  CHECK(headers > 50);
  INFO("public headers that name a C library or a detail header:\n" + one_per_line(wrong));
  CHECK(wrong.empty());
}

TEST_CASE("the README's table of folders names every folder of the tree, and no other", "[layers]") {
  // The rows of "What it is made of": each first cell names one or more folders as `name/`.
  std::ifstream in(test::source_dir() / "README.md");
  REQUIRE(in);
  static const std::regex folder_cell(R"(`([A-Za-z0-9_./-]+/)`)");
  std::set<std::string> listed;
  bool in_section = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("## ", 0) == 0) in_section = line == "## What it is made of";
    if (!in_section || line.rfind("| `", 0) != 0) continue;
    const std::string first_cell = line.substr(0, line.find(" | "));
    for (std::sregex_iterator m(first_cell.begin(), first_cell.end(), folder_cell), end; m != end; ++m)
      listed.insert((*m)[1].str());
  }
  // The tree's folders: the top level (less hidden ones other than .ci) and the folders inside
  // model/ and exporters/, whose names are the architecture (detail/ is private). They are read
  // from the files git tracks, so that build folders and the README's first command's out/ are
  // not taken for the tree; from the disk, less those, where the sources are not a git checkout.
  std::set<std::string> tree;
  auto add = [&](const std::vector<std::string>& folders) { // the folders of one path, outermost first
    if (folders.empty() || (folders[0][0] == '.' && folders[0] != ".ci")) return;
    tree.insert(folders[0] + "/");
    if (folders.size() > 1 && (folders[0] == "model" || folders[0] == "exporters") && folders[1] != "detail")
      tree.insert(folders[0] + "/" + folders[1] + "/");
  };
  const auto tracked = fs::exists(test::source_dir() / ".git")
                           ? test::run_program({"git", "-C", test::source_dir().string(), "ls-files"})
                           : test::RunResult{};
  if (tracked.exit_code == 0) {
    std::istringstream files(tracked.out);
    for (std::string file; std::getline(files, file);) {
      std::vector<std::string> folders; // every part of the path but the file's name
      for (std::size_t start = 0, slash; (slash = file.find('/', start)) != std::string::npos; start = slash + 1)
        folders.push_back(file.substr(start, slash - start));
      add(folders);
    }
  } else {
    for (auto entry = fs::recursive_directory_iterator(test::source_dir()); entry != fs::end(entry); ++entry) {
      const auto relative = fs::relative(entry->path(), test::source_dir());
      const std::string top = relative.begin()->string();
      if (entry.depth() >= 1) entry.disable_recursion_pending(); // model/rdf/ is as deep as it looks
      if (!entry->is_directory()) continue;
      if (top.rfind("build", 0) == 0 || top == "out") {
        entry.disable_recursion_pending();
        continue;
      }
      std::vector<std::string> folders;
      for (const auto& part : relative)
        folders.push_back(part.string());
      add(folders);
    }
  }
  CHECK(listed.size() > 15);
  std::vector<std::string> unlisted, missing;
  // A folder is named by its own row or by its folders' rows (exporters/ by exporters/site/ and so on).
  for (const auto& folder : tree)
    if (std::none_of(listed.begin(), listed.end(), [&](const std::string& l) { return l.rfind(folder, 0) == 0; }))
      unlisted.push_back(folder);
  std::set_difference(listed.begin(), listed.end(), tree.begin(), tree.end(), std::back_inserter(missing));
  INFO("folders the README's table does not name:\n" + one_per_line(unlisted));
  INFO("folders the README's table names that the tree does not have:\n" + one_per_line(missing));
  CHECK(unlisted.empty());
  CHECK(missing.empty());
}
