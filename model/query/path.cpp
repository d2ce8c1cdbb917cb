// query path: the shortest connection between two entities, ignoring direction.
#include "model/query/bfs.hpp"
#include "model/query/queries.hpp"

namespace vidensgraf {

QueryResult query_path(const Model& model, Vertex from, Vertex to) {
  const auto found = detail::bfs(model, from, detail::unreached, to);
  QueryResult result;
  result.columns = {{"step", true}, {"from"}, {"relation"}, {"direction"}, {"to"}, {"to_kind"}, {"to_label"}};
  if (found.distance[to] == detail::unreached) {
    result.notes.push_back("'" + model.entity(from).id + "' and '" + model.entity(to).id + "' are not connected");
    return result;
  }
  const auto path = detail::path_from_predecessors(model, found.predecessor, from, to);
  Vertex at = from;
  for (std::size_t i = 0; i < path.steps.size(); ++i) {
    const auto& s = path.steps[i];
    result.rows.push_back({std::to_string(i + 1), model.entity(at).id, model.schema().relation(s.relation).name,
                           std::string(direction_name(s.direction)), model.entity(s.entity).id,
                           model.schema().kind(model.entity(s.entity).kind).name,
                           std::string(model.label(s.entity, ""))});
    at = s.entity;
  }
  result.notes.push_back("length " + std::to_string(path.steps.size()) + ": " + path_to_string(model, path));
  return result;
}

} // namespace vidensgraf
