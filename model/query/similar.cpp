// query similar: projects ranked by the neighbours they share with a project (organisations by
// role, domains, cases and results about both, challenge areas), each score explained.
#include "model/challenge_reach.hpp"
#include "model/challenge_summary.hpp"
#include "model/ordered_adjacency.hpp"
#include "model/query/path_text.hpp"
#include "model/query/queries.hpp"
#include "model/query/query_words.hpp"
#include "model/query/top_rows.hpp"
#include "model/zeroed_array.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace vidensgraf {

namespace {

/// What a project is linked to, per kind of neighbour.
struct Profile {
  std::map<Vertex, RelationId> organisations; ///< organisation -> role (lead or partner)
  std::map<Vertex, bool> domains;             ///< value unused: a set in id-stable order
  std::map<Vertex, bool> about;               ///< cases and results that concern the project
  std::map<Vertex, bool> areas;               ///< challenge area -> met by a direct facesChallenge
};

struct Relations {
  explicit Relations(const Schema& s)
      : lead(s.require_relation("leadOrganisation")), partner(s.require_relation("partner")),
        in_domain(s.require_relation("inDomain")), concerns(s.require_relation("concernsProject")) {}
  RelationId lead, partner, in_domain, concerns;
};

/// The filter the areas are met under: with --basis stated only stated paths count, otherwise every path.
BasisFilter area_filter(BasisFilter basis) {
  return basis == BasisFilter::stated ? BasisFilter::stated : BasisFilter::any;
}

Profile profile_of(const Model& model, ChallengeReach& reach, Vertex project, const Relations& k, BasisFilter basis) {
  const auto& g = model.graph();
  auto kept = [&](Edge e) { return basis != BasisFilter::stated || !model.relation(e).curated; };
  Profile p;
  for (auto e : boost::make_iterator_range(boost::out_edges(project, g))) {
    if (!kept(e)) continue;
    const auto kind = model.relation(e).kind;
    if (kind == k.lead || kind == k.partner) p.organisations.emplace(boost::target(e, g), kind);
    if (kind == k.in_domain) p.domains.emplace(boost::target(e, g), true);
  }
  for (auto e : boost::make_iterator_range(boost::in_edges(project, g)))
    if (kept(e) && model.relation(e).kind == k.concerns) p.about.emplace(boost::source(e, g), true);
  std::vector<ChallengeReach::Cell> cells;
  reach.cells_of(project, cells, {}, false);
  for (std::size_t i = 0; i < cells.size(); ++i)
    if (cells[i].paths != 0) p.areas[reach.areas()[i]] = cells[i].best.basis != Basis::indirect;
  return p;
}

struct Scored {
  Vertex project = 0;
  int score = 0;
  std::vector<std::string> shared;
};

Scored score(const Model& model, const Profile& mine, const Profile& theirs, Vertex other, std::string_view lang,
             const SimilarWeights& w) {
  Scored s{other, 0, {}};
  auto add = [&](int points, std::string what) {
    s.score += points;
    s.shared.push_back(std::move(what) + " +" + std::to_string(points));
  };
  auto name = [&](Vertex v) { return kind_label(model, v, lang) + " " + std::string(model.label(v, lang)); };
  for (const auto& [org, role] : mine.organisations)
    if (auto it = theirs.organisations.find(org); it != theirs.organisations.end()) {
      const bool same = it->second == role;
      add(same ? w.organisation_same_role : w.organisation_other_role,
          name(org) + " (" + std::string(relation_label(model, role, lang)) + " / " +
              std::string(relation_label(model, it->second, lang)) + ")");
    }
  for (const auto& [domain, unused] : mine.domains)
    if (theirs.domains.contains(domain)) add(w.domain, name(domain));
  for (const auto& [item, unused] : mine.about)
    if (theirs.about.contains(item)) add(w.case_or_result, name(item));
  for (const auto& [area, direct] : mine.areas)
    if (auto it = theirs.areas.find(area); it != theirs.areas.end()) {
      const bool both = direct && it->second;
      add(both ? w.challenge_direct : w.challenge_indirect,
          name(area) + (both ? " (faced by both)" : " (at least one indirectly)"));
    }
  return s;
}

using Arc = OrderedAdjacency::Arc;

/// Adds into `points` (by entity) what every other project scores, as score() adds it, for the
/// organisations, domains and cases or results it shares with the project whose profile is
/// `mine`: read from those neighbours' relations to projects, so that only the projects that
/// share one are visited (the text is written only for the rows shown).
void add_shared_points(const Model& model, Vertex project, const Profile& mine, const Relations& k, BasisFilter basis,
                       const SimilarWeights& w, detail::ZeroedArray<int>& points) {
  const auto& adjacency = model.ordered_adjacency();
  const KindId project_kind = model.schema().require_kind("Project");
  auto counted = [&](const Arc& arc) {
    return (basis != BasisFilter::stated || !arc.curated()) && arc.neighbour_kind == project_kind &&
           arc.neighbour != project;
  };
  // A neighbour's arcs of one relation are ordered by project: a relation both stated and curated
  // gives two arcs in a row, and the project counts once, as in a profile's map.
  auto each_project = [&](std::span<const Arc> arcs, auto visit) {
    const Arc* last = nullptr;
    for (const auto& arc : arcs) {
      if (!counted(arc) || (last && last->neighbour == arc.neighbour)) continue;
      last = &arc;
      visit(arc.neighbour);
    }
  };
  for (const auto& [domain, unused] : mine.domains)
    each_project(adjacency.arcs(domain, k.in_domain, Direction::backward), [&](Vertex p) { points[p] += w.domain; });
  for (const auto& [item, unused] : mine.about)
    each_project(adjacency.arcs(item, k.concerns, Direction::forward),
                 [&](Vertex p) { points[p] += w.case_or_result; });
  // The other project's role is that of its first relation to the organisation in load order
  // (as in its profile): known from the organisation's side unless it is both lead and partner.
  auto first_index = [&](Vertex p, RelationId role, Vertex org) {
    std::uint32_t index = UINT32_MAX;
    for (const auto& arc : adjacency.arcs(p, role, Direction::forward))
      if (arc.neighbour == org && (basis != BasisFilter::stated || !arc.curated()))
        index = std::min(index, arc.index());
    return index;
  };
  for (const auto& entry : mine.organisations) {
    const Vertex org = entry.first;
    const RelationId role = entry.second;
    std::vector<std::pair<std::uint32_t, Vertex>> leads, partners; // (id rank, project), in id order
    each_project(adjacency.arcs(org, k.lead, Direction::backward),
                 [&](Vertex p) { leads.emplace_back(adjacency.id_rank(p), p); });
    each_project(adjacency.arcs(org, k.partner, Direction::backward),
                 [&](Vertex p) { partners.emplace_back(adjacency.id_rank(p), p); });
    auto add = [&](Vertex p, RelationId theirs) {
      points[p] += theirs == role ? w.organisation_same_role : w.organisation_other_role;
    };
    std::size_t i = 0, j = 0;
    while (i < leads.size() || j < partners.size()) {
      if (j == partners.size() || (i < leads.size() && leads[i].first < partners[j].first)) {
        add(leads[i++].second, k.lead);
      } else if (i == leads.size() || partners[j].first < leads[i].first) {
        add(partners[j++].second, k.partner);
      } else {
        const Vertex p = leads[i].second;
        add(p, first_index(p, k.lead, org) < first_index(p, k.partner, org) ? k.lead : k.partner);
        ++i;
        ++j;
      }
    }
  }
}

} // namespace

QueryResult query_similar(const Model& model, Vertex project, const QuerySettings& settings,
                          const SimilarWeights& weights) {
  const auto& schema = model.schema();
  const std::string_view lang = settings.language_of(model);
  const Relations k(schema);
  require_project(model, project);
  ChallengeReach reach(model, area_filter(settings.basis));
  const Profile mine = profile_of(model, reach, project, k, settings.basis);
  const auto& adjacency = model.ordered_adjacency();
  // Every other project is scored (a number), the best limit + 1 kept: one more than shown, to
  // tell whether the last row shown ties with the next.
  struct Ranked {
    int score;
    std::uint32_t id_rank;
    Vertex project;
  };
  auto better = [](const Ranked& a, const Ranked& b) {
    return std::tie(b.score, a.id_rank) < std::tie(a.score, b.id_rank);
  };
  detail::TopRows<Ranked, decltype(better)> top(settings.limit == 0 ? 0 : settings.limit + 1, better);
  detail::ZeroedArray<int> points(model.entity_count());
  add_shared_points(model, project, mine, k, settings.basis, weights, points);
  // The areas' points from the challenge summary: per area the project meets, what a project
  // scores for it by how it reaches the area (its bits there).
  const auto& summary = model.challenge_summary();
  const BasisFilter areas_under = area_filter(settings.basis);
  std::vector<std::pair<std::size_t, std::array<int, 16>>> area_points;
  for (const auto& [area, direct] : mine.areas) {
    const std::size_t at = reach.area_index(area); // the summary's areas are the reach's, in the same order
    std::array<int, 16> by_bits{};
    for (std::uint8_t bits = 0; bits < by_bits.size(); ++bits)
      if (ChallengeSummary::met(bits, areas_under))
        by_bits[bits] = direct && ChallengeSummary::direct(bits, areas_under) ? weights.challenge_direct
                                                                              : weights.challenge_indirect;
    area_points.emplace_back(at, by_bits);
  }
  // Every other project is scored in vertex order (the ranking does not depend on it), reading a
  // few bytes each: the count of rows with a score needs them all.
  const KindId project_kind = schema.require_kind("Project");
  for (Vertex other = 0; other < model.entity_count(); ++other) {
    if (adjacency.kind(other) != project_kind || other == project) continue;
    int p = points[other];
    for (const auto& [area, by_bits] : area_points)
      p += by_bits[summary.bits(other, area)];
    if (p > 0) top.offer({p, adjacency.id_rank(other), other});
  }
  const std::size_t total = top.offered();
  const auto ranked = std::move(top).take();
  std::vector<Scored> rows;
  rows.reserve(ranked.size());
  for (const auto& r : ranked)
    rows.push_back(
        score(model, mine, profile_of(model, reach, r.project, k, settings.basis), r.project, lang, weights));
  QueryResult result;
  result.language = std::string(lang);
  result.columns = {{"rank", true}, {"tie"}, {"score", true}, {"project", false, false}, {"label"}, {"shared"}};
  const std::size_t shown = settings.limit == 0 ? rows.size() : std::min(rows.size(), settings.limit);
  for (std::size_t i = 0; i < shown; ++i) {
    // Competition ranking: equal scores share the rank of the first of them.
    std::size_t first = i;
    while (first > 0 && rows[first - 1].score == rows[i].score)
      --first;
    const bool tie =
        (i > 0 && rows[i - 1].score == rows[i].score) || (i + 1 < rows.size() && rows[i + 1].score == rows[i].score);
    std::string shared;
    for (const auto& s : rows[i].shared)
      shared += (shared.empty() ? "" : "; ") + s;
    result.rows.push_back({std::to_string(first + 1), tie ? std::string(query_word(QueryWord::tie, lang)) : "",
                           std::to_string(rows[i].score), model.entity(rows[i].project).id,
                           std::string(model.label(rows[i].project, lang)), shared});
  }
  if (total == 0) result.notes.emplace_back(query_word(QueryWord::no_similar, lang));
  result.notes.push_back(query_text(QueryWord::similar_score, lang, weights.organisation_same_role,
                                    weights.organisation_other_role, weights.domain, weights.case_or_result,
                                    weights.challenge_direct, weights.challenge_indirect));
  note_limit(result, settings.limit, total);
  return result;
}

} // namespace vidensgraf
