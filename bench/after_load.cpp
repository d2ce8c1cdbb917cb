// Times what the issue measures "after loading": the model is loaded once, then each query, the
// focus diagram, the SPARQL index and join and `central` run on it, and the median is printed.
// The command-line figures in bench/run include loading (and process start) in every command;
// this separates the two. Output: one "name<TAB>wall ms<TAB>CPU ms<TAB>(what was produced)" line
// per measurement, and "#"-lines comparing approximate `central` with the exact answer (only
// with --compare-central: exact Brandes takes half a minute at 10 000 entities).
//
// `query projects` asks for the first challenge area in id order (ch0 in a generated model).
//
// With --graph-only, only the graph queries and the focus diagram (no `central`, no SPARQL): the
// part of a million-entity run that takes milliseconds, measured without the half hour the rest
// takes. With --sparql-only, only the SPARQL index and join: what the index build's figures
// need, without the queries and `central` before it.
//
// Usage: vidensgraf_after_load DATASET PROJECT TOOL [--compare-central | --graph-only | --sparql-only]
#include "exporters/diagram/render.hpp"
#include "exporters/diagram/views.hpp"
#include "model/challenge_summary.hpp"
#include "model/load_input.hpp"
#include "model/ordered_adjacency.hpp"
#include "model/query/entity_resolver.hpp"
#include "model/query/queries.hpp"
#include "sparql/sparql.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <sys/resource.h>

namespace {

using Clock = std::chrono::steady_clock;

double milliseconds(Clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

/// CPU time of the process so far (all threads), in milliseconds.
double cpu_milliseconds() {
  return 1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

/// Runs `work` `runs` times and prints the median wall time and its run's CPU time; what `work`
/// returns (rows, bytes) is printed too, so that an empty answer shows.
void measure(const char* name, int runs, const std::function<std::size_t()>& work) {
  std::vector<std::pair<double, double>> times;
  std::size_t produced = 0;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    const double cpu = cpu_milliseconds();
    produced = work();
    times.emplace_back(milliseconds(Clock::now() - start), cpu_milliseconds() - cpu);
  }
  std::sort(times.begin(), times.end());
  const auto& median = times[times.size() / 2];
  std::printf("%s\t%.2f\t%.2f\t(%zu)\n", name, median.first, median.second, produced);
  std::fflush(stdout);
}

std::size_t column(const vidensgraf::QueryResult& r, const std::string& name) {
  for (std::size_t i = 0; i < r.columns.size(); ++i)
    if (r.columns[i].name == name) return i;
  return 0;
}

/// How the approximate top 20 ranks against the exact one: overlap, each exact row's
/// approximate rank, and how many approximate values are within their stated error.
void compare_central(const vidensgraf::Model& model, const vidensgraf::QueryResult& approximate) {
  using namespace vidensgraf;
  const auto start = Clock::now();
  const double cpu = cpu_milliseconds();
  CentralOptions exact_options;
  exact_options.exact_up_to = model.entity_count();
  const QueryResult exact = query_central(model, model.entity_count(), central_default_max_entities, exact_options);
  std::printf("query central exact\t%.2f\t%.2f\t(%zu)\n", milliseconds(Clock::now() - start), cpu_milliseconds() - cpu,
              exact.rows.size());
  const auto id = column(exact, "id"), value = column(exact, "centrality");
  std::map<std::string, std::pair<std::size_t, double>> exact_of; // id -> (rank, value)
  for (std::size_t i = 0; i < exact.rows.size(); ++i)
    exact_of[exact.rows[i][id]] = {i + 1, std::stod(exact.rows[i][value])};
  std::map<std::string, std::size_t> approximate_rank;
  for (std::size_t i = 0; i < approximate.rows.size(); ++i)
    approximate_rank[approximate.rows[i][column(approximate, "id")]] = i + 1;
  std::size_t overlap = 0, within = 0;
  double worst = 0;
  std::string ranks;
  for (std::size_t i = 0; i < 20 && i < exact.rows.size(); ++i) {
    const auto it = approximate_rank.find(exact.rows[i][id]);
    overlap += it != approximate_rank.end();
    ranks +=
        (ranks.empty() ? "" : " ") + (it == approximate_rank.end() ? std::string(">20") : std::to_string(it->second));
  }
  for (const auto& row : approximate.rows) {
    const double difference = std::abs(std::stod(row[column(approximate, "centrality")]) - exact_of[row[id]].second);
    const double stated = std::stod(row[column(approximate, "error")]);
    within += difference <= stated + 1e-6;
    worst = std::max(worst, difference);
  }
  std::printf("# central top 20: %zu of the exact top 20 in the approximate top 20; the exact top 20's approximate "
              "ranks: %s; %zu of 20 approximate values within their stated error; largest difference %.6f\n",
              overlap, ranks.c_str(), within, worst);
}

/// The graph queries and the focus diagram, each the median of a few runs.
void graph_queries(const vidensgraf::Model& model, vidensgraf::Vertex project, vidensgraf::Vertex tool,
                   const char* focus) {
  using namespace vidensgraf;
  // The first query builds the model's ordered adjacency (Model::ordered_adjacency()): timed on
  // its own so that the queries' medians below are the queries'.
  measure("ordered adjacency (built once)", 1, [&] { return model.ordered_adjacency().bytes(); });
  // So is the challenge summary (Model::challenge_summary()) that `similar` and `projects` read.
  measure("challenge summary (built once)", 1, [&] { return model.challenge_summary().bytes(); });
  measure("query path", 5, [&] { return query_path(model, project, tool).rows.size(); });
  measure("query path --limit 0", 5, [&] {
    QuerySettings all;
    all.limit = 0;
    return query_path(model, project, tool, all).rows.size();
  });
  measure("query challenges", 5, [&] { return query_challenges(model, project).rows.size(); });
  measure("query recommend", 5, [&] { return query_recommend(model, project).rows.size(); });
  measure("query recommend --limit 0", 3, [&] {
    QuerySettings all;
    all.limit = 0;
    return query_recommend(model, project, all).rows.size();
  });
  measure("query neighbours (depth 2)", 5, [&] { return query_neighbours(model, project, 2).rows.size(); });
  // The queries over every project (challenge_reach.hpp): similar scores them all, projects
  // searches back from the first challenge area, matrix gives a row per project (no limit).
  measure("query similar", 5, [&] { return query_similar(model, project).rows.size(); });
  const Vertex area = model.ordered_adjacency().entities_of_kind(model.schema().require_kind("ChallengeArea"))[0];
  measure("query projects", 5, [&] { return query_projects(model, area).rows.size(); });
  measure("query matrix (every project)", 3, [&] { return query_matrix(model, MatrixGrouping::sector).rows.size(); });
  measure("diagram focus (svg)", 3, [&] {
    DiagramOptions options;
    return render_diagram(focus_diagram(model, focus, options), DiagramFormat::svg).size();
  });
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 4 && argc != 5) {
    std::fprintf(stderr, "usage: %s DATASET PROJECT TOOL [--compare-central | --graph-only | --sparql-only]\n",
                 argv[0]);
    return 2;
  }
  using namespace vidensgraf;
  const auto start = Clock::now();
  const Model model = load_input_or_throw(argv[1]);
  std::printf("load\t%.2f\t%.2f\t(%zu)\n", milliseconds(Clock::now() - start), cpu_milliseconds(),
              model.entity_count());
  const Vertex project = resolve_entity(model, argv[2]);
  const Vertex tool = resolve_entity(model, argv[3]);

  const bool graph_only = argc == 5 && std::string(argv[4]) == "--graph-only";
  const bool sparql_only = argc == 5 && std::string(argv[4]) == "--sparql-only";
  if (!sparql_only) graph_queries(model, project, tool, argv[2]);
  if (graph_only) return 0;
  QueryResult central;
  if (!sparql_only)
    measure("query central", 1, [&] {
      central = query_central(model, 20, central_default_max_entities);
      return central.rows.size();
    });
  if (argc == 5 && std::string(argv[4]) == "--compare-central") compare_central(model, central);
  {
    std::unique_ptr<SparqlEngine> engine;
    measure("sparql index", 1, [&] {
      engine = std::make_unique<SparqlEngine>(model);
      return engine->triple_count();
    });
    std::printf("sparql index bytes per triple\t%.1f\t-\t(%zu)\n",
                static_cast<double>(engine->index_bytes()) / static_cast<double>(engine->triple_count()),
                engine->index_bytes());
    // The process's peak so far: the model, the index and what building it held at its peak.
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak resident MiB after the index\t%.1f\t-\t(-)\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    SparqlOptions options;
    options.format = "tsv";
    options.row_limit = 10'000'000;
    options.timeout_seconds = 600;
    measure("sparql join", 3, [&] {
      return engine
          ->run("PREFIX vg: <https://w3id.org/vidensgraf/ontology#>\n"
                "SELECT ?project ?challenge WHERE { ?project vg:leadOrganisation ?org . "
                "?project vg:facesChallenge ?challenge } LIMIT 100000", // as in bench/run
                options)
          .size();
    });
  }
}
