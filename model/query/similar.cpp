// query similar: projects sharing organisations, partners or challenge areas with a project.
#include "model/connections.hpp"
#include "model/error.hpp"
#include "model/query/queries.hpp"

#include <algorithm>
#include <map>

namespace vidensgraf {

namespace {

struct Profile {
  std::map<Vertex, RelationId> organisations; ///< organisation -> role (lead or partner)
  std::map<Vertex, bool> areas;               ///< challenge area -> faced by a facesChallenge relation
};

Profile profile_of(const Model& model, Vertex project, RelationId lead, RelationId partner) {
  Profile p;
  for (auto e : boost::make_iterator_range(boost::out_edges(project, model.graph()))) {
    const auto kind = model.relation(e).kind;
    if (kind == lead || kind == partner) p.organisations.emplace(boost::target(e, model.graph()), kind);
  }
  for (const auto& c : strongest_per_challenge(challenges_of_project(model, project)))
    p.areas[c.challenge] = c.path.steps.size() == 1;
  return p;
}

} // namespace

QueryResult query_similar(const Model& model, Vertex project) {
  const auto& schema = model.schema();
  const RelationId lead = schema.require_relation("leadOrganisation");
  const RelationId partner = schema.require_relation("partner");
  const Profile mine = profile_of(model, project, lead, partner);

  struct Row {
    Vertex project;
    int score;
    std::string shared;
  };
  std::vector<Row> rows;
  for (Vertex other : model.entities_of_kind(schema.require_kind("Project"))) {
    if (other == project) continue;
    const Profile theirs = profile_of(model, other, lead, partner);
    int score = 0;
    std::vector<std::string> shared;
    for (const auto& [org, role] : mine.organisations) {
      auto it = theirs.organisations.find(org);
      if (it == theirs.organisations.end()) continue;
      const bool same = it->second == role;
      score += same ? 3 : 2;
      shared.push_back("organisation " + model.entity(org).id + " (" + schema.relation(role).name + "/" +
                       schema.relation(it->second).name + ")");
    }
    for (const auto& [area, faced] : mine.areas) {
      auto it = theirs.areas.find(area);
      if (it == theirs.areas.end()) continue;
      const bool both_faced = faced && it->second;
      score += both_faced ? 2 : 1;
      shared.push_back("challenge " + model.entity(area).id + (both_faced ? " (faced by both)" : " (indirect)"));
    }
    if (score == 0) continue;
    std::string text;
    for (const auto& s : shared)
      text += (text.empty() ? "" : "; ") + s;
    rows.push_back({other, score, text});
  }
  std::sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
    return a.score != b.score ? a.score > b.score : model.entity(a.project).id < model.entity(b.project).id;
  });
  QueryResult result;
  result.columns = {{"rank", true}, {"score", true}, {"project"}, {"label"}, {"shared"}};
  std::size_t rank = 0;
  for (const auto& r : rows)
    result.rows.push_back({std::to_string(++rank), std::to_string(r.score), model.entity(r.project).id,
                           std::string(model.label(r.project, "")), r.shared});
  result.notes.push_back("score: 3 per shared organisation in the same role, 2 in different roles; 2 per challenge "
                         "area both face by facesChallenge, 1 per area shared otherwise");
  return result;
}

} // namespace vidensgraf
