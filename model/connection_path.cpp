#include "model/connection_path.hpp"

#include <algorithm>
#include <tuple>

namespace vidensgraf {

std::string_view direction_name(Direction direction) noexcept {
  return direction == Direction::forward ? "forward" : "backward";
}

bool ConnectionPath::any_curated() const noexcept {
  return std::any_of(steps.begin(), steps.end(), [](const PathStep& s) { return s.curated; });
}

PathStep make_step(const Model& model, Vertex from, Edge e) {
  const auto& g = model.graph();
  const Relation& r = model.relation(e);
  const bool forward = boost::source(e, g) == from;
  return PathStep{e, r.kind, forward ? Direction::forward : Direction::backward,
                  forward ? boost::target(e, g) : boost::source(e, g), r.curated};
}

bool path_less(const Model& model, const ConnectionPath& a, const ConnectionPath& b) {
  if (a.steps.size() != b.steps.size()) return a.steps.size() < b.steps.size();
  if (a.start != b.start) return model.entity(a.start).id < model.entity(b.start).id;
  const auto& schema = model.schema();
  for (std::size_t i = 0; i < a.steps.size(); ++i) {
    const auto& x = a.steps[i];
    const auto& y = b.steps[i];
    const auto kx = std::tie(schema.relation(x.relation).name, x.direction, model.entity(x.entity).id);
    const auto ky = std::tie(schema.relation(y.relation).name, y.direction, model.entity(y.entity).id);
    if (kx != ky) return kx < ky;
  }
  return false;
}

std::string path_to_string(const Model& model, const ConnectionPath& path) {
  std::string out = model.entity(path.start).id;
  for (const auto& step : path.steps) {
    const auto& name = model.schema().relation(step.relation).name;
    out += step.direction == Direction::forward ? " -" + name + "-> " : " <-" + name + "- ";
    out += model.entity(step.entity).id;
  }
  return out;
}

} // namespace vidensgraf
