// The independent RDF tools the exporter tests check output with: rapper (Raptor's command line,
// Debian raptor2-utils), serdi (Debian serdi), rdflib (Debian python3-rdflib, through
// tests/support/rdf_check.py), jsonld.js and rdf-validate-shacl (npm, in tests/js).
#pragma once

#include "support/test_support.hpp"

#include <filesystem>
#include <optional>
#include <string>

namespace vidensgraf::test {

/// Runs `vidensgraf export` on `dataset` into `out` with more arguments; returns the run.
RunResult export_to(const std::filesystem::path& dataset, const std::string& format, const std::filesystem::path& out,
                    const std::vector<std::string>& more = {});

/// The number of triples rapper reads from `file` in Raptor syntax `syntax`; nothing when it
/// reports any error or warning (its messages are in `messages`).
std::optional<std::size_t> rapper_count(const std::filesystem::path& file, const std::string& syntax,
                                        std::string* messages = nullptr);

/// The number of statements serdi reads from `file` ("turtle", "ntriples" or "nquads"); nothing on error.
std::optional<std::size_t> serdi_count(const std::filesystem::path& file, const std::string& syntax);

/// rdflib's reading of the literals of `subject` `predicate` in `file`, as JSON [[lexical, lang, datatype], ...].
std::string rdflib_values(const std::filesystem::path& file, const std::string& format, const std::string& subject,
                          const std::string& predicate);

/// rdflib's reading of every dcat:Distribution in `file`, as JSON [[downloadURL, [byteSize...],
/// [SHA-256...]], ...] sorted by URL.
std::string rdflib_dumps(const std::filesystem::path& file, const std::string& format);

/// Empty when rdflib finds the two files' graphs isomorphic (N-Quads graphs are flattened), else its report.
std::string rdflib_difference(const std::filesystem::path& a, const std::string& format_a,
                              const std::filesystem::path& b, const std::string& format_b);

/// True when node and the packages of tests/js are there; when node is missing, says so (the
/// caller skips). Fails the test when node is there but `npm ci --prefix tests/js` was not run.
bool node_ready();

/// Expands a JSON-LD file with jsonld.js into N-Quads at `out`; returns the run.
RunResult jsonld_to_nquads(const std::filesystem::path& jsonld, const std::filesystem::path& out);

/// Validates `data` (Turtle or N-Triples) against `shapes` with rdf-validate-shacl; exit 0: conforms.
RunResult validate_shacl(const std::filesystem::path& data, const std::filesystem::path& shapes);

/// A JSON string literal for `text` (as rdf_check.py prints it).
std::string json_string(const std::string& text);

} // namespace vidensgraf::test
