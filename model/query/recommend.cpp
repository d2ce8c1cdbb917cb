// query recommend: cases, tools and advice that address a project's challenge areas, ranked.
#include "model/connections.hpp"
#include "model/ordered_adjacency.hpp"
#include "model/query/path_text.hpp"
#include "model/query/queries.hpp"
#include "model/query/query_words.hpp"
#include "model/query/top_rows.hpp"
#include "model/zeroed_array.hpp"

#include <algorithm>
#include <tuple>

namespace vidensgraf {

namespace {

int basis_weight(Basis basis) {
  return basis == Basis::stated ? 3 : basis == Basis::curated ? 2 : 1;
}

/// An item that addresses at least one of the project's areas, with its score; ordered for the
/// answer by score (highest first), then kind order, then id.
struct Candidate {
  int score = 0;
  KindId kind = 0;
  std::uint32_t id_rank = 0;
  Vertex item = 0;
  bool rests_on_curated = false; ///< some reason involves a curated relation (for --basis curated)
};

bool better(const Candidate& a, const Candidate& b) {
  return std::tie(b.score, a.kind, a.id_rank) < std::tie(a.score, b.kind, b.id_rank);
}

/// Every item addressing one of the areas, scored, each once, in no particular order. The
/// addressesChallenge relations into each area are one run of its ordered adjacency, in id order
/// of the item, each arc with the item's id rank and kind; the scores add up in an array by id
/// rank, which each run therefore writes in ascending order, so that a quarter of a million items
/// at a million entities cost neither a map nor a visit to each item's record. `own` (id ranks)
/// are left out.
template <class Visit>
void for_each_candidate(const Model& model, const std::vector<ChallengeConnection>& connections, RelationId addresses,
                        bool stated_only, const std::vector<std::uint32_t>& own, Visit visit) {
  enum State : std::uint8_t { unseen, scored, left_out };
  struct Tally {
    std::int32_t score;
    State state;
    bool rests_on_curated;
  };
  const auto& adjacency = model.ordered_adjacency();
  detail::ZeroedArray<Tally> tally(model.entity_count());
  for (std::uint32_t rank : own)
    tally[rank].state = left_out;
  for (const auto& c : connections) {
    const bool curated_path = c.path.any_curated();
    for (const auto& arc : adjacency.arcs(c.challenge, addresses, Direction::backward)) {
      Tally& t = tally[arc.neighbour_rank];
      if (t.state == left_out || (stated_only && arc.curated())) continue;
      t.state = scored;
      t.score += basis_weight(c.basis) * (arc.curated() ? 1 : 2);
      t.rests_on_curated = t.rests_on_curated || arc.curated() || curated_path;
    }
  }
  for (const auto& c : connections)
    for (const auto& arc : adjacency.arcs(c.challenge, addresses, Direction::backward)) {
      Tally& t = tally[arc.neighbour_rank];
      if (t.state != scored) continue;
      t.state = left_out; // visited once
      visit(Candidate{t.score, arc.neighbour_kind, arc.neighbour_rank, arc.neighbour, t.rests_on_curated});
    }
}

/// Why `item` scores: one reason per link to one of the areas, in text order, joined by "; ".
std::string reasons(const Model& model, const OrderedAdjacency& adjacency, Vertex item,
                    const std::vector<ChallengeConnection>& connections, RelationId addresses, bool stated_only,
                    std::string_view lang) {
  std::vector<std::string> out;
  for (const auto& arc : adjacency.arcs(item, addresses, Direction::forward)) {
    if (stated_only && arc.curated()) continue;
    for (const auto& c : connections) {
      if (c.challenge != arc.neighbour) continue;
      const int score = basis_weight(c.basis) * (arc.curated() ? 1 : 2);
      out.push_back(query_text(QueryWord::recommend_reason, lang, model.label(c.challenge, lang),
                               arc.curated() ? query_word(QueryWord::curated_link, lang) : "",
                               basis_word(basis_name(c.basis), lang), score));
    }
  }
  std::sort(out.begin(), out.end());
  std::string reason;
  for (const auto& r : out)
    reason += (reason.empty() ? "" : "; ") + r;
  return reason;
}

} // namespace

QueryResult query_recommend(const Model& model, Vertex project, const QuerySettings& settings) {
  const auto& schema = model.schema();
  const auto& adjacency = model.ordered_adjacency();
  const std::string_view lang = settings.language_of(model);
  const bool stated_only = settings.basis == BasisFilter::stated;
  const RelationId addresses = schema.require_relation("addressesChallenge");
  std::vector<ChallengeConnection> all;
  for (auto& c : challenges_of_project(model, project))
    if (!stated_only || !c.path.any_curated()) all.push_back(std::move(c));
  std::vector<std::uint32_t> own; // entities on the project's own paths: not news to the project
  for (const auto& c : all)
    for (const auto& s : c.path.steps)
      own.push_back(adjacency.id_rank(s.entity));
  const auto connections = strongest_per_challenge(all);

  detail::TopRows<Candidate, decltype(&better)> top(settings.limit, &better);
  for_each_candidate(model, connections, addresses, stated_only, own, [&](const Candidate& c) {
    if (settings.basis != BasisFilter::curated || c.rests_on_curated) top.offer(c);
  });
  const std::size_t total = top.offered();
  QueryResult result;
  result.language = std::string(lang);
  result.columns = {{"rank", true}, {"score", true}, {"kind", false, false}, {"kind_label"}, {"id", false, false},
                    {"label"},      {"reason"}};
  std::size_t rank = 0;
  for (const auto& c : std::move(top).take())
    result.rows.push_back({std::to_string(++rank), std::to_string(c.score), schema.kind(c.kind).name,
                           kind_label(model, c.item, lang), model.entity(c.item).id,
                           std::string(model.label(c.item, lang)),
                           reasons(model, adjacency, c.item, connections, addresses, stated_only, lang)});
  if (result.rows.empty())
    result.notes.emplace_back(
        query_word(connections.empty() ? QueryWord::recommend_no_challenge : QueryWord::recommend_nothing, lang));
  result.notes.emplace_back(query_word(QueryWord::recommend_score, lang));
  note_limit(result, settings.limit, total);
  return result;
}

} // namespace vidensgraf
