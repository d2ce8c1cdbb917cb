// Times what the issue measures "after loading": the model is loaded once, then each query, the
// focus diagram and the SPARQL join run several times on it, and the median is printed. The
// command-line figures in bench/run include loading (and process start) in every command; this
// separates the two. Output: one "name<TAB>milliseconds" line per measurement.
//
// Usage: vidensgraf_after_load DATASET PROJECT TOOL
#include "exporters/diagram_render.hpp"
#include "exporters/diagram_views.hpp"
#include "model/load_input.hpp"
#include "model/query/entity_resolver.hpp"
#include "model/query/queries.hpp"
#include "sparql/sparql.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double milliseconds(Clock::duration d) {
  return std::chrono::duration<double, std::milli>(d).count();
}

/// Runs `work` `runs` times and prints the median; `size_of` checks that the work produced something.
void measure(const char* name, int runs, const std::function<std::size_t()>& work) {
  std::vector<double> times;
  std::size_t produced = 0;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    produced = work();
    times.push_back(milliseconds(Clock::now() - start));
  }
  std::sort(times.begin(), times.end());
  std::printf("%s\t%.2f\t(%zu)\n", name, times[times.size() / 2], produced);
  std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: %s DATASET PROJECT TOOL\n", argv[0]);
    return 2;
  }
  using namespace vidensgraf;
  const auto start = Clock::now();
  const Model model = load_input_or_throw(argv[1]);
  std::printf("load\t%.2f\t(%zu)\n", milliseconds(Clock::now() - start), model.entity_count());
  const Vertex project = resolve_entity(model, argv[2]);
  const Vertex tool = resolve_entity(model, argv[3]);

  measure("query path", 5, [&] { return query_path(model, project, tool).rows.size(); });
  measure("query challenges", 5, [&] { return query_challenges(model, project).rows.size(); });
  measure("query recommend", 5, [&] { return query_recommend(model, project).rows.size(); });
  measure("diagram focus (svg)", 3, [&] {
    DiagramOptions options;
    return render_diagram(focus_diagram(model, argv[2], options), DiagramFormat::svg).size();
  });
  const auto index_start = Clock::now();
  const SparqlEngine engine(model);
  std::printf("sparql index\t%.2f\t(%zu)\n", milliseconds(Clock::now() - index_start), engine.triple_count());
  SparqlOptions options;
  options.format = "tsv";
  options.row_limit = 10'000'000;
  options.timeout_seconds = 600;
  measure("sparql join", 3, [&] {
    return engine
        .run("PREFIX vg: <https://w3id.org/vidensgraf/ontology#>\n"
             "SELECT ?project ?challenge WHERE { ?project vg:leadOrganisation ?org . "
             "?project vg:facesChallenge ?challenge } LIMIT 100000", // as in bench/run
             options)
        .size();
  });
}
