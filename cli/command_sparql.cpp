// vidensgraf sparql QUERY | --file F [--format ...] [--limit ROWS] [--timeout SECONDS] [DIR]:
// SPARQL over the dataset's RDF form (sparql/sparql.hpp).
#include "cli/commands.hpp"
#include "model/load_input.hpp"
#include "model/dataset_loader.hpp"
#include "model/error.hpp"
#include "model/read_file.hpp"
#include "sparql/sparql.hpp"

#include <iostream>
#include <memory>

namespace vidensgraf::cli {

namespace {

struct SparqlCliOptions {
  std::string query;
  std::string file;
  std::string dir;
  SparqlOptions run;
};

/// A wrong --file is a wrong command line (exit 2), not wrong input.
std::string read_query_file(const std::string& path) {
  try {
    return read_file(path);
  } catch (const InputError& e) {
    throw UsageError(e.what());
  }
}

} // namespace

void add_sparql_command(CLI::App& app) {
  auto options = std::make_shared<SparqlCliOptions>();
  auto* cmd = app.add_subcommand("sparql", "Run a SPARQL SELECT, ASK or CONSTRUCT query over the dataset's RDF "
                                           "(the triples of the Turtle export); see docs/sparql.md for what "
                                           "Rasqal 0.9.33 does not support");
  cmd->add_option("QUERY", options->query, "The query text (or give --file)");
  cmd->add_option("--file", options->file, "Read the query from this file");
  add_dataset_argument(*cmd, options->dir);
  cmd->add_option("--format", options->run.format,
                  "json, csv, tsv or table for SELECT/ASK (default json); turtle, ntriples, nquads, rdfxml, "
                  "rdfjson or jsonld for CONSTRUCT (default turtle)")
      ->check(CLI::IsMember(
          {"json", "csv", "tsv", "table", "turtle", "ntriples", "nquads", "rdfxml", "rdfjson", "jsonld"}));
  cmd->add_option("--limit", options->run.row_limit,
                  "Refuse answers with more rows or triples than this (default 10000)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--timeout", options->run.timeout_seconds, "Stop a query running longer than this (default 30 s)")
      ->check(CLI::PositiveNumber);
  cmd->add_option_function<std::size_t>(
         "--max-query-memory", [options](std::size_t mib) { options->run.memory_budget_bytes = mib << 20; },
         "Stop a query that grows the heap by more than this many MiB (default: no budget)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 20));
  cmd->footer(help_footer(reading_command_codes, {"sparql \"SELECT ?s WHERE { ?s ?p ?o } LIMIT 3\" --format table"}));
  cmd->callback([options] {
    std::string query = options->query;
    std::string dir = options->dir;
    if (!options->file.empty()) {
      if (!dir.empty() && !query.empty()) throw UsageError("give the query as text or with --file, not both");
      dir = query.empty() ? dir : query; // with --file, the one positional is the dataset folder
      query = read_query_file(options->file);
    }
    if (query.empty()) throw UsageError("no query: give it as text or with --file");
    const Model model = load_model(dir);
    const SparqlEngine engine(model);
    std::cout << engine.run(query, options->run);
    std::cout.flush();
  });
}

} // namespace vidensgraf::cli
