// The subcommands of the vidensgraf program. Each registers itself on the application; a command
// that fails throws (model/error.hpp), and main turns the error into its message and exit code.
#pragma once

#include "model/error.hpp"
#include "model/model.hpp"

#include <CLI/CLI.hpp>
#include <initializer_list>
#include <string_view>
#include <filesystem>
#include <string>

namespace vidensgraf::cli {

/// Adds the optional dataset folder argument (default: the bundled dataset) to a subcommand.
void add_dataset_argument(CLI::App& command, std::string& dir);
/// Which base IRIs a command accepts: every IRI is {base}{segment}/{id}.
enum class BaseEnding { slash, slash_or_hash };
/// Adds --base IRI (overriding the dataset's base IRI), checked when parsed: it must end with '/'
/// (or '#' where `ending` allows it), else the command line is wrong (exit 2).
void add_base_option(CLI::App& command, std::string& base, BaseEnding ending);
/// The dataset folder a command works on: `dir`, or the bundled dataset when empty.
/// With `dir` empty, $VIDENSGRAF_DATASET when set (remembered for input_error_cause).
std::filesystem::path dataset_path(const std::string& dir);
/// Reads the model a command works on: `input` (a dataset folder or an RDF file), or
/// dataset_path's choice when empty. Prints the warnings of a valid input to standard error;
/// throws ValidationError (carrying the diagnostics, which main prints) when it has errors.
Model load_model(const std::string& input, const std::string& input_format = {});
/// When the dataset a command read came from $VIDENSGRAF_DATASET, a line saying so (for an
/// input error, exit 1); else empty.
std::string input_error_cause();

void add_validate_command(CLI::App& app);
void add_stats_command(CLI::App& app);
void add_generate_command(CLI::App& app);
/// vidensgraf query NAME: graph queries (neighbours, path, challenges, projects, recommend, similar, central).
void add_query_command(CLI::App& app);
/// vidensgraf sparql: SPARQL SELECT, ASK and CONSTRUCT over the dataset (Rasqal).
void add_sparql_command(CLI::App& app);
void add_diagram_command(CLI::App& app);
/// vidensgraf export: the dataset as RDF in one syntax, or its DCAT/VoID description.
void add_export_command(CLI::App& app);

/// vidensgraf import: an RDF file back into a dataset folder of CSV tables.
void add_import_command(CLI::App& app);
/// vidensgraf site: the static linked-data site (pages, RDF documents, dumps, ontology, server configuration).
void add_site_command(CLI::App& app);
/// vidensgraf serve: the site over HTTP with content negotiation and a SPARQL endpoint.
void add_serve_command(CLI::App& app);
/// vidensgraf push: the dataset into a triple store (SPARQL 1.1 Graph Store HTTP Protocol).
void add_push_command(CLI::App& app);

/// vidensgraf publish: every RDF syntax, the description, the ontology files and the diagrams into a folder.
void add_publish_command(CLI::App& app);

/// vidensgraf _docs (hidden): the man page and bash completion, from the same description as --help.
void add_docs_command(CLI::App& app);

/// The help of an argument that names an entity (resolve_entity: id, segment/id or label).
extern const char* const entity_help;

/// The end of a command's --help: its examples (run by a test, as written) and the exit codes
/// it can end with, each with its meaning from the one table in main.cpp.
std::string help_footer(std::initializer_list<ExitCode> codes, std::initializer_list<std::string_view> examples = {});
/// Every exit code with its meaning: the end of `vidensgraf help` and the man page's EXIT STATUS.
std::string all_exit_codes_help();
/// The exit codes of a command that reads a dataset and writes a result.
inline constexpr std::initializer_list<ExitCode> reading_command_codes = {
    ExitCode::ok, ExitCode::invalid_data, ExitCode::usage, ExitCode::output, ExitCode::internal};

} // namespace vidensgraf::cli
