#include "exporters/site/example_queries.hpp"

#include "exporters/site/page.hpp"

#include <array>

namespace vidensgraf {

namespace {

// The first query counts what the matrix counts (model/connections.hpp): a project meets an area
// when it faces it, when its lead organisation or a partner owns a case or tool that addresses it,
// or when a case or result about it addresses it. Each branch of its UNION is whole: Rasqal
// 0.9.33 loses the join between a UNION and any pattern beside it (sparql/feature_scan.cpp).
constexpr std::array<ExampleQuery, 3> examples{{
    {"Projects per challenge area", "Projekter pr. udfordringsområde",
     "PREFIX vg: <https://w3id.org/vidensgraf/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
     "SELECT ?area (COUNT(DISTINCT ?project) AS ?projects) WHERE {\n"
     "  { ?project a vg:Project ; vg:facesChallenge ?a .\n"
     "    ?a rdfs:label ?area . FILTER(lang(?area) = \"LANG\") }\n"
     "  UNION { ?project a vg:Project ; vg:leadOrganisation ?organisation .\n"
     "    ?thing vg:owner ?organisation ; vg:addressesChallenge ?a .\n"
     "    ?a rdfs:label ?area . FILTER(lang(?area) = \"LANG\") }\n"
     "  UNION { ?project a vg:Project ; vg:partner ?organisation .\n"
     "    ?thing vg:owner ?organisation ; vg:addressesChallenge ?a .\n"
     "    ?a rdfs:label ?area . FILTER(lang(?area) = \"LANG\") }\n"
     "  UNION { ?project a vg:Project . ?thing vg:concernsProject ?project ; vg:addressesChallenge ?a .\n"
     "    ?a rdfs:label ?area . FILTER(lang(?area) = \"LANG\") }\n}\n"
     "GROUP BY ?area\nORDER BY DESC(?projects) ?area"},
    {"A project's organisations", "Et projekts organisationer",
     "PREFIX vg: <https://w3id.org/vidensgraf/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
     "SELECT ?project ?role ?organisation WHERE {\n  ?p a vg:Project ; rdfs:label ?project ; ?r ?o .\n"
     "  ?o a vg:Organisation ; rdfs:label ?organisation .\n  ?r rdfs:label ?role .\n"
     "  FILTER(lang(?project) = \"LANG\" && lang(?organisation) = \"LANG\" && lang(?role) = \"LANG\")\n}\n"
     "ORDER BY ?project ?role ?organisation"},
    {"Advice for a challenge area", "Råd til et udfordringsområde",
     "PREFIX vg: <https://w3id.org/vidensgraf/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
     "SELECT ?area ?advice WHERE {\n  ?x a vg:Advice ; rdfs:label ?advice ; vg:addressesChallenge ?a .\n"
     "  ?a rdfs:label ?area .\n  FILTER(lang(?advice) = \"LANG\" && lang(?area) = \"LANG\")\n}\n"
     "ORDER BY ?area ?advice"},
}};

} // namespace

std::span<const ExampleQuery> example_queries() {
  return examples;
}

std::string_view example_title(const ExampleQuery& example, std::string_view ui) {
  return ui_text(ui, example.title_en, example.title_da);
}

std::string example_query_text(const ExampleQuery& example, std::string_view ui) {
  std::string out = example.text;
  for (auto at = out.find("LANG"); at != std::string::npos; at = out.find("LANG", at))
    out.replace(at, 4, ui);
  return out;
}

} // namespace vidensgraf
