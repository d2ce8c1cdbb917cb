#include "model/rdf/serializer.hpp"

#include "model/rdf/jsonld_writer.hpp"
#include "model/rdf/vocabulary.hpp"
#include "model/rdf/detail/raptor_owners.hpp"
#include "model/error.hpp"
#include "model/rdf/raptor_guard.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <sstream>
#include <vector>

namespace vidensgraf {
namespace {

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
  // Raptor writes many pieces one byte at a time; each std::ostream::write costs a sentry and a
  // virtual call, which made them a third of an N-Triples export (perf). Pieces are gathered
  // here and written in blocks.
  std::string buffer{};

  void put(const char* data, std::size_t size) {
    if (cr_escape.empty()) {
      buffer.append(data, size);
    } else {
      std::size_t start = 0;
      for (std::size_t i = 0; i < size; ++i) {
        if (data[i] != '\r') continue;
        buffer.append(data + start, i - start);
        buffer.append(cr_escape);
        start = i + 1;
      }
      buffer.append(data + start, size - start);
    }
    if (buffer.size() >= block) flush();
  }
  void put(char c) {
    if (c == '\r' && !cr_escape.empty()) return put(&c, 1);
    buffer.push_back(c);
    if (buffer.size() >= block) flush();
  }
  void flush() {
    out->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
    failed = failed || !*out;
  }
  static constexpr std::size_t block = 1 << 16;
};

int sink_write_byte(void* context, const int byte) {
  auto* sink = static_cast<OutputSink*>(context);
  sink->put(static_cast<char>(byte));
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
    return "\\r";
  case RdfFormat::rdfxml:
    return "&#xD;";
  case RdfFormat::rdfjson:  // JSON strings: Raptor escapes CR there itself (tested)
  case RdfFormat::ntriples: // streamed by StreamWriter, which escapes every control character
  case RdfFormat::nquads:
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

} // namespace

void check_rdfxml(const TripleRef& t) {
  if (t.object.type != TermType::literal) return;
  if (auto c = non_xml_char(t.object.value)) {
    const std::string_view entity = t.subject.value.substr(0, t.subject.value.find('#'));
    throw InputError(fmt::format(
        "cannot write RDF/XML: the value of <{}> on <{}> contains the character U+{:04X}, which XML 1.0 cannot "
        "carry; remove it from the entity <{}>, or export as Turtle, N-Triples, N-Quads, RDF/JSON or JSON-LD, "
        "which can",
        t.predicate.value, t.subject.value, *c, entity));
  }
}

void check_rdfxml(const Triple& t) {
  check_rdfxml(TripleRef{{t.subject.type, t.subject.value, t.subject.language, t.subject.datatype},
                         {t.predicate.type, t.predicate.value, t.predicate.language, t.predicate.datatype},
                         {t.object.type, t.object.value, t.object.language, t.object.datatype},
                         t.graph});
}

namespace {

/// Refuses, before anything is written, triples RDF/XML cannot carry; names the entity.
void check_xml(const TripleProducer& produce) {
  produce([](const Triple& t) { check_rdfxml(t); });
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
    // NULL base: given a base, Raptor 2.0.15's Turtle serializer writes IRIs relative to it, which
    // a reader without the same base resolves differently.
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
    detail::RaptorStatement st(raptor_new_statement_from_nodes(world_.get(), term(t.subject), term(t.predicate),
                                                               term(t.object), graph(t.graph)));
    if (!st || raptor_serializer_serialize_statement(serializer_.get(), st.get()) != 0)
      throw InternalError("Raptor could not write the triple about <" + t.subject.value + ">");
  }

  void finish() {
    if (raptor_serializer_serialize_end(serializer_.get()) != 0)
      throw InternalError("Raptor could not finish the output");
    serializer_.reset();
    stream_.reset(); // flushes into the sink
    sink_.flush();
    // A failed write (sink_.failed) has left the stream bad: its owner reports it with the file
    // and the reason (AtomicFile::commit: "cannot write F: No space left on device").
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

/// Turtle, N-Triples and N-Quads written as the triples arrive. Raptor's Turtle serializer holds
/// the whole graph until serialize_end (about 180 bytes a triple, and 16 s for 2 million
/// triples, measured with Raptor 2.0.15), so a million-entity model did not fit the memory and time goals;
/// its N-Triples serializer streams, but builds three raptor_terms (with interned URIs) per
/// triple, which made our export 2.5 times slower than serdi. This writer keeps, for Turtle,
/// only the triples of one entity (the subject IRI up to its '#': the entity, its statements,
/// sections and amounts), grouped by subject with ';' and ',' in a stable order. The escaping is
/// Raptor's own (raptor_string_escaped_write: N-Triples' rules for N-Triples and N-Quads; for
/// Turtle the same backslash escapes with raw UTF-8, since Raptor's "Turtle literal" mode writes
/// a raw line feed into a short string); only the layout and the prefixed names are ours.
class StreamWriter {
public:
  // No CR rewriting in the sink: every control character is escaped before it gets there.
  StreamWriter(std::ostream& out, RdfFormat format) : sink_{&out, {}}, format_(format) {
    handler_.version = 2;
    handler_.write_byte = sink_write_byte;
    handler_.write_bytes = sink_write_bytes;
    stream_.reset(raptor_new_iostream_from_handler(world_.get(), &sink_, &handler_));
    if (!stream_) throw InternalError("Raptor could not create an output stream");
    if (format_ != RdfFormat::turtle) return;
    for (const auto& [prefix, ns] : vocab::prefixes)
      text("@prefix ").text(prefix).text(": <").text(ns).text("> .\n");
  }

  void add(const Triple& t) {
    if (format_ != RdfFormat::turtle) return line(t);
    const std::string_view group = std::string_view{t.subject.value}.substr(0, t.subject.value.find('#'));
    if (!pending_.empty() && group != group_) flush_group();
    if (pending_.empty()) group_.assign(group);
    pending_.push_back(t);
  }

  void finish() {
    flush_group();
    stream_.reset();
    sink_.flush();
  }

private:
  StreamWriter& text(std::string_view s) {
    raptor_iostream_counted_string_write(s.data(), s.size(), stream_.get());
    return *this;
  }

  /// One N-Triples or N-Quads line.
  void line(const Triple& t) {
    term(t.subject);
    text(" ");
    term(t.predicate);
    text(" ");
    term(t.object);
    if (format_ == RdfFormat::nquads && !t.graph.empty()) {
      text(" ");
      iri(t.graph);
    }
    text(" .\n");
  }

  void flush_group() {
    if (pending_.empty()) return;
    std::stable_sort(pending_.begin(), pending_.end(),
                     [](const Triple& a, const Triple& b) { return a.subject.value < b.subject.value; });
    const Triple* previous = nullptr;
    for (const auto& t : pending_) {
      if (!previous || previous->subject.value != t.subject.value) {
        if (previous) text(" .\n");
        text("\n");
        term(t.subject);
        text(" ");
        predicate(t.predicate);
      } else if (previous->predicate.value != t.predicate.value) {
        text(" ;\n    ");
        predicate(t.predicate);
      } else {
        text(" ,\n        ");
      }
      text(" ");
      term(t.object);
      previous = &t;
    }
    text(" .\n");
    pending_.clear();
  }

  void predicate(const Term& p) {
    if (p.value == rdf_type_) return void(text("a")); // Turtle only
    term(p);
  }

  void term(const Term& t) {
    switch (t.type) {
    case TermType::iri:
      return iri(t.value);
    case TermType::blank:
      return void(raptor_bnodeid_ntriples_write(bytes(t.value), t.value.size(), stream_.get()));
    case TermType::literal:
      break;
    }
    text("\"");
    if (verbatim(t.value, false))
      text(t.value);
    else
      raptor_string_escaped_write(bytes(t.value), t.value.size(), '"',
                                  format_ == RdfFormat::turtle ? turtle_literal_escapes
                                                               : unsigned{RAPTOR_ESCAPED_WRITE_NTRIPLES_LITERAL},
                                  stream_.get());
    text("\"");
    if (!t.language.empty()) {
      text("@").text(t.language);
    } else if (!t.datatype.empty()) {
      text("^^");
      iri(t.datatype);
    }
  }

  /// Turtle: a prefixed name when the IRI is in a declared namespace and the rest is a plain
  /// local name (letters, digits, '_' and '-', not starting with '-'); else <IRI>.
  void iri(const std::string& value) {
    for (const auto& [prefix, ns] : vocab::prefixes) {
      if (format_ != RdfFormat::turtle) break;
      if (!std::string_view{value}.starts_with(ns)) continue;
      const std::string_view local = std::string_view{value}.substr(ns.size());
      if (!local.empty() && local.front() != '-' && std::all_of(local.begin(), local.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
          }))
        return void(text(prefix).text(":").text(local));
    }
    text("<");
    if (verbatim(value, true)) return void(text(value).text(">"));
    raptor_string_escaped_write(bytes(value), value.size(), '>',
                                format_ == RdfFormat::turtle ? unsigned{RAPTOR_ESCAPED_WRITE_TURTLE_URI}
                                                             : unsigned{RAPTOR_ESCAPED_WRITE_NTRIPLES_URI},
                                stream_.get());
    text(">");
  }

  /// True when Raptor's escaping would write `s` unchanged: printable ASCII (and, in Turtle,
  /// any byte of a multi-byte UTF-8 character) without the characters it escapes. Raptor
  /// writes through its iostream one byte at a time, which made the escaping half of an
  /// N-Triples export (perf); most values need none.
  bool verbatim(std::string_view s, bool is_iri) const noexcept {
    const bool raw_utf8 = format_ == RdfFormat::turtle;
    for (const char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      if (c >= 0x80 ? !raw_utf8 : (c < 0x20 || c == 0x7F || c == '"' || c == '\\')) return false;
      if (is_iri && (c == ' ' || c == '<' || c == '>' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`'))
        return false;
    }
    return true;
  }

  static constexpr unsigned turtle_literal_escapes = RAPTOR_ESCAPED_WRITE_BITFLAG_BS_ESCAPES_TNRU |
                                                     RAPTOR_ESCAPED_WRITE_BITFLAG_BS_ESCAPES_BF |
                                                     RAPTOR_ESCAPED_WRITE_BITFLAG_UTF8;
  const std::string rdf_type_ = std::string(vocab::rdf) + "type";
  OutputSink sink_;
  RdfFormat format_;
  raptor_iostream_handler handler_{};
  detail::RaptorWorld world_ = detail::make_raptor_world();
  detail::RaptorIostream stream_;
  std::vector<Triple> pending_;
  std::string group_;
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
  if (format == RdfFormat::ntriples || format == RdfFormat::nquads) {
    StreamWriter writer(out, format);
    produce([&](const Triple& t) { writer.add(t); });
    writer.finish();
    return;
  }
  RaptorWriter writer(out, format);
  produce([&](const Triple& t) { writer.add(t); });
  writer.finish();
}

void write_turtle_stream(std::ostream& out, const TripleProducer& produce) {
  StreamWriter writer(out, RdfFormat::turtle);
  produce([&](const Triple& t) { writer.add(t); });
  writer.finish();
}

void export_data(const Model& model, RdfFormat format, const RdfOptions& options, std::ostream& out) {
  if (format == RdfFormat::turtle && (options.stream || model.entity_count() > streaming_threshold)) {
    write_turtle_stream(out,
                        [&](const std::function<void(const Triple&)>& sink) { for_each_triple(model, options, sink); });
    return;
  }
  write_rdf(
      out, format, [&](const std::function<void(const Triple&)>& sink) { for_each_triple(model, options, sink); },
      effective_base(model, options));
}

} // namespace vidensgraf
