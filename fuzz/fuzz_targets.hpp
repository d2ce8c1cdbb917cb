// The bodies of the libFuzzer harnesses, one function per way data gets into vidensgraf. They are
// a library of their own so that the harness executables (fuzz/fuzz_*.cpp, built with
// -fsanitize=fuzzer) and the Catch2 regression test (tests/fuzz/fuzz_regression_test.cpp, which
// replays every kept crashing input) run exactly the same code.
//
// Each returns normally for any input vidensgraf handles well: a loaded model, or a clear error
// (diagnostics, InputError, UsageError, ValidationError). Anything else escapes: a crash or a
// sanitizer report, an InternalError or another exception, which libFuzzer reports as a finding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vidensgraf::fuzz {

/// One file of a dataset folder given to the CSV harness.
struct DatasetFile {
  std::string name; ///< a bare file name such as projects.csv or dataset.toml
  std::string content;
};

/// Splits a CSV-harness input into the files of a dataset folder. The container is text, so
/// that seeds are readable and mutations stay meaningful: each file starts with a line
/// "=== NAME" and holds the bytes up to the next such line (its final newline included).
/// NAME must be [a-z_]+ followed by .csv or .toml; other headers and bytes before the first
/// header are ignored, and a later file with the same name replaces the earlier one.
std::vector<DatasetFile> split_dataset(std::string_view input);

/// The reverse of split_dataset, for building seeds from a dataset folder.
std::string join_dataset(const std::vector<DatasetFile>& files);

/// (1) The dataset loader: writes the files of `input` (split_dataset) into a fresh folder and
/// loads it with load_dataset, the function every command uses for a dataset folder.
void run_csv_dataset(const std::uint8_t* data, std::size_t size);

/// The Raptor syntax the RDF harness uses for an input, sniffed from its first bytes so that
/// any real RDF file is a seed as it is and a kept input reproduces with `vidensgraf import`:
/// "<?", "<!" or "<rdf:": rdfxml; another '<' or '_': ntriples; a tab: nquads (a leading tab
/// is legal there); '{': json (RDF/JSON); anything else: turtle.
std::string rdf_syntax_of(std::string_view input);

/// (2) RDF import: writes the input to a file and imports it with import_rdf in the syntax
/// chosen by rdf_syntax_of, as `vidensgraf import --input-format SYNTAX FILE` does.
void run_rdf_import(const std::uint8_t* data, std::size_t size);

/// (3) SPARQL query text through SparqlEngine::run (the feature scan, then Rasqal) over the
/// bundled dataset's model, loaded and indexed once.
void run_sparql(const std::uint8_t* data, std::size_t size);

/// (4) Raw HTTP request bytes through LinkedDataServer::answer_raw: cpp-httplib's own request
/// parser, then our routes, content negotiation and SPARQL protocol, over the bundled dataset.
void run_http(const std::uint8_t* data, std::size_t size);

} // namespace vidensgraf::fuzz
