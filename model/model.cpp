#include "model/model.hpp"

#include "model/challenge_summary.hpp"
#include "model/error.hpp"
#include "model/ordered_adjacency.hpp"

#include <algorithm>
#include <functional>
#include <mutex>

namespace vidensgraf {

struct Model::AdjacencyCache {
  std::once_flag once;
  std::unique_ptr<OrderedAdjacency> adjacency;
  std::once_flag summary_once;
  std::unique_ptr<ChallengeSummary> summary;
};

Model::Model(const Schema& schema)
    : schema_(&schema), label_attribute_(schema.require_attribute("label")),
      adjacency_(std::make_unique<AdjacencyCache>()) {}
Model::Model(Model&&) noexcept = default;
Model& Model::operator=(Model&&) noexcept = default;
Model::~Model() = default;

const OrderedAdjacency& Model::ordered_adjacency() const {
  if (!adjacency_) throw InternalError("the ordered adjacency of a moved-from model was asked for");
  std::call_once(adjacency_->once, [&] { adjacency_->adjacency = std::make_unique<OrderedAdjacency>(*this); });
  return *adjacency_->adjacency;
}

const ChallengeSummary& Model::challenge_summary() const {
  if (!adjacency_) throw InternalError("the challenge summary of a moved-from model was asked for");
  std::call_once(adjacency_->summary_once, [&] { adjacency_->summary = std::make_unique<ChallengeSummary>(*this); });
  return *adjacency_->summary;
}

void Model::changed() {
  if (!adjacency_ || adjacency_->adjacency) adjacency_ = std::make_unique<AdjacencyCache>();
}

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
  changed();
  // An empty vertex, then the entity moved in: boost::add_vertex with a property copies it.
  const auto v = boost::add_vertex(*graph_);
  (*graph_)[v] = std::move(entity);
  index_.insert((*graph_)[v].id, static_cast<std::uint32_t>(v));
  return v;
}

void Model::reserve_entities(std::size_t count) {
  graph_->m_vertices.reserve(count);
  index_.reserve(count);
}

Edge Model::add_relation(Vertex subject, Vertex object, Relation relation) {
  changed();
  return boost::add_edge(subject, object, relation, *graph_).first;
}

std::optional<Vertex> Model::find_id(std::string_view id) const {
  if (auto v = index_.find(id)) return *v;
  return std::nullopt;
}

std::optional<Vertex> Model::find(std::string_view id) const {
  if (auto v = find_id(id)) return v;
  const auto slash = id.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const auto kind = schema_->find_kind(id.substr(0, slash));
  const auto v = find_id(id.substr(slash + 1));
  if (!kind || !v || (*graph_)[*v].kind != *kind) return std::nullopt;
  return v;
}

std::string_view Model::text(Vertex v, AttributeId attribute, std::string_view lang) const {
  const auto& values = (*graph_)[v].values;
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
  return found.empty() ? std::string_view{(*graph_)[v].id} : found;
}

std::string Model::iri(Vertex v, std::string_view base) const {
  const auto& e = (*graph_)[v];
  std::string out(base.empty() ? std::string_view{metadata_.base} : base);
  out += schema_->kind(e.kind).segment;
  out += '/';
  out += e.id;
  return out;
}

std::vector<Vertex> Model::entities_of_kind(KindId kind) const {
  std::vector<Vertex> out;
  for (auto v : boost::make_iterator_range(boost::vertices(*graph_)))
    if ((*graph_)[v].kind == kind) out.push_back(v);
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) { return (*graph_)[a].id < (*graph_)[b].id; });
  return out;
}

std::vector<Vertex> Model::sorted_entities() const {
  std::vector<Vertex> out(boost::num_vertices(*graph_));
  for (std::size_t i = 0; i < out.size(); ++i)
    out[i] = i;
  std::sort(out.begin(), out.end(), [&](Vertex a, Vertex b) { return entity_before(a, b); });
  return out;
}

bool Model::entity_before(Vertex a, Vertex b) const {
  const auto& ea = (*graph_)[a];
  const auto& eb = (*graph_)[b];
  return ea.kind != eb.kind ? ea.kind < eb.kind : ea.id < eb.id;
}

} // namespace vidensgraf
