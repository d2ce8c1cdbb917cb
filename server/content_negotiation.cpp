// Hand-written: cpp-httplib has no Accept parsing, and the grammar needed here is small.
#include "server/content_negotiation.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace vidensgraf {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
    s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
    s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

struct Range {
  std::string type; ///< "text/turtle", "text/*" or "*/*"; for Accept-Language a range: "da", "en-gb", "*"
  double quality = 1.0;
};

double parse_quality(std::string_view value) {
  // q = 0 / 0.x / 1 / 1.0 (RFC 9110 qvalue); anything else counts as 1 so a typo is not a refusal.
  double q = 1.0;
  std::string v(trim(value));
  try {
    q = std::stod(v);
  } catch (...) {
    return 1.0;
  }
  return std::clamp(q, 0.0, 1.0);
}

std::vector<Range> parse_accept(std::string_view accept) {
  std::vector<Range> out;
  while (!accept.empty()) {
    const auto comma = accept.find(',');
    std::string_view item = accept.substr(0, comma);
    accept = comma == std::string_view::npos ? std::string_view() : accept.substr(comma + 1);
    Range range;
    const auto semi = item.find(';');
    range.type = lower(trim(item.substr(0, semi)));
    if (range.type.empty()) continue;
    std::string_view params = semi == std::string_view::npos ? std::string_view() : item.substr(semi + 1);
    while (!params.empty()) {
      const auto next = params.find(';');
      const std::string_view param = trim(params.substr(0, next));
      params = next == std::string_view::npos ? std::string_view() : params.substr(next + 1);
      if (param.size() > 2 && (param[0] == 'q' || param[0] == 'Q') && trim(param.substr(1)).starts_with('='))
        range.quality = parse_quality(trim(param.substr(1)).substr(1));
    }
    out.push_back(std::move(range));
  }
  return out;
}

/// The quality of `type` under the ranges: that of the most specific matching range, 0 if none.
double quality_of(std::string_view type, const std::vector<Range>& ranges) {
  const std::string t = lower(type);
  const std::string major = t.substr(0, t.find('/'));
  int best_specificity = -1;
  double q = 0.0;
  for (const auto& r : ranges) {
    int specificity = -1;
    if (r.type == t)
      specificity = 2;
    else if (r.type == major + "/*")
      specificity = 1;
    else if (r.type == "*/*")
      specificity = 0;
    if (specificity > best_specificity) {
      best_specificity = specificity;
      q = r.quality;
    }
  }
  return q;
}

/// The quality of the language `tag` under the ranges: that of the most specific matching range.
double language_quality(std::string_view tag, const std::vector<Range>& ranges) {
  const std::string t = lower(tag);
  std::size_t best_length = 0;
  bool matched = false;
  double q = 0.0;
  for (const auto& r : ranges) {
    const bool match = r.type == "*" || r.type == t || r.type.starts_with(t + "-");
    const std::size_t length = r.type == "*" ? 0 : r.type.size();
    if (match && (!matched || length > best_length)) {
      matched = true;
      best_length = length;
      q = r.quality;
    }
  }
  return q;
}

/// The first of `offered` with the highest quality above 0 under `quality`; nothing when none.
template <class Quality>
std::optional<std::size_t> best_offered(const std::vector<std::string_view>& offered, Quality quality) {
  std::optional<std::size_t> best;
  double best_q = 0.0;
  for (std::size_t i = 0; i < offered.size(); ++i) {
    const double q = quality(offered[i]);
    if (q > best_q) {
      best_q = q;
      best = i;
    }
  }
  return best;
}

} // namespace

std::size_t negotiate_language(std::string_view accept_language, const std::vector<std::string_view>& offered) {
  const auto ranges = parse_accept(accept_language);
  return best_offered(offered, [&](std::string_view tag) { return language_quality(tag, ranges); }).value_or(0);
}

std::optional<std::size_t> negotiate(std::string_view accept, const std::vector<std::string_view>& offered) {
  if (offered.empty()) return std::nullopt;
  if (trim(accept).empty()) return 0;
  const auto ranges = parse_accept(accept);
  return best_offered(offered, [&](std::string_view type) { return quality_of(type, ranges); });
}

} // namespace vidensgraf
