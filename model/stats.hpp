// A summary of a model in the manner of KGX's graph-summary: counts per kind, per relation kind,
// per (subject kind, relation, object kind) and per attribute.
#pragma once

#include "model/model.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace vidensgraf {

/// Counts for one kind of entity.
struct KindCount {
  std::string kind; ///< local name, e.g. "Project"
  std::size_t count = 0;
};

/// Counts for one relation kind, split by basis.
struct RelationCount {
  std::string relation;
  std::size_t count = 0;
  std::size_t stated = 0;
  std::size_t curated = 0;
};

/// Count of relations of one kind between two kinds of entity.
struct EdgeTypeCount {
  std::string subject_kind;
  std::string relation;
  std::string object_kind;
  std::size_t count = 0;
};

/// Count of values of one attribute in one language ("" when it has none).
struct AttributeCount {
  std::string attribute;
  std::string language;
  std::size_t count = 0;
};

/// The whole summary.
struct Stats {
  std::string dataset;
  std::size_t entities = 0;
  std::size_t relations = 0;
  std::size_t stated = 0;
  std::size_t curated = 0;
  std::size_t attribute_values = 0;
  std::size_t provenance_records = 0;
  std::vector<KindCount> kinds;              ///< in ontology order, zero counts included
  std::vector<RelationCount> relation_kinds; ///< in ontology order, zero counts included
  std::vector<EdgeTypeCount> edge_types;     ///< sorted by subject kind, relation, object kind
  std::vector<AttributeCount> attributes;    ///< sorted by attribute, language
};

/// Computes the summary of a model.
Stats compute_stats(const Model& model);

/// The summary as JSON (pretty-printed, keys in a fixed order).
std::string stats_to_json(const Stats& stats);

/// The summary as readable aligned tables.
void print_stats_table(std::ostream& out, const Stats& stats);

} // namespace vidensgraf
