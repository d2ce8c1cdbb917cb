// query recommend: cases, tools and advice that address a project's challenge areas, ranked.
#include "model/connections.hpp"
#include "model/query/queries.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace vidensgraf {

namespace {

int basis_weight(Basis basis) {
  return basis == Basis::stated ? 3 : basis == Basis::curated ? 2 : 1;
}

struct Candidate {
  int score = 0;
  std::vector<std::string> reasons;
};

} // namespace

QueryResult query_recommend(const Model& model, Vertex project) {
  const auto& schema = model.schema();
  const RelationId addresses = schema.require_relation("addressesChallenge");
  const auto connections = strongest_per_challenge(challenges_of_project(model, project));
  std::set<Vertex> own; // entities on the project's own paths: not news to the project
  for (const auto& c : challenges_of_project(model, project))
    for (const auto& s : c.path.steps)
      own.insert(s.entity);

  std::map<Vertex, Candidate> candidates; // ordered by vertex; sorted for output below
  for (const auto& c : connections) {
    for (auto e : boost::make_iterator_range(boost::in_edges(c.challenge, model.graph()))) {
      const Relation& r = model.relation(e);
      const Vertex item = boost::source(e, model.graph());
      if (r.kind != addresses || own.count(item)) continue;
      const int score = basis_weight(c.basis) * (r.curated ? 1 : 2);
      auto& candidate = candidates[item];
      candidate.score += score;
      candidate.reasons.push_back("addresses " + model.entity(c.challenge).id + (r.curated ? " (curated link)" : "") +
                                  ", which the project meets " + std::string(basis_name(c.basis)) + " (+" +
                                  std::to_string(score) + ")");
    }
  }
  std::vector<std::pair<Vertex, Candidate>> ranked(candidates.begin(), candidates.end());
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    const auto& ea = model.entity(a.first);
    const auto& eb = model.entity(b.first);
    if (a.second.score != b.second.score) return a.second.score > b.second.score;
    return std::tie(ea.kind, ea.id) < std::tie(eb.kind, eb.id);
  });
  QueryResult result;
  result.columns = {{"rank", true}, {"score", true}, {"kind"}, {"id"}, {"label"}, {"reason"}};
  std::size_t rank = 0;
  for (auto& [item, candidate] : ranked) {
    std::sort(candidate.reasons.begin(), candidate.reasons.end());
    std::string reason;
    for (const auto& r : candidate.reasons)
      reason += (reason.empty() ? "" : "; ") + r;
    result.rows.push_back({std::to_string(++rank), std::to_string(candidate.score),
                           schema.kind(model.entity(item).kind).name, model.entity(item).id,
                           std::string(model.label(item, "")), reason});
  }
  result.notes.push_back("score: per challenge area the item addresses, the area's weight for the project "
                         "(stated 3, curated 2, inferred 1) times 2 for a stated link or 1 for a curated one");
  return result;
}

} // namespace vidensgraf
