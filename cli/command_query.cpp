// vidensgraf query NAME [ARGS] [--format table|csv|json] [DIR]: graph queries on the model
// (model/query/queries.hpp), each answer with the path or reason that explains it.
#include "cli/commands.hpp"
#include "model/load_input.hpp"
#include "model/dataset_loader.hpp"
#include "model/query/entity_resolver.hpp"
#include "model/query/queries.hpp"
#include "model/query/query_output.hpp"

#include <functional>
#include <iostream>
#include <memory>

namespace vidensgraf::cli {

namespace {

struct QueryOptions {
  std::string dir;
  std::string format = "table";
  std::string first;  ///< the entity the query is about (FROM for path)
  std::string second; ///< TO for path
  std::size_t depth = 1;
  std::string relation;
  std::size_t top = 20;
  std::size_t max_entities = central_default_max_entities;
  CentralOptions central;
};

using Runner = std::function<QueryResult(const Model&, const QueryOptions&)>;

void print(const Model& model, const QueryResult& result, const std::string& format) {
  if (format == "json") {
    write_query_json(std::cout, model, result);
  } else if (format == "csv") {
    write_query_csv(std::cout, result);
    for (const auto& note : result.notes)
      std::cerr << "vidensgraf: note: " << note << '\n';
  } else {
    write_query_table(std::cout, result);
  }
}

/// Adds one query as a subcommand of `query`, with --format and DIR.
CLI::App* add_query(CLI::App& query, Context& context, const std::string& name, const std::string& description,
                    std::shared_ptr<QueryOptions> options, Runner runner) {
  auto* cmd = query.add_subcommand(name, description);
  cmd->add_option("--format", options->format, "Output as a table, csv or json (json includes each path's steps)")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  cmd->footer(exit_codes_help);
  cmd->callback([options, runner, &context] {
    const Model model = load_input_or_throw(dataset_path(options->dir));
    print(model, runner(model, *options), options->format);
    std::cout.flush();
    context.exit_code = 0;
  });
  return cmd;
}

const char* const entity_help = "An entity: its id, segment/id (project/kol-region-nord) or its label if unambiguous";

} // namespace

void add_query_command(CLI::App& app, Context& context) {
  auto* query = app.add_subcommand("query", "Ask the model: neighbours, paths, challenge areas and projects, "
                                            "recommendations, similar projects, central entities");
  query->require_subcommand(1);
  query->footer(exit_codes_help);
  auto options = std::make_shared<QueryOptions>();
  auto entity = [&](CLI::App* cmd, const char* name) {
    cmd->add_option(name, options->first, entity_help)->required();
    add_dataset_argument(*cmd, options->dir);
  };

  auto* neighbours = add_query(*query, context, "neighbours", "Entities within --depth steps, in either direction",
                               options, [](const Model& m, const QueryOptions& o) {
                                 return query_neighbours(m, resolve_entity(m, o.first), o.depth, o.relation);
                               });
  neighbours->add_option("--depth", options->depth, "How many steps (default 1)")->check(CLI::Range(1, 100));
  neighbours->add_option("--relation", options->relation, "Follow only this relation kind (e.g. partner)");
  entity(neighbours, "ENTITY");

  auto* path = add_query(*query, context, "path", "The shortest connection between two entities, ignoring direction",
                         options, [](const Model& m, const QueryOptions& o) {
                           return query_path(m, resolve_entity(m, o.first), resolve_entity(m, o.second));
                         });
  path->add_option("FROM", options->first, entity_help)->required();
  path->add_option("TO", options->second, entity_help)->required();
  add_dataset_argument(*path, options->dir);

  entity(
      add_query(*query, context, "challenges",
                "The challenge areas a project meets, stated or through its organisations, partners and cases", options,
                [](const Model& m, const QueryOptions& o) { return query_challenges(m, resolve_entity(m, o.first)); }),
      "PROJECT");
  entity(add_query(*query, context, "projects", "The projects that meet a challenge area, and through what", options,
                   [](const Model& m, const QueryOptions& o) { return query_projects(m, resolve_entity(m, o.first)); }),
         "CHALLENGE");
  entity(
      add_query(*query, context, "recommend",
                "Cases, tools and advice for a project's challenge areas, ranked, each with its reason", options,
                [](const Model& m, const QueryOptions& o) { return query_recommend(m, resolve_entity(m, o.first)); }),
      "PROJECT");
  entity(add_query(*query, context, "similar", "Projects sharing organisations or challenge areas, with a score",
                   options,
                   [](const Model& m, const QueryOptions& o) { return query_similar(m, resolve_entity(m, o.first)); }),
         "PROJECT");

  auto* central = add_query(
      *query, context, "central", "Entities ranked by betweenness centrality (what holds the network together)",
      options, [](const Model& m, const QueryOptions& o) { return query_central(m, o.top, o.max_entities, o.central); });
  central->add_option("--top", options->top, "How many entities to list (default 20)");
  central->add_option("--max-entities", options->max_entities, "Refuse models larger than this (default 10000000)");
  central->add_option("--exact-up-to", options->central.exact_up_to,
                      "Exact Brandes up to this many entities (O(entities x relations)); approximate above, from "
                      "sampled sources, with an error column (default 3000)");
  central->add_option("--samples", options->central.samples,
                      "Sources the approximation samples (default 64; cost and 1/error^2 grow with it)")
      ->check(CLI::PositiveNumber);
  central->add_option("--seed", options->central.seed, "Seed that draws the sampled sources (default 7)");
  add_dataset_argument(*central, options->dir);
}

} // namespace vidensgraf::cli
