// The static site: well-formed pages, resolving links, JSON-LD isomorphic to each entity's Turtle,
// RDF documents readable by rapper, hostile data shown as text, deterministic output.
#include "exporters/site/html_escape.hpp"
#include "support/rdf_tools.hpp"
#include "exporters/site/site.hpp"
#include "model/dataset_loader.hpp"
#include "support/test_support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using namespace vidensgraf;
using namespace vidensgraf::test;

namespace {

std::string site_check() {
  return (source_dir() / "tests" / "exporters" / "site" / "site_check.py").string();
}

/// The site of `dataset` written by the CLI into a fresh work folder.
fs::path write_site_of(const fs::path& dataset, const std::string& name, const std::vector<std::string>& more = {}) {
  const fs::path out = work_dir(name) / "site";
  std::vector<std::string> args{"site", "-o", out.string()};
  args.insert(args.end(), more.begin(), more.end());
  args.push_back(dataset.string());
  const auto run = run_vidensgraf(args);
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return out;
}

nlohmann::json describe(const fs::path& page) {
  const auto run = run_program({"/usr/bin/python3", site_check(), "page", page.string()});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return nlohmann::json::parse(run.out);
}

} // namespace

TEST_CASE("html_escape replaces the five markup characters and nothing else", "[site]") {
  CHECK(html_escape("<a href=\"x\">Tom & 'Jerry'</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
  CHECK(html_escape("æøå §") == "æøå §");
  CHECK(json_for_script(R"({"a":"</script><!--&"})") == R"({"a":"\u003c/script\u003e\u003c!--\u0026"})");
  CHECK(nlohmann::json::parse(json_for_script(R"({"a":"</script>&"})"))["a"] == "</script>&");
}

TEST_CASE("every page of the bundled dataset's site is well-formed and every internal link resolves", "[site]") {
  const auto site = write_site_of(bundled_dataset(), "site_bundled_pages");
  for (const auto* file :
       {"index.html", "style.css", ".htaccess", "nginx.conf", "ontology/index.html", "ontology/vidensgraf.ttl",
        "ontology/shapes.ttl", "ontology/context.jsonld", "dataset.ttl", "downloads/data.ttl", "downloads/data.nq",
        "project/index.html", "query.html", "search.html", "search.da.html", "search.js", "search-index.js"})
    CHECK(fs::is_regular_file(site / file));
  const auto run = run_program({"/usr/bin/python3", site_check(), "pages", site.string()});
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
}

TEST_CASE("every interface string of the bundled site has both languages", "[site]") {
  // site_check.py lists each text an English page shares with its Danish twin that is not data.
  const auto site = write_site_of(bundled_dataset(), "site_interface_languages");
  const auto run = run_program({"/usr/bin/python3", site_check(), "languages", site.string()});
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  CHECK(run.err.find(" page pairs") != std::string::npos);
}

TEST_CASE("the JSON-LD embedded in each entity page is isomorphic to the entity's Turtle", "[site]") {
  const auto site = write_site_of(bundled_dataset(), "site_bundled_jsonld", {"--no-diagrams"});
  const auto run = run_program({"/usr/bin/python3", site_check(), "jsonld", site.string()});
  INFO(run.out << run.err);
  CHECK(run.exit_code == 0);
  const Model model = load_dataset_or_throw(bundled_dataset());
  CHECK(run.out == std::to_string(2 * model.entity_count()) + "\n"); // two pages per entity: en, da
}

TEST_CASE("an entity's documents are readable RDF that agree with each other and with the dump", "[site]") {
  const auto site = write_site_of(bundled_dataset(), "site_bundled_documents", {"--no-diagrams"});
  const fs::path doc = site / "project" / "kol-region-nord";
  const auto turtle = rapper_count(fs::path(doc.string() + ".ttl"), "turtle");
  REQUIRE(turtle);
  CHECK(*turtle > 10);
  CHECK(rapper_count(fs::path(doc.string() + ".nt"), "ntriples") == turtle);
  CHECK(rapper_count(fs::path(doc.string() + ".rdf"), "rdfxml") == turtle);
  CHECK(rdflib_difference(fs::path(doc.string() + ".ttl"), "turtle", fs::path(doc.string() + ".jsonld"), "json-ld")
            .empty());
  CHECK(rapper_count(site / "downloads" / "data.ttl", "turtle") ==
        rapper_count(site / "downloads" / "data.nt", "ntriples"));
  // The page names its alternates.
  const std::string page = read_file(fs::path(doc.string() + ".html"));
  CHECK(page.find("<link rel=\"alternate\" type=\"text/turtle\" href=\"kol-region-nord.ttl\"/>") != std::string::npos);
  CHECK(page.find("<link rel=\"alternate\" type=\"application/ld+json\" href=\"kol-region-nord.jsonld\"/>") !=
        std::string::npos);
}

TEST_CASE("hostile labels, descriptions, notes and sections are shown as text", "[site]") {
  const auto site = write_site_of(data_dir() / "site", "site_hostile");
  const auto check = run_program({"/usr/bin/python3", site_check(), "pages", site.string()});
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
  const auto jsonld = run_program({"/usr/bin/python3", site_check(), "jsonld", site.string()});
  INFO(jsonld.out << jsonld.err);
  CHECK(jsonld.exit_code == 0);

  // One language per page: the English label in the heading, the Danish one as the original.
  const auto page = describe(site / "project" / "evil.html");
  CHECK(page["h1"].get<std::string>() == "Quotes \" and ' & <b>bold</b>");
  CHECK(page["text"].get<std::string>().find("<script>alert(1)</script>") != std::string::npos);
  const auto danish = describe(site / "project" / "evil.da.html");
  CHECK(danish["h1"].get<std::string>() == "<script>alert(1)</script>");
  CHECK(page["scripts"] == nlohmann::json::array({"application/ld+json"}));
  const auto elements = page["body_elements"];
  for (const auto* injected : {"script", "img", "b", "i", "em", "title"})
    CHECK(std::find(elements.begin(), elements.end(), injected) == elements.end());
  const std::string text = page["text"];
  CHECK(text.find("A ]]> CDATA end & &amp; entity") != std::string::npos);
  CHECK(danish["text"].get<std::string>().find("</script><script>alert(3)</script> <!-- comment") != std::string::npos);
  CHECK(text.find("Note with <img src=x onerror=alert(4)> & \"quotes\"") != std::string::npos);
  CHECK(text.find("<h1>Afsnit</h1>") != std::string::npos);

  const std::string raw = read_file(site / "project" / "evil.html");
  CHECK(raw.find("<script>alert") == std::string::npos);
  CHECK(raw.find("\\u003c/script\\u003e") != std::string::npos); // inside the JSON-LD
  const auto home = describe(site / "index.da.html");
  CHECK(home["h1"].get<std::string>().find("<i>kursiv</i>") != std::string::npos);
  CHECK(home["scripts"].empty());
}

TEST_CASE("the site is deterministic", "[site]") {
  const Model model = load_dataset_or_throw(data_dir() / "site");
  const SiteFiles a = build_site(model, SiteOptions{});
  const SiteFiles b = build_site(model, SiteOptions{});
  REQUIRE(a.size() == b.size());
  for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
    INFO(i->first);
    CHECK(i->first == j->first);
    CHECK(i->second.body == j->second.body);
  }
  // 5 entities with 5 documents and a Danish page each, 12 kind pages and home in English and
  // Danish, ontology (4 files and a Danish page), description (4 for DCAT-AP, 4 for DCAT-AP-DK),
  // dumps (6), stylesheet, icon
  // and four server configurations (.htaccess and nginx.conf for a static host, nginx-proxy.conf and
  // apache-proxy.conf for a proxy in front of `vidensgraf serve`), the fixture's one concept
  // scheme (challenge areas) in 4 RDF documents, and the query and search pages in both languages
  // with the search's index and script.
  CHECK(a.size() == 5 * 6 + 2 * model.schema().kinds().size() + 2 + 5 + 4 + 4 + 6 + 6 + 4 + 2 + 2 + 2);
}

TEST_CASE("a concept scheme has documents of its own: the scheme and its concepts' membership", "[site]") {
  const auto site = write_site_of(data_dir() / "site", "site_schemes");
  const auto turtle = site / "challenge.ttl";
  REQUIRE(std::filesystem::exists(turtle));
  const auto count = rapper_count(turtle, "turtle");
  REQUIRE(count);
  CHECK(rapper_count(site / "challenge.rdf", "rdfxml") == count);
  CHECK(rapper_count(site / "challenge.nt", "ntriples") == count);
  const std::string text = read_file(site / "challenge.nt");
  const std::string scheme = "<https://example.org/hostile/challenge>";
  CHECK_THAT(text, Catch::Contains(scheme + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                                            "<http://www.w3.org/2004/02/skos/core#ConceptScheme> ."));
  CHECK_THAT(text, Catch::Contains("<http://www.w3.org/2004/02/skos/core#inScheme> " + scheme + " ."));
  // Every triple is about the scheme or says a concept is in it.
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    INFO(line);
    CHECK((line.starts_with(scheme + " ") || line.ends_with(" " + scheme + " .")));
  }
  CHECK_FALSE(std::filesystem::exists(site / "project.ttl")); // projects are not a concept scheme
}

TEST_CASE("every page has a Danish twin for the interface text, and each links within its language", "[site]") {
  const auto site = write_site_of(data_dir() / "site", "site_languages");
  for (const auto* name : {"index", "project/index", "project/evil", "ontology/index"}) {
    INFO(name);
    const auto en = describe(site / (std::string(name) + ".html"));
    const auto da = describe(site / (std::string(name) + ".da.html"));
    CHECK(en["lang"] == "en");
    CHECK(da["lang"] == "da");
    CHECK(en["h1"] != da["h1"]);     // one language per page: the data's labels too
    CHECK(en["text"] != da["text"]); // the interface text
    // Relative links to pages stay in the page's language, but for the switch (hreflang).
    const auto page_links = [](const nlohmann::json& page, bool danish) {
      std::size_t same = 0, other = 0;
      for (const auto& link : page["links"]) {
        const std::string href = link[0];
        const std::string path = href.substr(0, href.find('#'));
        if (href.find(':') != std::string::npos || !path.ends_with(".html")) continue;
        const bool is_danish = path.ends_with(".da.html");
        if (is_danish == danish) {
          ++same;
        } else {
          ++other;
          CHECK(link[1] == (danish ? "en" : "da"));
        }
      }
      CHECK(same >= 4);
      CHECK(other == 2); // <link rel="alternate" hreflang> and the switch in the navigation
    };
    page_links(en, false);
    page_links(da, true);
  }
  const auto evil = describe(site / "project" / "evil.da.html");
  CHECK(std::find(evil["h2"].begin(), evil["h2"].end(), "Relationer") != evil["h2"].end());
  const auto links = evil["links"].dump();
  CHECK(links.find("../organisation/org.da.html") != std::string::npos); // relations and the diagram
}
