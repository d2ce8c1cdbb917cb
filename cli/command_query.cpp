// vidensgraf query NAME [ARGS] [--basis B] [--lang L] [--limit N] [--format table|csv|json] [DIR]:
// graph queries on the model (model/query/queries.hpp), each answer with the path or reason that
// explains it, every step with its relation, basis and source.
#include "cli/commands.hpp"
#include "model/dataset_loader.hpp"
#include "model/load_input.hpp"
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
  std::string basis = "any";
  std::string lang;
  std::size_t limit = query_default_limit;
  std::string group_by = "sector";
  CentralOptions central;

  QuerySettings settings() const { return QuerySettings{parse_basis_filter(basis), lang, limit}; }
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

/// Which of the settings options a query takes besides --basis and --lang.
enum class Limit : bool {
  rows, ///< --limit, the rows at most
  own,  ///< the query adds its own (central: --top)
};

/// Adds one query as a subcommand of `query`, with --format, --basis, --lang and DIR, and with
/// --limit unless the query has its own.
CLI::App* add_query(CLI::App& query, const std::string& name, const std::string& description,
                    const std::shared_ptr<QueryOptions>& options, const Runner& runner, Limit limit = Limit::rows) {
  auto* cmd = query.add_subcommand(name, description);
  cmd->add_option("--format", options->format, "Output as a table, csv or json (json includes each path's steps)")
      ->check(CLI::IsMember({"table", "csv", "json"}));
  cmd->add_option("--basis", options->basis,
                  limit == Limit::own
                      ? "Which relations count: stated (the stated ones only), curated (list only the entities whose "
                        "value changes without the relations an editor derived) or any (default)"
                      : "Which answers to keep: stated (every step stated by a source; searches follow stated "
                        "relations only), curated (resting on at least one relation an editor derived) or any "
                        "(default)")
      ->check(CLI::IsMember({"stated", "curated", "any"}));
  cmd->add_option("--lang", options->lang,
                  "Language of labels and relation names: da or en (default: the "
                  "dataset's first language)")
      ->check(CLI::IsMember({"da", "en"}));
  if (limit == Limit::rows)
    cmd->add_option("--limit", options->limit,
                    "Rows at most (for path: paths at most); 0 gives all (default " +
                        std::to_string(query_default_limit) + ")");
  cmd->footer(help_footer(reading_command_codes));
  cmd->callback([options, runner] {
    const Model model = load_model(options->dir);
    print(model, runner(model, *options), options->format);
    std::cout.flush();
  });
  return cmd;
}

} // namespace

void add_query_command(CLI::App& app) {
  auto* query = app.add_subcommand("query", "Ask the model: neighbours, paths, challenge areas and projects, the "
                                            "project-challenge matrix, recommendations, similar projects, central "
                                            "entities");
  query->require_subcommand(1);
  query->footer(help_footer(reading_command_codes, {"query projects jura", "help query path"}));
  auto options = std::make_shared<QueryOptions>();
  auto entity = [&](CLI::App* cmd, const char* name, const char* help) {
    cmd->add_option(name, options->first, help)->required();
    add_dataset_argument(*cmd, options->dir);
  };

  auto* neighbours =
      add_query(*query, "neighbours", "Entities within --depth steps, in either direction", options,
                [](const Model& m, const QueryOptions& o) {
                  return query_neighbours(m, resolve_entity(m, o.first), o.depth, o.relation, o.settings());
                });
  neighbours->add_option("--depth", options->depth, "How many steps (default 1)")->check(CLI::Range(1, 100));
  neighbours->add_option("--relation", options->relation, "Follow only this relation kind (e.g. partner)");
  entity(neighbours, "ENTITY", entity_help);

  auto* path = add_query(*query, "path",
                         "Every shortest connection between two entities, ignoring direction (up to --limit paths)",
                         options, [](const Model& m, const QueryOptions& o) {
                           return query_path(m, resolve_entity(m, o.first), resolve_entity(m, o.second), o.settings());
                         });
  path->add_option("FROM", options->first, entity_help)->required();
  path->add_option("TO", options->second, entity_help)->required();
  add_dataset_argument(*path, options->dir);

  entity(add_query(*query, "challenges",
                   "The challenge areas a project meets, grouped by how it is known: stated, curated, or indirect "
                   "through its organisations, partners, cases and results",
                   options,
                   [](const Model& m, const QueryOptions& o) {
                     return query_challenges(m, resolve_entity(m, o.first), o.settings());
                   }),
         "PROJECT", "A project: its id (kol-region-nord), project/id or its label if unambiguous");
  entity(add_query(*query, "projects",
                   "The projects that meet a challenge area, grouped by how it is known, and through what", options,
                   [](const Model& m, const QueryOptions& o) {
                     return query_projects(m, resolve_entity(m, o.first), o.settings());
                   }),
         "CHALLENGE", "A challenge area: its id (jura), challenge/id or its label if unambiguous (Jura, Law)");
  auto* matrix = add_query(*query, "matrix",
                           "Projects (rows) by challenge areas (columns): the strongest basis of each link, or none",
                           options, [](const Model& m, const QueryOptions& o) {
                             return query_matrix(m, parse_matrix_grouping(o.group_by), o.settings());
                           });
  matrix->add_option("--group-by", options->group_by, "Group the projects by sector (default) or domain")
      ->check(CLI::IsMember({"sector", "domain"}));
  add_dataset_argument(*matrix, options->dir);
  entity(add_query(*query, "recommend",
                   "Cases, tools and advice for a project's challenge areas, ranked, each with its reason", options,
                   [](const Model& m, const QueryOptions& o) {
                     return query_recommend(m, resolve_entity(m, o.first), o.settings());
                   }),
         "PROJECT", "A project: its id (kol-region-nord), project/id or its label if unambiguous");
  entity(add_query(*query, "similar",
                   "Projects sharing organisations, domains, cases, results or challenge areas, with an explained "
                   "score",
                   options,
                   [](const Model& m, const QueryOptions& o) {
                     return query_similar(m, resolve_entity(m, o.first), o.settings());
                   }),
         "PROJECT", "A project: its id (kol-region-nord), project/id or its label if unambiguous");

  auto* central = add_query(
      *query, "central", "Entities ranked by betweenness centrality (what holds the network together)", options,
      [](const Model& m, const QueryOptions& o) {
        return query_central(m, o.top, o.max_entities, o.central, o.settings());
      },
      Limit::own);
  central->add_option("--top,--limit", options->top, "How many entities to list (default 20)");
  central->add_option("--max-entities", options->max_entities, "Refuse models larger than this (default 10000000)");
  central->add_option("--exact-up-to", options->central.exact_up_to,
                      "Exact Brandes up to this many entities (O(entities x relations)); approximate above, from "
                      "sampled sources, with an error column (default 3000)");
  central
      ->add_option("--samples", options->central.samples,
                   "Sources the approximation samples (default 64; cost and 1/error^2 grow with it)")
      ->check(CLI::PositiveNumber);
  central->add_option("--seed", options->central.seed, "Seed that draws the sampled sources (default 7)");
  add_dataset_argument(*central, options->dir);

  // One example per query, each run by the help-examples test.
  const std::vector<std::pair<CLI::App*, std::string_view>> examples{
      {neighbours, "query neighbours kol-region-nord --depth 2"},
      {path, "query path match-koebenhavn byggeansoegninger-koebenhavn"},
      {query->get_subcommand("challenges"), "query challenges rehabilitering-aalborg --lang en"},
      {query->get_subcommand("projects"), "query projects jura --basis stated"},
      {matrix, "query matrix --format csv"},
      {query->get_subcommand("recommend"), "query recommend kol-region-nord --limit 5"},
      {query->get_subcommand("similar"), "query similar kol-region-nord"},
      {central, "query central --top 5"}};
  for (const auto& [command, example] : examples)
    command->footer(help_footer(reading_command_codes, {example}));
}

} // namespace vidensgraf::cli
