#include "model/diagnostics.hpp"

#include <algorithm>
#include <ostream>
#include <tuple>

namespace vidensgraf {

void Diagnostics::error(Location where, std::string message) {
  items_.push_back({std::move(where), Severity::error, std::move(message)});
  ++errors_;
}

void Diagnostics::warning(Location where, std::string message) {
  items_.push_back({std::move(where), Severity::warning, std::move(message)});
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.where.file;
  if (d.where.line > 0) {
    out += ':' + std::to_string(d.where.line);
    if (d.where.column > 0) out += ':' + std::to_string(d.where.column);
  }
  out += d.severity == Severity::error ? ": error: " : ": warning: ";
  out += d.message;
  return out;
}

void Diagnostics::print(std::ostream& out) const {
  std::vector<const Diagnostic*> sorted;
  sorted.reserve(items_.size());
  for (const auto& d : items_)
    sorted.push_back(&d);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic* a, const Diagnostic* b) {
    return std::tie(a->where.file, a->where.line, a->where.column) <
           std::tie(b->where.file, b->where.line, b->where.column);
  });
  for (const auto* d : sorted)
    out << format_diagnostic(*d) << '\n';
}

} // namespace vidensgraf
