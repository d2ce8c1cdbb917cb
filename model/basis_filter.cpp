#include "model/basis_filter.hpp"

#include "model/error.hpp"

#include <string>

namespace vidensgraf {

std::string_view basis_filter_name(BasisFilter filter) noexcept {
  switch (filter) {
  case BasisFilter::stated:
    return "stated";
  case BasisFilter::curated:
    return "curated";
  case BasisFilter::any:
    return "any";
  }
  return "any";
}

BasisFilter parse_basis_filter(std::string_view text) {
  for (auto f : {BasisFilter::stated, BasisFilter::curated, BasisFilter::any})
    if (text == basis_filter_name(f)) return f;
  throw UsageError("unknown basis '" + std::string(text) + "'; use stated, curated or any");
}

bool basis_passes(BasisFilter filter, bool any_curated) noexcept {
  switch (filter) {
  case BasisFilter::stated:
    return !any_curated;
  case BasisFilter::curated:
    return any_curated;
  case BasisFilter::any:
    return true;
  }
  return true;
}

bool path_passes(const ConnectionPath& path, BasisFilter filter) noexcept {
  return basis_passes(filter, path.any_curated());
}

} // namespace vidensgraf
