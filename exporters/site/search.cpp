// Search without a server: the site writes its own index (search-index.js: every entity's labels,
// alternative labels and descriptions in every language, its kind and page) and a small script
// of ours (search.js) that the search page (search.html) loads from beside it; no external
// resource, and a script file, not a JSON fetch, so that it works from the file system too. The
// script fills the results with textContent only, never markup. Without JavaScript the search
// page still lists where everything is (the kinds' pages).
#include "exporters/site/html_escape.hpp"
#include "exporters/site/detail.hpp"
#include "exporters/site/page.hpp"

#include <nlohmann/json.hpp>

namespace vidensgraf::detail {

namespace {

/// Every value of `attribute` of `v` in every language, for the index.
nlohmann::json texts_of(const Model& model, Vertex v, std::optional<AttributeId> attribute) {
  nlohmann::json out = nlohmann::json::array();
  if (!attribute) return out;
  for (const auto& value : model.entity(v).values)
    if (value.attribute == *attribute) out.push_back(value.value);
  return out;
}

/// The page's file name in the page's language (a form's action is not rewritten like links).
std::string danish_page_path_if(std::string_view ui, std::string_view page) {
  return ui == "da" ? danish_page_path(page) : std::string(page);
}

} // namespace

std::string search_index_js(const Model& model) {
  const Schema& schema = model.schema();
  const auto label = schema.require_attribute("label");
  nlohmann::json entries = nlohmann::json::array();
  for (const auto v : model.sorted_entities()) {
    const KindDef& kind = schema.kind(model.entity(v).kind);
    entries.push_back({{"page", entity_path(model, v, "")},
                       {"en", std::string(model.label(v, "en"))},
                       {"da", std::string(model.label(v, "da"))},
                       {"kind_en", std::string(kind.labels.get("en"))},
                       {"kind_da", std::string(kind.labels.get("da"))},
                       {"text", texts_of(model, v, label)},
                       {"alt", texts_of(model, v, schema.find_attribute("altLabel"))},
                       {"description", texts_of(model, v, schema.find_attribute("description"))}});
  }
  // JSON is a JavaScript expression; "</" cannot end a script element here, as the file is loaded
  // by src, but json_for_script's escaping keeps it safe to inline as well.
  return "// The search index of the site, written by vidensgraf with the site (search.js reads it).\n"
         "window.vidensgrafSearchIndex = " +
         json_for_script(entries.dump()) + ";\n";
}

std::string_view search_script() {
  return R"js(// The site's search (written by vidensgraf): finds entities whose labels, alternative labels or
// descriptions, in any language, hold every word typed; results link to the pages in the page's
// language. Text is set with textContent only.
(function () {
  'use strict';
  var index = window.vidensgrafSearchIndex || [];
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  if (!form || !input || !status || !list) return;
  var da = document.documentElement.lang === 'da';
  var root = form.getAttribute('data-root') || '';
  function fold(s) {
    return String(s).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }
  var haystacks = index.map(function (e) {
    return fold([e.en, e.da].concat(e.text, e.alt, e.description).join(' '));
  });
  function show(query) {
    var words = fold(query).split(/\s+/).filter(function (w) { return w.length > 0; });
    while (list.firstChild) list.removeChild(list.firstChild);
    if (words.length === 0) { status.textContent = ''; return; }
    var found = 0;
    index.forEach(function (e, i) {
      if (!words.every(function (w) { return haystacks[i].indexOf(w) >= 0; })) return;
      ++found;
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + e.page + (da ? 'da.html' : 'html');
      link.textContent = da ? e.da : e.en;
      item.appendChild(link);
      item.appendChild(document.createTextNode(' (' + (da ? e.kind_da : e.kind_en) + ')'));
      list.appendChild(item);
    });
    status.textContent = da ? (found === 1 ? '1 resultat' : found + ' resultater')
                            : (found === 1 ? '1 result' : found + ' results');
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(input.value);
    if (window.history && window.history.replaceState && location.protocol !== 'file:')
      window.history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
  });
  input.addEventListener('input', function () { show(input.value); });
  var asked = new URLSearchParams(location.search).get('q');
  if (asked) { input.value = asked; show(asked); }
})();
)js";
}

std::string search_page(const SiteContext& site) {
  const auto t = [&](const char* en, const char* da) { return std::string(ui_text(site.ui, en, da)); };
  const Schema& schema = site.model.schema();
  PageFrame frame;
  frame.title = t("Search", "Søg") + " — " + std::string(site.model.metadata().title.get(site.ui));
  frame.ui = site.ui;
  frame.self = "search.html";
  std::string body = "<h1>" + t("Search", "Søg") + "</h1>\n";
  body += "<form id=\"search-form\" role=\"search\" method=\"get\" action=\"" +
          danish_page_path_if(site.ui, "search.html") + "\">\n<p><label for=\"q\">" +
          t("Words from a name or a description, in Danish or English",
            "Ord fra et navn eller en beskrivelse, på dansk eller engelsk") +
          "</label></p>\n<p><input type=\"search\" id=\"q\" name=\"q\" size=\"40\"/> <button type=\"submit\">" +
          t("Search", "Søg") + "</button></p>\n</form>\n";
  body += "<p id=\"search-status\" role=\"status\"></p>\n<ul id=\"search-results\"></ul>\n";
  body += "<noscript><p>" +
          t("The search needs JavaScript. Everything is also listed by kind:",
            "Søgningen kræver JavaScript. Alt står også opført efter type:") +
          "</p></noscript>\n<h2>" + t("Everything by kind", "Alt efter type") + "</h2>\n<ul>\n";
  for (KindId k = 0; k < schema.kinds().size(); ++k)
    body += "<li><a href=\"" + html_escape(schema.kind(k).segment) + "/index.html\">" +
            in_language(schema.kind(k).labels, site.ui) + "</a></li>\n";
  body += "</ul>\n<script src=\"search-index.js\"></script>\n<script src=\"search.js\"></script>\n";
  return render_page(frame, body);
}

} // namespace vidensgraf::detail
