// query similar: projects ranked by the neighbours they share with a project (organisations by
// role, domains, cases and results about both, challenge areas), each score explained.
#include "model/connections.hpp"
#include "model/query/path_text.hpp"
#include "model/query/queries.hpp"
#include "model/query/query_words.hpp"

#include <algorithm>
#include <map>

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

Profile profile_of(const Model& model, Vertex project, const Relations& k, BasisFilter basis) {
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
  std::vector<ChallengeConnection> connections;
  for (auto& c : challenges_of_project(model, project))
    if (basis != BasisFilter::stated || !c.path.any_curated()) connections.push_back(std::move(c));
  for (const auto& c : strongest_per_challenge(std::move(connections)))
    p.areas[c.challenge] = c.basis != Basis::indirect;
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
    if (theirs.domains.count(domain)) add(w.domain, name(domain));
  for (const auto& [item, unused] : mine.about)
    if (theirs.about.count(item)) add(w.case_or_result, name(item));
  for (const auto& [area, direct] : mine.areas)
    if (auto it = theirs.areas.find(area); it != theirs.areas.end()) {
      const bool both = direct && it->second;
      add(both ? w.challenge_direct : w.challenge_indirect,
          name(area) + (both ? " (faced by both)" : " (at least one indirectly)"));
    }
  return s;
}

} // namespace

QueryResult query_similar(const Model& model, Vertex project, const QuerySettings& settings,
                          const SimilarWeights& weights) {
  const auto& schema = model.schema();
  const std::string_view lang = settings.language_of(model);
  const Relations k(schema);
  const Profile mine = profile_of(model, project, k, settings.basis);
  std::vector<Scored> rows;
  for (Vertex other : model.entities_of_kind(schema.require_kind("Project"))) {
    if (other == project) continue;
    auto s = score(model, mine, profile_of(model, other, k, settings.basis), other, lang, weights);
    if (s.score > 0) rows.push_back(std::move(s));
  }
  std::sort(rows.begin(), rows.end(), [&](const Scored& a, const Scored& b) {
    return a.score != b.score ? a.score > b.score : model.entity(a.project).id < model.entity(b.project).id;
  });
  QueryResult result;
  result.language = std::string(lang);
  result.columns = {{"rank", true}, {"tie"}, {"score", true}, {"project", false, false}, {"label"}, {"shared"}};
  for (std::size_t i = 0; i < rows.size(); ++i) {
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
  if (rows.empty()) result.notes.push_back(std::string(query_word(QueryWord::no_similar, lang)));
  result.notes.push_back(query_text(QueryWord::similar_score, lang, weights.organisation_same_role,
                                    weights.organisation_other_role, weights.domain, weights.case_or_result,
                                    weights.challenge_direct, weights.challenge_indirect));
  apply_limit(result, settings.limit);
  return result;
}

} // namespace vidensgraf
