#include "exporters/rdf_serializer.hpp"

#include "exporters/jsonld_writer.hpp"
#include "exporters/rdf_vocabulary.hpp"
#include "model/detail/raptor_handles.hpp"
#include "model/error.hpp"
#include "model/raptor_guard.hpp"

#include <fmt/format.h>
#include <sstream>

namespace vidensgraf {
namespace {

struct RaptorStatementFree {
  void operator()(raptor_statement* s) const noexcept { raptor_free_statement(s); }
};
using RaptorStatement = std::unique_ptr<raptor_statement, RaptorStatementFree>;

const unsigned char* bytes(const std::string& s) {
  return reinterpret_cast<const unsigned char*>(s.c_str());
}

/// Where Raptor's output goes. Raptor 2.0.15 writes a literal holding a carriage return but no
/// line feed raw into a short "..." string (Turtle), which rapper and serdi then reject; a raw CR
/// in XML text is read back as LF. Every raw CR byte in the output is therefore replaced by an
/// escape of the syntax: a raw CR can only come from a literal (the writers put LF between lines,
/// IRIs cannot hold a CR, and 0x0D never occurs inside a multi-byte UTF-8 character), and the
/// escape means the same character there, in short and long Turtle strings alike.
struct OutputSink {
  std::ostream* out;
  std::string_view cr_escape; ///< what a raw CR byte becomes; empty: written as is
  bool failed = false;

  void put(const char* data, std::size_t size) {
    if (cr_escape.empty()) {
      out->write(data, static_cast<std::streamsize>(size));
    } else {
      std::size_t start = 0;
      for (std::size_t i = 0; i < size; ++i) {
        if (data[i] != '\r') continue;
        out->write(data + start, static_cast<std::streamsize>(i - start));
        out->write(cr_escape.data(), static_cast<std::streamsize>(cr_escape.size()));
        start = i + 1;
      }
      out->write(data + start, static_cast<std::streamsize>(size - start));
    }
    failed = failed || !*out;
  }
};

int sink_write_byte(void* context, const int byte) {
  auto* sink = static_cast<OutputSink*>(context);
  const char c = static_cast<char>(byte);
  sink->put(&c, 1);
  return sink->failed ? 1 : 0;
}

int sink_write_bytes(void* context, const void* ptr, size_t size, size_t nmemb) {
  auto* sink = static_cast<OutputSink*>(context);
  sink->put(static_cast<const char*>(ptr), size * nmemb);
  return sink->failed ? 0 : static_cast<int>(nmemb);
}

std::string_view cr_escape(RdfFormat format) {
  switch (format) {
  case RdfFormat::turtle:
  case RdfFormat::ntriples:
  case RdfFormat::nquads:
    return "\\r";
  case RdfFormat::rdfxml:
    return "&#xD;";
  case RdfFormat::rdfjson: // JSON strings: Raptor escapes CR there itself (tested)
  case RdfFormat::jsonld:
    break;
  }
  return {};
}

/// Raptor 2.0.15's RDF/JSON writer escapes characters outside the BMP as \UXXXXXXXX, which is not
/// JSON (rapper cannot read it back either); this rewrites each as a UTF-16 surrogate pair
/// \uD8xx\uDCxx. A backslash in Raptor's JSON always starts an escape, so escapes are read pairwise.
std::string fix_json_escapes(const std::string& in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '\\' || i + 1 >= in.size()) {
      out += in[i];
      continue;
    }
    if (in[i + 1] == 'U' && i + 9 < in.size()) {
      const unsigned long cp = std::stoul(in.substr(i + 2, 8), nullptr, 16);
      if (cp > 0xFFFF) {
        const unsigned long v = cp - 0x10000;
        out += fmt::format("\\u{:04X}\\u{:04X}", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
      } else {
        out += fmt::format("\\u{:04X}", cp);
      }
      i += 9;
      continue;
    }
    out += in[i];
    out += in[i + 1];
    ++i;
  }
  return out;
}

/// The first character XML 1.0 cannot carry (C0 controls other than tab, LF, CR; U+FFFE, U+FFFF).
std::optional<unsigned> non_xml_char(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return c;
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE)
      return 0xFFFE + (static_cast<unsigned char>(s[i + 2]) & 1);
  }
  return std::nullopt;
}

/// Refuses, before anything is written, triples RDF/XML cannot carry; names the entity.
void check_xml(const TripleProducer& produce) {
  produce([](const Triple& t) {
    if (!t.object.is_literal()) return;
    if (auto c = non_xml_char(t.object.value)) {
      std::string entity = t.subject.value.substr(0, t.subject.value.find('#'));
      throw InputError(fmt::format(
          "cannot write RDF/XML: the value of <{}> on <{}> contains the character U+{:04X}, which XML 1.0 cannot "
          "carry; remove it from the entity <{}>, or export as Turtle, N-Triples, N-Quads, RDF/JSON or JSON-LD, "
          "which can",
          t.predicate.value, t.subject.value, *c, entity));
    }
  });
}

class RaptorWriter {
public:
  RaptorWriter(std::ostream& out, RdfFormat format) : sink_{&out, cr_escape(format)}, format_(format) {
    handler_.version = 2;
    handler_.write_byte = sink_write_byte;
    handler_.write_bytes = sink_write_bytes;
    stream_.reset(raptor_new_iostream_from_handler(world_.get(), &sink_, &handler_));
    const std::string name(info(format).raptor);
    serializer_.reset(raptor_new_serializer(world_.get(), name.c_str()));
    if (!stream_ || !serializer_) throw InternalError("Raptor could not create the " + name + " serializer");
    // NULL base: with a base the Turtle serializer writes relative IRIs (LIBRARY-NOTES.md).
    if (raptor_serializer_start_to_iostream(serializer_.get(), nullptr, stream_.get()) != 0)
      throw InternalError("Raptor could not start the " + name + " serializer");
    // Only Turtle and RDF/XML have prefixes; both declare rdf: themselves and refuse it twice.
    const bool prefixed = format == RdfFormat::turtle || format == RdfFormat::rdfxml;
    for (const auto& [prefix, ns] : vocab::prefixes) {
      if (!prefixed || prefix == "rdf") continue;
      detail::RaptorUri uri(raptor_new_uri(world_.get(), bytes(std::string(ns))));
      const std::string p(prefix);
      if (!uri || raptor_serializer_set_namespace(serializer_.get(), uri.get(), bytes(p)) != 0)
        throw InternalError("Raptor refused the prefix " + p);
    }
  }

  void add(const Triple& t) {
    RaptorStatement st(raptor_new_statement_from_nodes(world_.get(), term(t.subject), term(t.predicate), term(t.object),
                                                       graph(t.graph)));
    if (!st || raptor_serializer_serialize_statement(serializer_.get(), st.get()) != 0)
      throw InternalError("Raptor could not write the triple about <" + t.subject.value + ">");
  }

  void finish() {
    if (raptor_serializer_serialize_end(serializer_.get()) != 0)
      throw InternalError("Raptor could not finish the output");
    serializer_.reset();
    stream_.reset(); // flushes into the sink
    if (sink_.failed) throw OutputError("the output could not be written (disk full or closed pipe?)");
  }

private:
  raptor_term* term(const Term& t) {
    switch (t.type) {
    case TermType::iri:
      return raptor_new_term_from_uri_string(world_.get(), bytes(t.value));
    case TermType::blank:
      return raptor_new_term_from_blank(world_.get(), bytes(t.value));
    case TermType::literal:
      break;
    }
    // Raptor keeps the tag's length in one byte: a longer tag would be cut short, silently.
    // Checked at every way in (values.cpp, raptor_guard.hpp); this is the last line.
    if (t.language.size() > max_language_tag_length)
      throw InternalError("a language tag longer than " + std::to_string(max_language_tag_length) +
                          " characters reached the RDF writer");
    detail::RaptorUri datatype;
    if (!t.datatype.empty()) datatype.reset(raptor_new_uri(world_.get(), bytes(t.datatype)));
    return raptor_new_term_from_counted_literal(world_.get(), bytes(t.value), t.value.size(), datatype.get(),
                                                t.language.empty() ? nullptr : bytes(t.language),
                                                static_cast<unsigned char>(t.language.size()));
  }
  raptor_term* graph(const std::string& g) {
    if (g.empty() || format_ != RdfFormat::nquads) return nullptr;
    return raptor_new_term_from_uri_string(world_.get(), bytes(g));
  }

  OutputSink sink_;
  RdfFormat format_;
  raptor_iostream_handler handler_{};
  detail::RaptorWorld world_ = detail::make_raptor_world();
  detail::RaptorIostream stream_;
  detail::RaptorSerializer serializer_;
};

} // namespace

void write_rdf(std::ostream& out, RdfFormat format, const TripleProducer& produce, const std::string& base) {
  if (format == RdfFormat::jsonld) {
    write_jsonld(out, produce, base);
    return;
  }
  if (format == RdfFormat::rdfxml) check_xml(produce);
  if (format == RdfFormat::rdfjson) { // buffered by Raptor anyway (it writes at the end)
    std::ostringstream buffer;
    RaptorWriter writer(buffer, format);
    produce([&](const Triple& t) { writer.add(t); });
    writer.finish();
    out << fix_json_escapes(buffer.str());
    if (!out) throw OutputError("the output could not be written (disk full or closed pipe?)");
    return;
  }
  RaptorWriter writer(out, format);
  produce([&](const Triple& t) { writer.add(t); });
  writer.finish();
}

void export_data(const Model& model, RdfFormat format, const RdfOptions& options, std::ostream& out) {
  write_rdf(
      out, format, [&](const std::function<void(const Triple&)>& sink) { for_each_triple(model, options, sink); },
      effective_base(model, options));
}

} // namespace vidensgraf
