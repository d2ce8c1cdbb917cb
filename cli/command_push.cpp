// vidensgraf push --store URL [--graph IRI] [--user U --password-file F] [DIR]: the dataset into a
// triple store with the SPARQL 1.1 Graph Store HTTP Protocol (exporters/store/graph_store_client.hpp).
#include "cli/commands.hpp"
#include "model/load_input.hpp"
#include "model/dataset_loader.hpp"
#include "model/error.hpp"
#include "model/read_file.hpp"
#include "exporters/store/graph_store_client.hpp"

#include <csignal>
#include <iostream>

namespace vidensgraf::cli {

namespace {

struct PushCommandOptions {
  std::string dir;
  PushOptions push;
  std::string password_file;
};

/// A wrong --password-file is a wrong command line (exit 2), not wrong input.
std::string read_password(const std::string& file) {
  std::string password;
  try {
    password = read_file(file);
  } catch (const InputError& e) {
    throw UsageError(e.what());
  }
  while (!password.empty() && (password.back() == '\n' || password.back() == '\r'))
    password.pop_back();
  return password;
}

void run_push(PushCommandOptions options) {
  if (options.push.user.empty() != options.password_file.empty())
    throw UsageError("--user and --password-file go together");
  if (!options.password_file.empty()) options.push.password = read_password(options.password_file);
  const Model model = load_model(options.dir);
  // A store that refuses the upload (401) may close the connection while the body is still being
  // streamed: the write then fails with EPIPE, which push reports, instead of SIGPIPE ending us.
  std::signal(SIGPIPE, SIG_IGN);
  const auto result = push_to_store(model, options.push);
  std::cerr << "vidensgraf: pushed " << result.triples << " triples to "
            << (options.push.graph.empty() ? std::string("the default graph") : "graph <" + options.push.graph + ">")
            << " of " << options.push.store << " (HTTP " << result.status << ")";
  if (result.requests > 1) std::cerr << " in " << result.requests << " batches";
  std::cerr << "\n";
}

} // namespace

void add_push_command(CLI::App& app) {
  auto options = std::make_shared<PushCommandOptions>();
  auto* cmd = app.add_subcommand("push", "Upload the dataset to a triple store (SPARQL 1.1 Graph Store HTTP "
                                         "Protocol: Virtuoso, Fuseki, Oxigraph, GraphDB), replacing the graph");
  add_dataset_argument(*cmd, options->dir);
  cmd->add_option("--store", options->push.store,
                  "Graph Store endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth")
      ->required();
  cmd->add_option("--graph", options->push.graph, "Graph IRI to replace (default: the default graph)");
  cmd->add_option("--user", options->push.user, "User for the store's HTTP Digest or Basic authentication");
  cmd->add_option("--password-file", options->password_file, "File holding the password (first line)");
  cmd->add_option("--batch-triples", options->push.batch_triples,
                  "Send the graph in parts of N triples (a PUT, then a POST of each next part) to a store "
                  "that limits one transaction; a failed part leaves the parts before it in the graph "
                  "(default 0: one PUT, all or nothing)")
      ->check(CLI::NonNegativeNumber);
  add_base_option(*cmd, options->push.base, BaseEnding::slash_or_hash);
  cmd->footer(help_footer(reading_command_codes));
  cmd->callback([options] { run_push(*options); });
}

} // namespace vidensgraf::cli
