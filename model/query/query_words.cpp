#include "model/query/query_words.hpp"

#include <array>

namespace vidensgraf {

namespace {

struct Words {
  QueryWord key;
  std::string_view en;
  std::string_view da;
};

// In QueryWord's order: checked when compiling, below.
constexpr std::array words{
    Words{QueryWord::programme_emphasis,
          "the programme '{}' emphasises {} ({}): a statement about the programme, not about any one of its projects",
          "programmet '{}' lægger vægt på {} ({}): et udsagn om programmet, ikke om et enkelt af dets projekter"},
    Words{QueryWord::no_challenge_for_project, "no source links this project to a challenge area{}",
          "ingen kilde forbinder projektet med et udfordringsområde{}"},
    Words{QueryWord::no_project_for_challenge, "no source links a project to this challenge area{}",
          "ingen kilde forbinder et projekt med udfordringsområdet{}"},
    Words{QueryWord::basis_stated_only, " by stated relations only", " alene gennem relationer angivet i kilderne"},
    Words{QueryWord::basis_through_curated, " through a curated relation", " gennem en relation udledt af redaktionen"},
    Words{QueryWord::path_ends, "'{}' and '{}'", "'{}' og '{}'"},
    Words{QueryWord::not_connected, "{} are not connected", "{} er ikke forbundet"},
    Words{QueryWord::not_connected_stated, "{} are not connected by stated relations",
          "{} er ikke forbundet gennem relationer angivet i kilderne"},
    Words{QueryWord::no_curated_path,
          "none of the {} shortest paths (length {}) between {} rests on a curated relation",
          "ingen af de {} korteste stier (længde {}) mellem {} bygger på en relation udledt af redaktionen"},
    Words{QueryWord::curated_paths, "{} of the {} shortest paths (length {}) rest on a curated relation",
          "{} af de {} korteste stier (længde {}) bygger på en relation udledt af redaktionen"},
    Words{QueryWord::first_paths, "the first {} of {} shortest paths (length {}); --limit 0 shows all",
          "de første {} af {} korteste stier (længde {}); --limit 0 viser alle"},
    Words{QueryWord::one_shortest_path, "{} shortest path of length {}", "{} korteste sti med længden {}"},
    Words{QueryWord::shortest_paths, "{} shortest paths of length {}", "{} korteste stier med længden {}"},
    Words{QueryWord::path_number, "path {}: {}", "sti {}: {}"},
    Words{QueryWord::more_than, "more than {}", "mere end {}"},
    Words{
        QueryWord::no_similar, "no other project shares an organisation, domain, case, result or challenge area",
        "intet andet projekt deler en organisation, et opgaveområde, en case, et resultat eller et udfordringsområde"},
    Words{QueryWord::similar_score,
          "score: {} per shared organisation in the same role, {} in different roles; {} per shared domain; {} per "
          "case or result about both; {} per challenge area both face directly, {} per area shared otherwise; ties "
          "share a rank and are in id order",
          "point: {} for hver fælles organisation i samme rolle, {} i forskellige roller; {} for hvert fælles "
          "opgaveområde; {} for hver case eller hvert resultat om begge; {} for hvert udfordringsområde, begge møder "
          "direkte, {} for hvert område, de ellers deler; lige point deler placering og står i id-orden"},
    Words{QueryWord::central_about,
          "betweenness centrality on the undirected graph, normalised by (n-1)(n-2)/2 unordered pairs",
          "mellemledscentralitet i den urettede graf, normaliseret med (n-1)(n-2)/2 uordnede par"},
    Words{QueryWord::central_stated, "on the stated relations only: the relations an editor derived are left out",
          "kun gennem relationer angivet i kilderne: de relationer, redaktionen har udledt, er udeladt"},
    Words{QueryWord::central_curated,
          "only the entities whose centrality changes when the relations an editor derived are left out; "
          "stated_centrality is the value without them",
          "kun de entiteter, hvis centralitet ændres, når de relationer, redaktionen har udledt, udelades; "
          "stated_centrality er værdien uden dem"},
    Words{QueryWord::central_none_curated, "no entity's centrality rests on a curated relation",
          "ingen entitets centralitet bygger på en relation udledt af redaktionen"},
    Words{QueryWord::central_approximate,
          "approximate: the model has {} entities, above --exact-up-to {}; shortest paths from {} sources drawn "
          "uniformly (seed {}; Brandes-Pich), each value +- its error, the half-width of a 95% interval by Chebyshev's "
          "inequality (4.47 standard errors estimated from the sample; docs/central.md)",
          "tilnærmet: modellen har {} entiteter, over --exact-up-to {}; korteste stier fra {} kilder trukket "
          "ligeligt (seed {}; Brandes-Pich), hver værdi +- sin fejl, den halve bredde af et 95 %-interval efter "
          "Chebyshevs ulighed (4,47 standardfejl skønnet ud fra stikprøven; docs/central.md)"},
    Words{QueryWord::neighbours_curated, "only the entities whose shortest path rests on a curated relation",
          "kun de entiteter, hvis korteste sti bygger på en relation udledt af redaktionen"},
    Words{QueryWord::matrix_cells,
          "each cell is the strongest link; 'vidensgraf query challenges PROJECT' gives every path",
          "hver celle er den stærkeste forbindelse; 'vidensgraf query challenges PROJEKT' giver alle stier"},
    Words{QueryWord::recommend_no_challenge,
          "no source links this project to a challenge area, so there is nothing to recommend for one",
          "ingen kilde forbinder projektet med et udfordringsområde, så der er intet at anbefale til et"},
    Words{QueryWord::recommend_nothing, "no other case, tool or advice addresses the project's challenge areas",
          "ingen anden case, intet værktøj og intet råd handler om projektets udfordringsområder"},
    Words{QueryWord::recommend_score,
          "score: per challenge area the item addresses, the area's weight for the project (stated 3, curated 2, "
          "indirect 1) times 2 for a stated link or 1 for a curated one",
          "point: for hvert udfordringsområde, emnet handler om, områdets vægt for projektet (angivet 3, udledt 2, "
          "indirekte 1) gange 2 for en angivet forbindelse eller 1 for en udledt"},
    Words{QueryWord::recommend_reason, "addresses {}{}, which the project meets {} (+{})",
          "handler om {}{}, som projektet møder {} (+{})"},
    Words{QueryWord::curated_link, " (curated link)", " (udledt forbindelse)"},
    Words{QueryWord::first_rows, "the first {} of {} rows; --limit 0 shows all",
          "de første {} af {} rækker; --limit 0 viser alle"},
    Words{QueryWord::no_rows, "(no rows)", "(ingen rækker)"},
    Words{QueryWord::tie, "tie", "delt"},
    Words{QueryWord::step_stated, "stated", "angivet"},
    Words{QueryWord::step_curated, "curated", "udledt"},
    Words{QueryWord::step_indirect, "indirect", "indirekte"},
};

constexpr bool in_order() {
  for (std::size_t i = 0; i < words.size(); ++i)
    if (static_cast<std::size_t>(words[i].key) != i) return false;
  return true;
}
static_assert(in_order() && words.size() == static_cast<std::size_t>(QueryWord::step_indirect) + 1,
              "one entry per QueryWord, in its order");

} // namespace

std::size_t query_word_count() noexcept {
  return words.size();
}

std::string_view query_word(QueryWord word, std::string_view language) noexcept {
  const auto& entry = words[static_cast<std::size_t>(word)];
  return language == "da" ? entry.da : entry.en;
}

std::string_view basis_word(std::string_view code, std::string_view language) noexcept {
  if (code == "curated") return query_word(QueryWord::step_curated, language);
  if (code == "indirect") return query_word(QueryWord::step_indirect, language);
  return query_word(QueryWord::step_stated, language);
}

} // namespace vidensgraf
