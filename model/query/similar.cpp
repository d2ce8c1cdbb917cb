// query similar: projects ranked by the neighbours they share with a project (organisations by
// role, domains, cases and results about both, challenge areas), each score explained.
#include "model/challenge_reach.hpp"
#include "model/ordered_adjacency.hpp"
#include "model/query/path_text.hpp"
#include "model/query/queries.hpp"
#include "model/query/query_words.hpp"
#include "model/query/top_rows.hpp"

#include <algorithm>
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

/// The score alone, as score() adds it, for every other project: the text is written only for
/// the rows shown. `mine` is the project's profile; arcs are read from the ordered adjacency.
class Scorer {
public:
  Scorer(const Model& model, ChallengeReach& reach, const Profile& mine, const Relations& k, BasisFilter basis,
         const SimilarWeights& w)
      : adjacency_(model.ordered_adjacency()), reach_(reach), mine_(mine), k_(k), basis_(basis), w_(w),
        organisations_(mine.organisations.begin(), mine.organisations.end()), wanted_(reach.areas().size()),
        direct_(reach.areas().size()) {
    for (const auto& [area, direct] : mine.areas) {
      const std::size_t i = reach.area_index(area);
      if (i == wanted_.size()) continue; // not an area: never shared through the cells
      wanted_[i] = true;
      direct_[i] = direct;
    }
  }

  int operator()(Vertex other) {
    int points = 0;
    found_.assign(organisations_.size(), {UINT32_MAX, 0});
    // One pass over the project's arcs, which are grouped by relation and direction and ordered by
    // neighbour within a group: a repeated neighbour (a relation both stated and curated) follows
    // its first, and counts once, as in a profile's map.
    const OrderedAdjacency::Arc* last = nullptr;
    for (const auto& arc : adjacency_.arcs(other)) {
      if (!kept(arc)) continue;
      const bool repeated = last && last->neighbour == arc.neighbour && last->relation == arc.relation &&
                            last->direction() == arc.direction();
      last = &arc;
      if (arc.direction() == Direction::forward && (arc.relation == k_.lead || arc.relation == k_.partner)) {
        // The role is that of the project's first relation to the organisation (in load order).
        const auto it = std::lower_bound(organisations_.begin(), organisations_.end(), arc.neighbour,
                                         [](const auto& entry, Vertex v) { return entry.first < v; });
        if (it == organisations_.end() || it->first != arc.neighbour) continue;
        auto& [index, role] = found_[static_cast<std::size_t>(it - organisations_.begin())];
        if (arc.index() < index) std::tie(index, role) = std::pair{arc.index(), arc.relation};
      } else if (!repeated && arc.direction() == Direction::forward && arc.relation == k_.in_domain) {
        points += mine_.domains.contains(arc.neighbour) ? w_.domain : 0;
      } else if (!repeated && arc.direction() == Direction::backward && arc.relation == k_.concerns) {
        points += mine_.about.contains(arc.neighbour) ? w_.case_or_result : 0;
      }
    }
    for (std::size_t i = 0; i < organisations_.size(); ++i)
      if (found_[i].first != UINT32_MAX)
        points += found_[i].second == organisations_[i].second ? w_.organisation_same_role : w_.organisation_other_role;
    reach_.cells_of(other, cells_, wanted_, false);
    for (std::size_t i = 0; i < cells_.size(); ++i)
      if (wanted_[i] && cells_[i].paths != 0)
        points += direct_[i] && cells_[i].best.basis != Basis::indirect ? w_.challenge_direct : w_.challenge_indirect;
    return points;
  }

private:
  bool kept(const OrderedAdjacency::Arc& arc) const { return basis_ != BasisFilter::stated || !arc.curated(); }

  const OrderedAdjacency& adjacency_;
  ChallengeReach& reach_;
  const Profile& mine_;
  const Relations& k_;
  BasisFilter basis_;
  const SimilarWeights& w_;
  std::vector<std::pair<Vertex, RelationId>> organisations_; ///< mine, by vertex
  std::vector<bool> wanted_, direct_;                        ///< by area index: mine meets it, directly
  std::vector<std::pair<std::uint32_t, RelationId>> found_;  ///< per organisation of mine: index, role
  std::vector<ChallengeReach::Cell> cells_;
};

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
  Scorer points(model, reach, mine, k, settings.basis, weights);
  // In vertex order, not id order (the ranking does not depend on it): the arcs are stored by
  // vertex, so the scan reads them front to back instead of jumping for each project.
  const KindId project_kind = schema.require_kind("Project");
  for (Vertex other = 0; other < model.entity_count(); ++other) {
    if (adjacency.kind(other) != project_kind || other == project) continue;
    if (const int p = points(other); p > 0) top.offer({p, adjacency.id_rank(other), other});
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
