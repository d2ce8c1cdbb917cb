#include "fuzz/fuzz_targets.hpp"

#include "model/dataset_loader.hpp"
#include "model/dataset_location.hpp"
#include "model/error.hpp"
#include "model/rdf/import.hpp"
#include "server/linked_data_server.hpp"
#include "sparql/sparql.hpp"

#include <array>
#include <filesystem>
#include <fstream>
#include <memory>
#include <unistd.h>

namespace fs = std::filesystem;

namespace vidensgraf::fuzz {

namespace {

constexpr std::string_view header = "=== ";

bool valid_file_name(std::string_view name) {
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  const auto ext = name.substr(dot);
  if (ext != ".csv" && ext != ".toml") return false;
  for (const char c : name.substr(0, dot))
    if (!((c >= 'a' && c <= 'z') || c == '_')) return false;
  return true;
}

/// A folder of this process's own under the temporary directory, emptied for each input (the
/// loader reads a folder, so the harness has to write one; several fuzzing processes may run).
const fs::path& scratch_dir(std::string_view what) {
  static const fs::path dir =
      fs::temp_directory_path() / ("vidensgraf-fuzz-" + std::string(what) + "-" + std::to_string(::getpid()));
  return dir;
}

void write_bytes(const fs::path& file, std::string_view bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw InternalError("fuzz harness: cannot write " + file.string());
}

/// The bundled dataset's model, loaded once per process (as `serve` and `sparql` load it once).
const Model& bundled_model() {
  static const Model model = load_dataset_or_throw(default_dataset_dir());
  return model;
}

} // namespace

std::vector<DatasetFile> split_dataset(std::string_view input) {
  std::vector<DatasetFile> files;
  DatasetFile* current = nullptr;
  std::size_t pos = 0;
  while (pos < input.size()) {
    auto end = input.find('\n', pos);
    const std::size_t next = end == std::string_view::npos ? input.size() : end + 1;
    const auto line = input.substr(pos, (end == std::string_view::npos ? input.size() : end) - pos);
    if (line.starts_with(header)) {
      const auto name = line.substr(header.size());
      current = nullptr;
      if (valid_file_name(name)) {
        std::erase_if(files, [&](const DatasetFile& f) { return f.name == name; });
        files.push_back({std::string(name), {}});
        current = &files.back();
      }
    } else if (current) {
      current->content.append(input.substr(pos, next - pos));
    }
    pos = next;
  }
  return files;
}

std::string join_dataset(const std::vector<DatasetFile>& files) {
  std::string out;
  for (const auto& f : files) {
    out.append(header).append(f.name).append("\n").append(f.content);
    if (!f.content.empty() && f.content.back() != '\n') out += '\n';
  }
  return out;
}

void run_csv_dataset(const std::uint8_t* data, std::size_t size) {
  const auto files = split_dataset({reinterpret_cast<const char*>(data), size});
  const fs::path& dir = scratch_dir("csv");
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& f : files)
    write_bytes(dir / f.name, f.content);
  Diagnostics diagnostics;
  try {
    const Model model = load_dataset(dir, diagnostics);
    (void)model;
  } catch (const InputError&) {
    // e.g. no dataset.toml: a clear refusal
  }
  fs::remove_all(dir);
}

std::string rdf_syntax_of(std::string_view input) {
  if (input.empty()) return "turtle";
  const char first = input[0];
  // An XML declaration, a DOCTYPE or comment, or the rdf:RDF element; any other '<' opens an IRI.
  if (input.starts_with("<?") || input.starts_with("<!") || input.starts_with("<rdf:")) return "rdfxml";
  if (first == '<' || first == '_') return "ntriples";
  if (first == '\t') return "nquads";
  if (first == '{') return "json";
  return "turtle";
}

void run_rdf_import(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const fs::path& dir = scratch_dir("rdf");
  fs::create_directories(dir);
  const fs::path file = dir / "input.rdf";
  write_bytes(file, input);
  Diagnostics diagnostics;
  try {
    const Model model = import_rdf(file, rdf_syntax_of(input), diagnostics);
    (void)model;
  } catch (const InputError&) {
    // a clear refusal
  }
}

void run_sparql(const std::uint8_t* data, std::size_t size) {
  static const SparqlEngine engine(bundled_model());
  // The result format from the size, so that every writer is reached without a selector byte
  // that would make the kept inputs unlike real queries.
  static constexpr std::array<std::string_view, 6> formats{"", "json", "xml", "csv", "tsv", "table"};
  SparqlOptions options;
  options.format = std::string(formats[size % formats.size()]);
  options.row_limit = 2000;
  options.timeout_seconds = 2.0; // a query over the limit is a clean InputError, not a fuzzer timeout
  try {
    (void)engine.run({reinterpret_cast<const char*>(data), size}, options);
  } catch (const InputError&) {
  } catch (const UsageError&) {
    // a format that does not fit the query form
  }
}

void run_http(const std::uint8_t* data, std::size_t size) {
  static const std::unique_ptr<LinkedDataServer> server = [] {
    ServerOptions options;
    options.site.diagrams = false; // the pages' diagrams are not request input; building them is slow
    options.sparql_timeout_seconds = 2.0;
    options.sparql_row_limit = 2000;
    options.query_workers = 0; // in this process: a crash in Rasqal must be the fuzzer's finding
    return std::make_unique<LinkedDataServer>(load_dataset_or_throw(default_dataset_dir()), options);
  }();
  (void)server->answer_raw({reinterpret_cast<const char*>(data), size});
}

} // namespace vidensgraf::fuzz
