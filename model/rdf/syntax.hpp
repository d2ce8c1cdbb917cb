// The RDF syntaxes vidensgraf writes and reads, with their names, media types and extensions.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace vidensgraf {

/// An RDF syntax.
enum class RdfFormat { turtle, ntriples, nquads, rdfxml, rdfjson, jsonld };

/// Facts about one syntax.
struct RdfFormatInfo {
  RdfFormat format;
  std::string_view name;       ///< the --format name, e.g. "turtle"
  std::string_view raptor;     ///< Raptor's serializer and parser name ("" for JSON-LD)
  std::string_view media_type; ///< IANA media type, e.g. "text/turtle"
  std::string_view extension;  ///< file extension without dot, e.g. "ttl"
  std::string_view title;      ///< human name, e.g. "Turtle"
};

/// Every syntax, in the order the CLI lists them.
inline constexpr std::array<RdfFormatInfo, 6> rdf_formats{{
    {RdfFormat::turtle, "turtle", "turtle", "text/turtle", "ttl", "Turtle"},
    {RdfFormat::ntriples, "ntriples", "ntriples", "application/n-triples", "nt", "N-Triples"},
    {RdfFormat::nquads, "nquads", "nquads", "application/n-quads", "nq", "N-Quads"},
    {RdfFormat::rdfxml, "rdfxml", "rdfxml", "application/rdf+xml", "rdf", "RDF/XML"},
    {RdfFormat::rdfjson, "rdfjson", "json", "application/rdf+json", "rj", "RDF/JSON"},
    {RdfFormat::jsonld, "jsonld", "", "application/ld+json", "jsonld", "JSON-LD"},
}};

/// Facts about a syntax.
constexpr const RdfFormatInfo& info(RdfFormat format) {
  return rdf_formats[static_cast<std::size_t>(format)];
}

/// Another extension a file in a syntax goes by.
struct RdfExtensionAlias {
  std::string_view extension; ///< without dot
  RdfFormat format;
  bool written; ///< `export -o` takes it too; else it is only read (import)
};

/// The extensions besides each syntax's own.
inline constexpr std::array<RdfExtensionAlias, 3> rdf_extension_aliases{{
    {"json", RdfFormat::rdfjson, true},
    {"owl", RdfFormat::rdfxml, false},
    {"xml", RdfFormat::rdfxml, false},
}};

/// The syntax a file extension (without dot) names: a syntax's own extension, or an alias
/// (`reading`: also those only read); nothing when unknown.
constexpr std::optional<RdfFormat> rdf_format_for_extension(std::string_view extension, bool reading) {
  for (const auto& f : rdf_formats)
    if (f.extension == extension) return f.format;
  for (const auto& a : rdf_extension_aliases)
    if (a.extension == extension && (reading || a.written)) return a.format;
  return std::nullopt;
}

/// The syntax with this --format name; nothing when unknown.
constexpr std::optional<RdfFormat> find_rdf_format(std::string_view name) {
  for (const auto& f : rdf_formats)
    if (f.name == name) return f.format;
  return std::nullopt;
}

} // namespace vidensgraf
