// Grammar that code can check in messages: "a"/"an" before a kind name (model/english.cpp), and
// the message templates in the sources (string literals) free of a wrong article or a doubled word.
#include "model/english.hpp"
#include "model/schema.hpp"
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

using namespace vidensgraf;
namespace fs = std::filesystem;

TEST_CASE("the indefinite article is the one spoken before the word", "[english]") {
  CHECK(with_article("Organisation") == "an Organisation");
  CHECK(with_article("Advice") == "an Advice");
  CHECK(with_article("Project") == "a Project");
  CHECK(with_article("ChallengeArea") == "a ChallengeArea");
  CHECK(with_article("RDF file") == "an RDF file");
  CHECK(with_article("DCAT catalogue") == "a DCAT catalogue");
  CHECK(with_article("url") == "a url");
  CHECK(with_article("issued") == "an issued");
  for (const auto& kind : Schema::builtin().kinds()) {
    INFO(kind.name);
    const bool vowel = std::string("AEIOU").find(kind.name.front()) != std::string::npos;
    CHECK(indefinite_article(kind.name) == (vowel ? "an" : "a"));
  }
}

TEST_CASE("a kind named in a message has the right article", "[english][cli]") {
  const auto r = test::run_vidensgraf({"query", "challenges", "regeringen"});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "vidensgraf: 'regeringen' is an Organisation, not a Project\n");
}

TEST_CASE("message templates have no article before a name filled in later, no wrong article and no doubled word",
          "[english]") {
  const std::regex literal(R"re("((?:[^"\\\n]|\\.)*)")re");
  const std::regex article_before_name(R"((^|\s)an?\s*$)");                           // "is a " + kind
  const std::regex a_before_vowel(R"(\ba [aeiouAEIOU]\w)");                           // "a Organisation"
  const std::regex an_before_consonant(R"(\ban [b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]\w)"); // "an Project"
  const std::regex doubled(R"(\b(\w+) \1\b)", std::regex::icase);
  const std::regex allowed(R"(\ban (RDF|https?)\b|\ba u(rl|ser|ni)\w*)"); // spoken "an ar-", "an aitch-", "a you-"
  std::size_t templates = 0;
  for (const char* folder : {"model", "exporters", "cli", "server", "sparql"})
    for (const auto& entry : fs::recursive_directory_iterator(test::source_dir() / folder)) {
      const auto ext = entry.path().extension();
      if (ext != ".cpp" && ext != ".hpp") continue;
      std::ifstream in(entry.path());
      std::size_t number = 0;
      for (std::string line; std::getline(in, line);) {
        ++number;
        if (line.find_first_not_of(' ') != std::string::npos &&
            line.substr(line.find_first_not_of(' ')).starts_with("//"))
          continue;
        for (std::sregex_iterator m(line.begin(), line.end(), literal), end; m != end; ++m) {
          ++templates;
          const std::string text = (*m)[1].str();
          const std::string after = line.substr(m->position() + m->length());
          const std::string cleaned = std::regex_replace(text, allowed, "");
          INFO(entry.path().string() << ":" << number << ": \"" << text << "\"");
          CHECK_FALSE((std::regex_search(text, article_before_name) &&
                       after.find_first_not_of(' ') != std::string::npos &&
                       after[after.find_first_not_of(' ')] == '+'));
          CHECK_FALSE(std::regex_search(cleaned, a_before_vowel));
          CHECK_FALSE(std::regex_search(cleaned, an_before_consonant));
          CHECK_FALSE(std::regex_search(text, doubled));
        }
      }
    }
  CHECK(templates > 1000);
}
