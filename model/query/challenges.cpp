// query challenges / query projects: connections.hpp's answers as rows.
#include "model/connections.hpp"
#include "model/query/queries.hpp"

namespace vidensgraf {

namespace {

QueryResult connection_rows(const Model& model, const std::vector<ChallengeConnection>& connections,
                            bool by_challenge) {
  QueryResult result;
  result.columns = {{by_challenge ? "challenge" : "project"}, {"label"}, {"basis"}, {"via"}};
  for (const auto& c : connections) {
    const Vertex v = by_challenge ? c.challenge : c.project;
    result.rows.push_back({model.entity(v).id, std::string(model.label(v, "")), std::string(basis_name(c.basis)),
                           path_to_string(model, c.path)});
    result.paths.emplace_back(c.path);
  }
  return result;
}

} // namespace

QueryResult query_challenges(const Model& model, Vertex project) {
  return connection_rows(model, challenges_of_project(model, project), true);
}

QueryResult query_projects(const Model& model, Vertex challenge) {
  return connection_rows(model, projects_of_challenge(model, challenge), false);
}

} // namespace vidensgraf
