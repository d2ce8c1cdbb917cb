// The views of the model that `vidensgraf diagram` draws: overview, focus, challenges, ontology.
// Each builds a Diagram (nodes and edges in a fixed order, legend of what is present) that
// render.hpp lays out.
#pragma once

#include "exporters/diagram/diagram.hpp"
#include "model/challenge_matrix.hpp"
#include "model/model.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vidensgraf {

/// What a view shows and in which language.
struct DiagramOptions {
  std::string language = "da";        ///< language of labels (falling back to the dataset's others)
  std::vector<std::string> kinds;     ///< kinds to show (local name, table or segment); empty: all
  std::vector<std::string> relations; ///< relation kinds to show (local names); empty: all
  bool curated = true;                ///< show links an editor derived (false: only stated ones)
  int depth = 1;                      ///< steps from the focus entity (focus view)
  std::size_t max_nodes =
      20;            ///< focus: past this many nodes, a hub's neighbours become one node (40 did not fit a page)
  bool full = false; ///< overview: every entity and relation instead of one node per kind
};

/// The dataset on one page: a node per kind (with its number of entities) and an edge per
/// (subject kind, relation, object kind, basis) with its number of relations. With options.full,
/// every entity (of the chosen kinds), clustered by kind, relations as labelled edges.
/// Throws UsageError for an unknown kind or relation name in the options.
Diagram overview_diagram(const Model& model, const DiagramOptions& options);

/// The entities up to options.depth steps from `entity` (named as resolve_entity takes it: id,
/// segment/id or label), following
/// relations in either direction; the focus highlighted. An entity with more than nine
/// neighbours has its largest groups of them (same kind and relation) drawn as one node ("+14
/// more: Project") linking to it, before the search goes on; past options.max_nodes, the largest
/// groups of outermost neighbours of one hub are collapsed too (same kind and relation, then same
/// kind). Past one step, more than six boxes are laid out left to right with a column per ring.
/// The drawing is laid out and measured (fit_on_page): one that does not fit the page is drawn
/// again in another placement or collapsed further, a bounded number of times, and the first
/// that fits is returned (else the one that missed least). Throws UsageError for an unknown entity.
Diagram focus_diagram(const Model& model, std::string_view entity, const DiagramOptions& options);

/// Projects against challenge areas: stated links (solid), curated ones (dashed) and indirect ones
/// (dotted; through the project's organisations' cases and tools, or its own cases), the path
/// behind each in its tooltip. options.relations limits the relations a path may follow.
Diagram challenges_diagram(const Model& model, const DiagramOptions& options);

/// Projects (rows, grouped) against challenge areas (columns), each cell the strongest basis of
/// the link as a mark and a fill, with the path and its sources in the tooltip (one HTML-like
/// table). options.curated false keeps only links every step of which is stated.
Diagram matrix_diagram(const Model& model, const DiagramOptions& options,
                       MatrixGrouping grouping = MatrixGrouping::sector);

/// How the matrix is laid out: columns headed by the challenge areas' labels, the legend under
/// the table; numbered columns with a key under the table (when the labels make it too wide for a
/// page); or numbered, tighter, with the key and the legend beside the table (when it is also too
/// tall).
enum class MatrixLayout { labels, numbered, numbered_legend_beside };

/// The matrix as a Graphviz HTML-like label (a <TABLE>, `title` on top, the legend below), its
/// texts escaped.
std::string matrix_table(const Model& model, const ChallengeMatrix& matrix, std::string_view title,
                         MatrixLayout layout = MatrixLayout::labels);

/// The schema as a class diagram: classes with their attributes, relation kinds as edges from
/// each domain class to each range class.
Diagram ontology_diagram(const Schema& schema, const DiagramOptions& options);

} // namespace vidensgraf
