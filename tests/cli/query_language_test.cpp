// One language per answer: every entry of the query words (model/query/query_words.hpp) exists
// in English and Danish with the same blanks, and an answer under --lang da holds no word that
// only the English entries use (and under --lang en, no Danish one in its notes). Each query is
// run in the situations that give its notes: found, nothing found, a limit, each basis, and the
// approximate centrality.
#include "model/query/query_words.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <vector>

using namespace vidensgraf;

namespace {

std::size_t blanks(std::string_view text) {
  std::size_t n = 0;
  for (auto at = text.find("{}"); at != std::string_view::npos; at = text.find("{}", at + 2))
    ++n;
  return n;
}

// Lower-case words of three or more letters; a word with '_' or '-' inside (an option or a
// column name) counts as one.
std::set<std::string> words_of(std::string_view text) {
  std::set<std::string> out;
  std::string word;
  for (const char c : std::string(text) + " ") {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalpha(u) || ((c == '_' || c == '-') && !word.empty())) {
      word += static_cast<char>(std::tolower(u));
    } else {
      if (word.size() >= 3) out.insert(word);
      word.clear();
    }
  }
  return out;
}

std::set<std::string> only_in(std::string_view lang) {
  std::set<std::string> mine, theirs;
  for (std::size_t i = 0; i < query_word_count(); ++i) {
    mine.merge(words_of(query_word(static_cast<QueryWord>(i), lang)));
    theirs.merge(words_of(query_word(static_cast<QueryWord>(i), lang == "da" ? "en" : "da")));
  }
  std::set<std::string> out;
  for (const auto& w : mine)
    if (!theirs.contains(w)) out.insert(w);
  return out;
}

const std::vector<std::vector<std::string>>& situations() {
  static const std::vector<std::vector<std::string>> all{
      {"challenges", "rehabilitering-aalborg"},
      {"challenges", "almen-praksis-medcom"},
      {"challenges", "rehabilitering-aalborg", "--basis", "curated"},
      {"challenges", "rehabilitering-aalborg", "--basis", "stated"},
      {"projects", "etik"},
      {"projects", "leverandoerer"},
      {"projects", "etik", "--basis", "curated", "--limit", "1"},
      {"path", "kol-region-nord", "etik"},
      {"path", "kol-region-nord", "etik", "--basis", "curated"},
      {"path", "rehabilitering-aalborg", "etik", "--basis", "curated"},
      {"path", "kol-region-nord", "aalborg-kommune", "--limit", "1"},
      {"neighbours", "kol-region-nord", "--limit", "2"},
      {"neighbours", "kol-region-nord", "--basis", "curated"},
      {"similar", "kol-region-nord", "--limit", "2"},
      {"recommend", "rehabilitering-aalborg"},
      {"recommend", "kol-region-nord"},
      {"central", "--limit", "3"},
      {"central", "--limit", "3", "--basis", "stated"},
      {"central", "--limit", "3", "--basis", "curated"},
      {"central", "--limit", "3", "--exact-up-to", "10", "--samples", "8"},
      {"matrix"},
  };
  return all;
}

// The notes and every text cell of a JSON answer but the codes: kinds and relations by their
// ontology names, directions, and bases by the words --basis takes (the matrix's cells too).
std::vector<std::string> texts_of(const nlohmann::json& answer, bool cells) {
  static const std::set<std::string> code_columns{"basis", "kind", "to_kind", "relation", "direction"};
  static const std::set<std::string> basis_codes{"stated", "curated", "indirect", "none"};
  std::vector<std::string> out;
  for (const auto& note : answer["notes"])
    out.push_back(note.get<std::string>());
  if (cells)
    for (const auto& row : answer["rows"])
      for (const auto& [key, value] : row.items())
        if (value.is_string() && !code_columns.contains(key) && !basis_codes.contains(value.get<std::string>()))
          out.push_back(value.get<std::string>());
  return out;
}

} // namespace

TEST_CASE("every query word is in English and Danish with the same blanks", "[query][language]") {
  REQUIRE(query_word_count() > 20);
  for (std::size_t i = 0; i < query_word_count(); ++i) {
    const auto en = query_word(static_cast<QueryWord>(i), "en");
    const auto da = query_word(static_cast<QueryWord>(i), "da");
    INFO(i << ": '" << en << "' / '" << da << "'");
    CHECK_FALSE(en.empty());
    CHECK_FALSE(da.empty());
    CHECK(en != da);
    CHECK(blanks(en) == blanks(da));
  }
}

TEST_CASE("an answer under --lang da holds no English word, and its notes under --lang en no Danish one",
          "[cli][query][language]") {
  for (const std::string lang : {"da", "en"}) {
    const std::set<std::string> foreign = only_in(lang == "da" ? "en" : "da");
    REQUIRE(foreign.contains(lang == "da" ? "shortest" : "korteste"));
    std::size_t notes = 0;
    for (auto args : situations()) {
      args.insert(args.begin(), "query");
      args.insert(args.end(), {"--lang", lang, "--format", "json", test::bundled_dataset().string()});
      const auto run = test::run_vidensgraf(args);
      INFO("vidensgraf " << args[1] << " " << args[2] << " --lang " << lang << "\n" << run.err);
      REQUIRE(run.exit_code == 0);
      const auto answer = nlohmann::json::parse(run.out);
      notes += answer["notes"].size();
      for (const auto& text : texts_of(answer, lang == "da"))
        for (const auto& word : words_of(text)) {
          INFO("'" << word << "' in: " << text);
          CHECK_FALSE(foreign.contains(word));
        }
    }
    CHECK(notes > situations().size()); // the notes were there to be read
  }
}
