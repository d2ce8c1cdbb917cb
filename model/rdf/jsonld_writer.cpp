// Hand-written compaction, because Debian has no C++ JSON-LD processor: it only needs to handle
// the term definitions of our own context (plain terms, "@type": "@id" / "@vocab" / a datatype,
// "@container": "@language"), and tests expand the output with jsonld.js and compare it with the
// Turtle export, so any mistake shows as a difference.
#include "model/rdf/jsonld_writer.hpp"

#include "model/dataset_location.hpp"
#include "model/error.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace vidensgraf {

using Json = nlohmann::ordered_json;

const std::string& jsonld_context_text() {
  static const std::string text(ontology_context_text());
  return text;
}

namespace {

/// A term definition of the context, with its IRI expanded.
struct TermDef {
  std::string name;
  std::string type; ///< "@id", "@vocab", a datatype IRI, or empty
  bool language_map = false;
};

/// The context, read for compaction.
class Context {
public:
  explicit Context(const Json& context) {
    std::vector<std::pair<std::string, Json>> defs;
    for (const auto& [key, value] : context.items()) {
      if (key.starts_with('@')) continue;
      if (value.is_string()) {
        const auto& s = value.get_ref<const std::string&>();
        if (s.starts_with('@')) continue; // keyword alias
        if (s.ends_with('#') || s.ends_with('/')) {
          prefixes_.emplace_back(key, s);
          continue;
        }
      }
      defs.emplace_back(key, value);
    }
    for (const auto& [key, value] : defs) {
      if (value.is_string()) {
        const auto iri = expand(value.get<std::string>());
        names_.emplace(iri, key);
        primary_.try_emplace(iri, TermDef{key, {}, false});
        continue;
      }
      const auto iri = expand(value.at("@id").get<std::string>());
      names_.emplace(iri, key);
      TermDef def{key, value.contains("@type") ? value["@type"].get<std::string>() : std::string{},
                  value.value("@container", std::string{}) == "@language"};
      if (!def.type.empty() && !def.type.starts_with('@')) def.type = expand(def.type);
      if (def.language_map)
        language_maps_.try_emplace(iri, def);
      else
        primary_.try_emplace(iri, def);
    }
  }

  std::string expand(const std::string& value) const {
    const auto colon = value.find(':');
    if (colon != std::string::npos)
      for (const auto& [prefix, ns] : prefixes_)
        if (value.compare(0, colon, prefix) == 0 && prefix.size() == colon) return ns + value.substr(colon + 1);
    return value;
  }

  /// A compact IRI (prefix:local) for `iri`, or the IRI itself.
  std::string compact(const std::string& iri) const {
    const std::pair<std::string, std::string>* best = nullptr;
    for (const auto& p : prefixes_)
      if (iri.starts_with(p.second) && iri.size() > p.second.size() && (!best || p.second.size() > best->second.size()))
        best = &p;
    return best ? best->first + ":" + iri.substr(best->second.size()) : iri;
  }

  /// The term for `iri` when the context has a plain one (for types and @vocab values), else a compact IRI.
  std::string vocab(const std::string& iri) const {
    const auto it = names_.find(iri);
    return it != names_.end() ? it->second : compact(iri);
  }

  const TermDef* primary(const std::string& iri) const {
    const auto it = primary_.find(iri);
    return it == primary_.end() ? nullptr : &it->second;
  }
  const TermDef* language_map(const std::string& iri) const {
    const auto it = language_maps_.find(iri);
    return it == language_maps_.end() ? nullptr : &it->second;
  }

private:
  std::vector<std::pair<std::string, std::string>> prefixes_;
  std::map<std::string, std::string> names_;
  std::map<std::string, TermDef> primary_;
  std::map<std::string, TermDef> language_maps_;
};

class NodeBuilder {
public:
  NodeBuilder(const Context& context, const std::string& base) : context_(context), base_(base) {}

  /// An IRI as written in "@id" positions: relative to the base where that is safe.
  std::string id(const std::string& iri) const {
    if (base_.ends_with('/') && iri.starts_with(base_) && iri.size() > base_.size()) {
      auto rest = iri.substr(base_.size());
      // A relative reference must not look like a scheme, a network path or a dot segment.
      if (rest.find(':') == std::string::npos && !rest.starts_with('/') && !rest.starts_with('.') &&
          !rest.starts_with('#') && !rest.starts_with('?'))
        return rest;
    }
    return iri;
  }

  Json node(const std::string& subject, const std::vector<std::pair<std::string, Term>>& properties) const {
    std::map<std::string, std::vector<Json>> values;
    std::map<std::string, std::map<std::string, std::vector<std::string>>> language_maps;
    std::vector<std::string> types;
    for (const auto& [predicate, object] : properties) {
      if (predicate == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" && object.is_iri()) {
        types.push_back(context_.vocab(object.value));
        continue;
      }
      if (object.is_literal() && !object.language.empty()) {
        if (const auto* map = context_.language_map(predicate)) {
          language_maps[map->name][object.language].push_back(object.value);
          continue;
        }
      }
      const auto* def = context_.primary(predicate);
      const std::string key = def ? def->name : context_.compact(predicate);
      const std::string type = def ? def->type : std::string{};
      values[key].push_back(value(object, type));
    }
    Json out;
    out["id"] = id(subject);
    std::sort(types.begin(), types.end());
    if (types.size() == 1)
      out["type"] = types.front();
    else if (!types.empty())
      out["type"] = types;
    std::map<std::string, Json> keyed;
    for (auto& [key, list] : values) {
      std::sort(list.begin(), list.end(), [](const Json& a, const Json& b) { return a.dump() < b.dump(); });
      keyed[key] = list.size() == 1 ? list.front() : Json(list);
    }
    for (auto& [key, languages] : language_maps) {
      Json map = Json::object();
      for (auto& [lang, texts] : languages) {
        std::sort(texts.begin(), texts.end());
        map[lang] = texts.size() == 1 ? Json(texts.front()) : Json(texts);
      }
      keyed[key] = std::move(map);
    }
    for (auto& [key, v] : keyed)
      out[key] = std::move(v);
    return out;
  }

private:
  Json value(const Term& object, const std::string& type) const {
    if (object.is_iri()) {
      if (type == "@id") return id(object.value);
      if (type == "@vocab") return context_.vocab(object.value);
      return Json{{"@id", id(object.value)}};
    }
    if (object.is_blank()) return Json{{"@id", "_:" + object.value}};
    if (!object.language.empty()) return Json{{"@value", object.value}, {"@language", object.language}};
    if (object.datatype == type && !type.starts_with('@')) return object.value; // also plain under a plain term
    if (object.datatype.empty()) return Json{{"@value", object.value}};
    return Json{{"@value", object.value}, {"@type", context_.compact(object.datatype)}};
  }

  const Context& context_;
  const std::string& base_;
};

} // namespace

void write_jsonld(std::ostream& out, const TripleProducer& produce, const std::string& base) {
  const Json published = Json::parse(jsonld_context_text());
  const Json& context_json = published.at("@context");
  const Context context(context_json);
  std::map<std::string, std::vector<std::pair<std::string, Term>>> subjects;
  produce([&](const Triple& t) {
    const std::string key = t.subject.is_blank() ? "_:" + t.subject.value : t.subject.value;
    subjects[key].emplace_back(t.predicate.value, t.object);
  });
  const NodeBuilder builder(context, base);
  Json document;
  if (base.ends_with('/'))
    document["@context"] = Json::array({context_json, Json{{"@base", base}}});
  else
    document["@context"] = context_json;
  Json graph = Json::array();
  for (const auto& [subject, properties] : subjects) {
    // Triples repeated in several named graphs are one triple here.
    auto unique = properties;
    std::sort(unique.begin(), unique.end(), [](const auto& a, const auto& b) {
      return std::tie(a.first, a.second.value, a.second.language, a.second.datatype, a.second.type) <
             std::tie(b.first, b.second.value, b.second.language, b.second.datatype, b.second.type);
    });
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    graph.push_back(builder.node(subject, unique));
  }
  document["@graph"] = std::move(graph);
  out << document.dump(2) << '\n';
  if (!out) throw OutputError("the JSON-LD output could not be written (disk full or closed pipe?)");
}

} // namespace vidensgraf
