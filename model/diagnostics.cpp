#include "model/diagnostics.hpp"

#include <algorithm>
#include <ostream>
#include <string_view>
#include <tuple>

namespace vidensgraf {

void Diagnostics::error(Location where, std::string message) {
  items_.push_back({std::move(where), Severity::error, std::move(message)});
  ++errors_;
}

void Diagnostics::warning(Location where, std::string message) {
  items_.push_back({std::move(where), Severity::warning, std::move(message)});
}

namespace {

/// `text` with C0 controls, DEL and the bidirectional embedding, override and isolate controls
/// (U+202A..U+202E, U+2066..U+2069) escaped; everything else as it is.
std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) {
      static constexpr char hex[] = "0123456789ABCDEF";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 0xF];
      continue;
    }
    if (c == 0xE2 && i + 2 < text.size()) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
      const bool embedding = b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE; // U+202A..U+202E
      const bool isolate = b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9;   // U+2066..U+2069
      if (embedding || isolate) {
        const unsigned cp = 0x2000 + ((b1 & 0x3F) << 6) + (b2 & 0x3F);
        static constexpr char hex[] = "0123456789ABCDEF";
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
          out += hex[(cp >> shift) & 0xF];
        i += 2;
        continue;
      }
    }
    out += static_cast<char>(c);
  }
  return out;
}

} // namespace

std::string format_diagnostic(const Diagnostic& d) {
  std::string out = d.where.file;
  if (d.where.line > 0) {
    out += ':' + std::to_string(d.where.line);
    if (d.where.column > 0) out += ':' + std::to_string(d.where.column);
  }
  out += d.severity == Severity::error ? ": error: " : ": warning: ";
  out += printable(d.message);
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
