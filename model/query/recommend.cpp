// query recommend: cases, tools and advice that address a project's challenge areas, ranked.
#include "model/connections.hpp"
#include "model/query/path_text.hpp"
#include "model/query/queries.hpp"
#include "model/query/query_words.hpp"

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
  bool rests_on_curated = false; ///< some reason involves a curated relation (for --basis curated)
};

} // namespace

QueryResult query_recommend(const Model& model, Vertex project, const QuerySettings& settings) {
  const auto& schema = model.schema();
  const std::string_view lang = settings.language_of(model);
  const RelationId addresses = schema.require_relation("addressesChallenge");
  std::vector<ChallengeConnection> all;
  for (auto& c : challenges_of_project(model, project))
    if (settings.basis != BasisFilter::stated || !c.path.any_curated()) all.push_back(std::move(c));
  std::set<Vertex> own; // entities on the project's own paths: not news to the project
  for (const auto& c : all)
    for (const auto& s : c.path.steps)
      own.insert(s.entity);
  const auto connections = strongest_per_challenge(all);

  std::map<Vertex, Candidate> candidates; // ordered by vertex; sorted for output below
  for (const auto& c : connections) {
    for (auto e : boost::make_iterator_range(boost::in_edges(c.challenge, model.graph()))) {
      const Relation& r = model.relation(e);
      const Vertex item = boost::source(e, model.graph());
      if (r.kind != addresses || own.count(item) || (settings.basis == BasisFilter::stated && r.curated)) continue;
      const int score = basis_weight(c.basis) * (r.curated ? 1 : 2);
      auto& candidate = candidates[item];
      candidate.score += score;
      candidate.reasons.push_back(query_text(QueryWord::recommend_reason, lang, model.label(c.challenge, lang),
                                             r.curated ? query_word(QueryWord::curated_link, lang) : "",
                                             basis_word(basis_name(c.basis), lang), score));
      if (r.curated || c.path.any_curated()) candidate.rests_on_curated = true;
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
  result.language = std::string(lang);
  result.columns = {{"rank", true}, {"score", true}, {"kind", false, false}, {"kind_label"}, {"id", false, false},
                    {"label"},      {"reason"}};
  std::size_t rank = 0;
  for (auto& [item, candidate] : ranked) {
    if (settings.basis == BasisFilter::curated && !candidate.rests_on_curated) continue;
    std::sort(candidate.reasons.begin(), candidate.reasons.end());
    std::string reason;
    for (const auto& r : candidate.reasons)
      reason += (reason.empty() ? "" : "; ") + r;
    result.rows.push_back({std::to_string(++rank), std::to_string(candidate.score),
                           schema.kind(model.entity(item).kind).name, kind_label(model, item, lang),
                           model.entity(item).id, std::string(model.label(item, lang)), reason});
  }
  if (result.rows.empty())
    result.notes.emplace_back(query_word(
        connections.empty() ? QueryWord::recommend_no_challenge : QueryWord::recommend_nothing, result.language));
  result.notes.emplace_back(query_word(QueryWord::recommend_score, result.language));
  apply_limit(result, settings.limit);
  return result;
}

} // namespace vidensgraf
