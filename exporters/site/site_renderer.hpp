// The site (exporters/site/site.hpp) one file at a time: which paths it has, and the bytes of any
// one of them rendered on request from the model. `vidensgraf site` renders every path through it
// (build_site) and `vidensgraf serve` renders what is asked for, so both give the same bytes and
// the server need not build the whole site before it answers. Knowing the paths costs nothing per
// entity: a path is parsed and looked up in the model's id index. What a file needs is gathered
// for it alone: an entity's documents its own triples (EntityTriples), its page its focus diagram.
// Only the dumps' sizes and digests, named by the catalogue records and the home page, need the
// whole data written: they are measured once, on the first file that needs them (dumps()).
#pragma once

#include "exporters/catalogue/dump_digest.hpp"
#include "exporters/site/site.hpp"
#include "model/model.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vidensgraf {

class SiteRenderer {
public:
  /// Throws UsageError without a base IRI. Keeps a reference to `model`, which must outlive it.
  SiteRenderer(const Model& model, SiteOptions options);
  ~SiteRenderer();
  SiteRenderer(const SiteRenderer&) = delete;
  SiteRenderer& operator=(const SiteRenderer&) = delete;

  /// The base IRI in effect.
  const std::string& base() const noexcept;

  /// Every path of the site once, in the order build_site adds them (its files' `sequence`).
  std::vector<std::string> paths() const;
  /// How many paths paths() gives, counted without listing them.
  std::size_t path_count() const;
  /// Whether the site has a file at `path` ("project/kol.html"); renders nothing.
  bool contains(std::string_view path) const;
  /// Whether rendering `path` writes the whole data: a dump, or a file that names the dumps'
  /// sizes (the catalogue records, the home page), whose first rendering measures every dump.
  bool writes_whole_data(std::string_view path) const;
  /// The file at `path`, rendered now; nothing when the site has no such file. Safe to call from
  /// several threads at once (Graphviz is drawn under its own lock). Throws InputError when the
  /// data cannot be written in the file's syntax (a C0 control in RDF/XML).
  std::optional<SiteFile> render(std::string_view path) const;

  /// The dumps' sizes and digests: measured on the first call (each dump written once through a
  /// digest and not kept; other callers wait for it), or what use_dumps gave.
  const std::vector<DumpFile>& dumps() const;
  /// Gives the dumps' sizes and digests measured elsewhere (build_site measures the dumps it
  /// holds), so dumps() need not write them again. Before the first call of dumps() only.
  void use_dumps(std::vector<DumpFile> dumps);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace vidensgraf
