// query central above its exact size (model/query/sampled_betweenness.hpp): from every source
// the sampled computation equals Boost's exact Brandes; from a sample, the top rows on a small
// generated model equal the exact values within the error the answer states; the same seed
// gives the same answer.
#include "model/dataset_loader.hpp"
#include "model/generator.hpp"
#include "model/query/queries.hpp"
#include "model/query/sampled_betweenness.hpp"
#include "model/query/undirected_view.hpp"
#include "support/test_support.hpp"

#include <boost/graph/betweenness_centrality.hpp>
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <map>
#include <set>

using namespace vidensgraf;

namespace {

const Model& generated() {
  static const Model model = [] {
    const auto dir = test::work_dir("central-generated");
    generate_dataset(dir, 800, 7);
    return load_dataset_or_throw(dir);
  }();
  return model;
}

const Model& mini() {
  static const Model model = load_dataset_or_throw(test::data_dir() / "query" / "mini");
  return model;
}

/// Boost's exact betweenness on the view central uses (stated relations only with
/// `stated_only`), normalised as central prints it.
std::vector<double> boost_exact(const Model& model, bool stated_only = false) {
  const auto view = detail::make_undirected_view(model, std::nullopt, true, stated_only);
  std::vector<double> c(model.entity_count(), 0.0);
  boost::brandes_betweenness_centrality(
      view, boost::centrality_map(boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, view))));
  const double n = static_cast<double>(model.entity_count());
  for (auto& x : c)
    x /= (n - 1) * (n - 2);
  return c;
}

std::size_t column_of(const QueryResult& r, const std::string& name) {
  for (std::size_t i = 0; i < r.columns.size(); ++i)
    if (r.columns[i].name == name) return i;
  FAIL("no column " << name);
  return 0;
}

} // namespace

TEST_CASE("betweenness from every source equals Boost's exact Brandes", "[query][central]") {
  const Model& model = generated();
  const auto exact = boost_exact(model);
  const auto all = detail::sampled_betweenness(model, model.entity_count(), 1);
  REQUIRE(all.samples == model.entity_count());
  double largest = 0;
  for (Vertex v = 0; v < model.entity_count(); ++v) {
    INFO(model.entity(v).id);
    CHECK(std::abs(all.value[v] - exact[v]) <= 1e-9 * std::max(1.0, exact[v]));
    CHECK(all.standard_error[v] == 0.0);
    largest = std::max(largest, exact[v]);
  }
  CHECK(largest > 0.01); // the generated model has hubs: the comparison is not of zeros
}

TEST_CASE("approximate central: the top rows equal the exact ones within the stated error", "[query][central]") {
  const Model& model = generated();
  const auto exact = boost_exact(model);
  CentralOptions options;
  options.exact_up_to = 100; // below the model's size: approximate
  options.samples = 200;
  const auto r = query_central(model, 10, central_default_max_entities, options, QuerySettings{BasisFilter::any, "en"});
  REQUIRE(r.rows.size() == 10);
  const auto value = column_of(r, "centrality"), error = column_of(r, "error"), id = column_of(r, "id");
  std::map<std::string, Vertex> by_id;
  for (Vertex v = 0; v < model.entity_count(); ++v)
    by_id[model.entity(v).id] = v;
  for (const auto& row : r.rows) {
    INFO(row[id] << ": " << row[value] << " +- " << row[error] << ", exact " << exact[by_id.at(row[id])]);
    const double stated = std::stod(row[error]);
    CHECK(stated > 0.0);
    CHECK(std::abs(std::stod(row[value]) - exact[by_id.at(row[id])]) <= stated + 1e-6); // printed to 6 digits
  }
  // The exact answer's first entity is among the first approximate rows (hubs of close values
  // may change places within their errors).
  const auto exact_top = query_central(model, 1, central_default_max_entities);
  for (const auto& c : exact_top.columns)
    CHECK(c.name != "error"); // exact: no error column
  bool found = false;
  for (std::size_t i = 0; i < 5; ++i)
    found |= r.rows[i][id] == exact_top.rows.front()[column_of(exact_top, "id")];
  CHECK(found);
  bool says_samples = false;
  for (const auto& note : r.notes)
    says_samples |= note.find("from 200 sources") != std::string::npos && note.find("95%") != std::string::npos;
  CHECK(says_samples);
}

TEST_CASE("approximate central is the same for the same seed", "[query][central]") {
  const Model& model = generated();
  CentralOptions options;
  options.exact_up_to = 0;
  options.samples = 20;
  const auto a = query_central(model, 20, central_default_max_entities, options);
  const auto b = query_central(model, 20, central_default_max_entities, options);
  CHECK(a.rows == b.rows);
  options.seed = 8;
  const auto c = query_central(model, 20, central_default_max_entities, options);
  CHECK(a.rows != c.rows); // other sources, other estimates
}

namespace {

/// Printed with six digits, as central prints a value.
std::string six(double x) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6f", x);
  return text;
}

std::map<std::string, Vertex> vertices_by_id(const Model& model) {
  std::map<std::string, Vertex> by_id;
  for (Vertex v = 0; v < model.entity_count(); ++v)
    by_id[model.entity(v).id] = v;
  return by_id;
}

} // namespace

TEST_CASE("central with basis stated ranks on the stated relations only", "[query][central]") {
  const Model& model = mini();
  const auto stated = boost_exact(model, true);
  const auto all = boost_exact(model);
  REQUIRE(stated != all); // the fixture's curated relations change some value
  const auto r = query_central(model, 100, central_default_max_entities, {}, QuerySettings{BasisFilter::stated, "en"});
  REQUIRE(!r.rows.empty());
  const auto by_id = vertices_by_id(model);
  const auto value = column_of(r, "centrality"), id = column_of(r, "id");
  for (const auto& row : r.rows)
    CHECK(row[value] == six(stated[by_id.at(row[id])]));
  bool says = false;
  for (const auto& note : r.notes)
    says |= note.find("stated relations only") != std::string::npos;
  CHECK(says);
}

TEST_CASE("central with basis curated lists exactly the entities whose value rests on curated relations",
          "[query][central]") {
  const Model& model = mini();
  const auto stated = boost_exact(model, true);
  const auto all = boost_exact(model);
  std::set<std::string> expected;
  for (Vertex v = 0; v < model.entity_count(); ++v)
    if (std::abs(all[v] - stated[v]) > 1e-9) expected.insert(model.entity(v).id);
  REQUIRE(!expected.empty());
  const auto r = query_central(model, 1000, central_default_max_entities, {}, QuerySettings{BasisFilter::curated, "", 20});
  const auto value = column_of(r, "centrality"), without = column_of(r, "stated_centrality"), id = column_of(r, "id");
  std::set<std::string> listed;
  const auto by_id = vertices_by_id(model);
  for (const auto& row : r.rows) {
    listed.insert(row[id]);
    CHECK(row[value] == six(all[by_id.at(row[id])]));
    CHECK(row[without] == six(stated[by_id.at(row[id])]));
  }
  CHECK(listed == expected);
}

TEST_CASE("central writes labels in the language asked for", "[query][central]") {
  const Model& model = mini();
  const auto da = query_central(model, 3, central_default_max_entities, {}, QuerySettings{BasisFilter::any, "da"});
  const auto en = query_central(model, 3, central_default_max_entities, {}, QuerySettings{BasisFilter::any, "en"});
  REQUIRE(da.rows.size() == 3);
  const auto label = column_of(da, "label"), id = column_of(da, "id");
  CHECK(da.rows[0][id] == "kk");
  CHECK(en.rows[0][id] == "kk");
  CHECK(da.rows[0][label] == "Københavns Kommune");
  CHECK(en.rows[0][label] == "City of Copenhagen");
  CHECK(en.language == "en");
}
