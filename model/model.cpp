#include "model/model.hpp"

#include "model/error.hpp"

#include <algorithm>
#include <functional>

namespace vidensgraf {

Model::Model(const Schema& schema) : schema_(&schema), label_attribute_(schema.require_attribute("label")) {}
// Boost 1.74's adjacency_list has no move constructor, so "moving" graph_ copies the entities
// and frees the originals: the id index (string_views into the entities) must not be carried
// over. It is rebuilt on the next find().
Model::Model(Model&& other) noexcept
    : schema_(other.schema_), metadata_(std::move(other.metadata_)), graph_(std::move(other.graph_)),
      provenance_(std::move(other.provenance_)), provenance_index_(std::move(other.provenance_index_)),
      languages_(std::move(other.languages_)), label_attribute_(other.label_attribute_), index_stale_(true) {}
Model& Model::operator=(Model&& other) noexcept {
  schema_ = other.schema_;
  metadata_ = std::move(other.metadata_);
  graph_ = std::move(other.graph_);
  provenance_ = std::move(other.provenance_);
  provenance_index_ = std::move(other.provenance_index_);
  languages_ = std::move(other.languages_);
  label_attribute_ = other.label_attribute_;
  index_.clear();
  index_stale_ = true;
  return *this;
}
Model::~Model() = default;

void Model::set_metadata(DatasetMetadata metadata) {
  metadata_ = std::move(metadata);
}

std::size_t Model::ProvenanceHash::operator()(const Provenance& p) const noexcept {
  std::size_t h = std::hash<std::string>{}(p.note);
  for (const auto& c : p.citations)
    h = h * 1000003u ^ (std::hash<std::string>{}(c.section) + c.source * 0x9E3779B97F4A7C15ull);
  return h;
}

ProvenanceId Model::intern_provenance(Provenance provenance) {
  auto it = provenance_index_.find(provenance);
  if (it != provenance_index_.end()) return it->second;
  const auto id = static_cast<ProvenanceId>(provenance_.size());
  provenance_.push_back(provenance);
  provenance_index_.emplace(std::move(provenance), id);
  return id;
}

LanguageId Model::intern_language(std::string_view tag) {
  for (std::size_t i = 0; i < languages_.size(); ++i)
    if (languages_[i] == tag) return static_cast<LanguageId>(i);
  if (languages_.size() >= 255) throw InputError("a dataset may use at most 254 languages");
  languages_.emplace_back(tag);
  return static_cast<LanguageId>(languages_.size() - 1);
}

Vertex Model::add_entity(Entity entity) {
  index_stale_ = true;
  return boost::add_vertex(std::move(entity), graph_);
}

Edge Model::add_relation(Vertex subject, Vertex object, Relation relation) {
  return boost::add_edge(subject, object, relation, graph_).first;
}

void Model::build_index() const {
  index_.clear();
  index_.reserve(boost::num_vertices(graph_));
  for (auto v : boost::make_iterator_range(boost::vertices(graph_)))
    index_.emplace(graph_[v].id, v);
  index_stale_ = false;
}

std::optional<Vertex> Model::find(std::string_view id) const {
  if (index_stale_) build_index();
  auto it = index_.find(id);
  if (it != index_.end()) return it->second;
  const auto slash = id.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto kind = schema_->find_kind(id.substr(0, slash));
  it = index_.find(id.substr(slash + 1));
  if (!kind || it == index_.end() || graph_[it->second].kind != *kind) return std::nullopt;
  return it->second;
}

std::string_view Model::text(Vertex v, AttributeId attribute, std::string_view lang) const {
  const auto& values = graph_[v].values;
  const AttributeValue* fallback = nullptr;
  for (const auto& value : values) {
    if (value.attribute != attribute) continue;
    if (languages_[value.language] == lang) return value.value;
    if (!fallback || (!metadata_.languages.empty() && languages_[value.language] == metadata_.languages.front()))
      fallback = &value;
  }
  return fallback ? std::string_view{fallback->value} : std::string_view{};
}

std::string_view Model::label(Vertex v, std::string_view lang) const {
  auto found = text(v, label_attribute_, lang);
  return found.empty() ? std::string_view{graph_[v].id} : found;
}

std::string Model::iri(Vertex v, std::string_view base) const {
  const auto& e = graph_[v];
  std::string out(base.empty() ? std::string_view{metadata_.base} : base);
  out += schema_->kind(e.kind).segment;
  out += '/';
  out += e.id;
  return out;
}

std::vector<Vertex> Model::entities_of_kind(KindId kind) const {
  std::vector<Vertex> out;
  for (auto v : boost::make_iterator_range(boost::vertices(graph_)))
    if (graph_[v].kind == kind) out.push_back(v);
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) { return graph_[a].id < graph_[b].id; });
  return out;
}

std::vector<Vertex> Model::sorted_entities() const {
  std::vector<Vertex> out(boost::num_vertices(graph_));
  for (std::size_t i = 0; i < out.size(); ++i)
    out[i] = i;
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) {
    const auto& ea = graph_[a];
    const auto& eb = graph_[b];
    return ea.kind != eb.kind ? ea.kind < eb.kind : ea.id < eb.id;
  });
  return out;
}

} // namespace vidensgraf
