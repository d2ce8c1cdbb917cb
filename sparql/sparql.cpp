#include "sparql/sparql.hpp"

#include "model/rdf/serializer.hpp"
#include "model/rdf/vocabulary.hpp"
#include "model/rdf/detail/raptor_term.hpp"
#include "model/error.hpp"
#include "model/rdf/raptor_guard.hpp"
#include "model/text_table.hpp"
#include "sparql/detail/rasqal_owners.hpp"
#include "sparql/feature_scan.hpp"
#include "sparql/detail/rasqal_source.hpp"
#include "sparql/triple_index.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <malloc.h>
#include <mutex>
#include <set>
#include <sstream>
#include <vector>

namespace vidensgraf {

namespace {

using namespace detail;

/// The first error Rasqal (or Raptor under it) logged, with where in the query it was.
struct LogCapture {
  std::string message;
  int line = -1;
  int column = -1;
  static void handle(void* user_data, raptor_log_message* m) {
    auto* self = static_cast<LogCapture*>(user_data);
    if (m->level < RAPTOR_LOG_LEVEL_ERROR || !self->message.empty()) return;
    self->message = m->text ? m->text : "unknown error";
    if (m->locator) {
      self->line = m->locator->line;
      self->column = m->locator->column;
    }
  }
  std::string where() const {
    if (line < 0) return "query";
    if (column < 0) return fmt::format("query:{}", line);
    return fmt::format("query:{}:{}", line, column);
  }
};

std::mutex& rasqal_mutex() {
  static std::mutex m; // Rasqal and Raptor are not thread-safe: one query at a time
  return m;
}

/// An iostream that writes into a std::string; text() is complete once the stream is closed.
/// Hand-written handler: Raptor's own string iostream (raptor_new_iostream_to_string) keeps each
/// write, down to a single byte, as a heap node of its string buffer until the stream closes,
/// then copies them all: about 2.6 KB of heap a row of a SELECT answer (20 MB for 8 004 rows,
/// some 550 MB for 80 000), most of the time a large answer took after the rows were found.
class StringSink {
public:
  explicit StringSink(raptor_world* raptor) {
    handler_.version = 2;
    handler_.write_byte = write_byte;
    handler_.write_bytes = write_bytes;
    stream_.reset(raptor_new_iostream_from_handler(raptor, this, &handler_));
    if (!stream_) throw InternalError("cannot make a Raptor string stream");
  }
  raptor_iostream* get() const { return stream_.get(); }
  /// Closes the stream and takes the text.
  std::string text() {
    stream_.reset();
    if (failed_) throw std::bad_alloc();
    return std::move(text_);
  }
  StringSink(const StringSink&) = delete;
  StringSink& operator=(const StringSink&) = delete;

private:
  // No exception may cross Raptor's C frames: a failed append marks the sink, and text() throws.
  static int write_byte(void* context, int byte) {
    auto* sink = static_cast<StringSink*>(context);
    try {
      sink->text_.push_back(static_cast<char>(byte));
      return 0;
    } catch (const std::bad_alloc&) {
      sink->failed_ = true;
      return 1;
    }
  }
  static int write_bytes(void* context, const void* ptr, size_t size, size_t nmemb) {
    auto* sink = static_cast<StringSink*>(context);
    try {
      sink->text_.append(static_cast<const char*>(ptr), size * nmemb);
      return static_cast<int>(nmemb);
    } catch (const std::bad_alloc&) {
      sink->failed_ = true;
      return 0;
    }
  }

  std::string text_;
  bool failed_ = false;
  raptor_iostream_handler handler_{};
  RaptorIostream stream_; // last: closed before the string and the handler go
};

std::string_view verb_name(rasqal_query_verb verb) {
  switch (verb) {
  case RASQAL_QUERY_VERB_SELECT:
    return "SELECT";
  case RASQAL_QUERY_VERB_ASK:
    return "ASK";
  case RASQAL_QUERY_VERB_CONSTRUCT:
    return "CONSTRUCT";
  case RASQAL_QUERY_VERB_DESCRIBE:
    return "DESCRIBE";
  default:
    return "update";
  }
}

/// "turtle, ntriples, ..., jsonld": the syntaxes a CONSTRUCT answer can be written in.
std::string graph_format_names() {
  std::string names;
  for (const auto& f : rdf_formats)
    names += (names.empty() ? "" : ", ") + std::string(f.name);
  return names;
}

std::string resolve_format(rasqal_query_verb verb, const std::string& format) {
  const bool graph = verb == RASQAL_QUERY_VERB_CONSTRUCT || verb == RASQAL_QUERY_VERB_DESCRIBE;
  if (format.empty()) return graph ? "turtle" : "json";
  const bool graph_format = find_rdf_format(format).has_value();
  if (verb == RASQAL_QUERY_VERB_ASK && (format == "csv" || format == "tsv"))
    throw UsageError("the SPARQL CSV and TSV formats have no form for an ASK answer; use json or table");
  if (graph != graph_format)
    throw UsageError(fmt::format("--format {} does not fit a {} query; use {}", format, verb_name(verb),
                                 graph ? graph_format_names() : "json, csv, tsv or table"));
  return format;
}

/// A cell of the table format: <iri>, _:blank, or the literal's text with @language.
std::string cell_text(rasqal_literal* l) {
  if (!l) return "";
  if (l->type == RASQAL_LITERAL_URI)
    return std::string("<") + reinterpret_cast<const char*>(raptor_uri_as_string(l->value.uri)) + ">";
  const auto* text = rasqal_literal_as_string(l);
  std::string out = text ? reinterpret_cast<const char*>(text) : "";
  if (l->type == RASQAL_LITERAL_BLANK) return "_:" + out;
  if (l->language) out += std::string("@") + l->language;
  return out;
}

/// Hand-written: Rasqal 0.9.33's "table" writer leaves out the header of aggregate queries.
std::string bindings_table(rasqal_query_results* results) {
  const int n = rasqal_query_results_get_bindings_count(results);
  std::vector<std::string> header;
  header.reserve(static_cast<std::size_t>(std::max(n, 0)));
  for (int i = 0; i < n; ++i)
    header.emplace_back(reinterpret_cast<const char*>(rasqal_query_results_get_binding_name(results, i)));
  std::vector<std::vector<std::string>> rows;
  for (; !rasqal_query_results_finished(results); rasqal_query_results_next(results)) {
    rows.emplace_back();
    for (int i = 0; i < n; ++i)
      rows.back().push_back(cell_text(rasqal_query_results_get_binding_value(results, i)));
  }
  std::string out = text_table(header, rows);
  out += fmt::format("({} row{})\n", rows.size(), rows.size() == 1 ? "" : "s");
  return out;
}

/// The header of a CSV or TSV answer without rows.
std::string empty_header(rasqal_query* query, const std::string& format) {
  std::string out;
  raptor_sequence* vars = rasqal_query_get_bound_variable_sequence(query);
  for (int i = 0; vars && i < raptor_sequence_size(vars); ++i) {
    auto* var = static_cast<rasqal_variable*>(raptor_sequence_get_at(vars, i));
    if (i) out += format == "csv" ? "," : "\t";
    out += format == "csv" ? "" : "?";
    out += reinterpret_cast<const char*>(var->name);
  }
  return out + (format == "csv" ? "\r\n" : "\n");
}

/// Rasqal 0.9.33 writes an unbound variable as {"type": "unbound", "value": null}; SPARQL 1.1
/// JSON results leave it out. Rewritten with nlohmann (key order kept) so that clients that
/// follow the standard read the answer right.
std::string standard_json(const std::string& text) {
  auto j = nlohmann::ordered_json::parse(text);
  if (j.contains("results")) {
    for (auto& binding : j["results"]["bindings"]) {
      std::vector<std::string> unbound;
      for (const auto& [name, value] : binding.items())
        if (value.is_object() && value.value("type", "") == "unbound") unbound.push_back(name);
      for (const auto& name : unbound)
        binding.erase(name);
    }
  }
  return j.dump(2) + "\n";
}

/// The line of the query where the error is, for the message.
std::string query_line(std::string_view query, int line) {
  std::size_t start = 0;
  for (int l = 1; l < line && start != std::string_view::npos; ++l) {
    start = query.find('\n', start);
    if (start != std::string_view::npos) ++start;
  }
  if (start == std::string_view::npos || start >= query.size()) return "";
  return std::string(query.substr(start, query.find('\n', start) - start));
}

void too_many(std::size_t limit, std::string_view what) {
  throw InputError(
      fmt::format("the query gives more than {} {}; add a LIMIT to the query or raise --limit", limit, what));
}

/// Writes triples (as terms) in the graph syntax `format`, as every export writes them.
std::string write_graph(const std::vector<Triple>& triples, const std::string& format, const std::string& base) {
  std::ostringstream text;
  write_rdf(
      text, *find_rdf_format(format),
      [&](const std::function<void(const Triple&)>& sink) {
        for (const auto& t : triples)
          sink(t);
      },
      base);
  return text.str();
}

/// The answer to DESCRIBE: each target's concise bounded description (CBD), the triples with it
/// as subject, and recursively those of the blank nodes they reach and of the reified statements
/// (rdf:subject) about it. Hand-written: Rasqal 0.9.33 parses DESCRIBE but answers no triples.
std::vector<Triple> concise_bounded_description(const TripleIndex& index, const std::vector<Term>& targets,
                                                std::size_t limit) {
  const auto rdf_subject = index.find(iri_term(vocab::term(vocab::rdf, "subject")));
  std::vector<TermId> queue;
  for (const auto& t : targets)
    if (const auto id = index.find(t)) queue.push_back(*id);
  std::set<TermId> described;
  std::vector<Triple> out;
  for (std::size_t next = 0; next < queue.size(); ++next) {
    const TermId id = queue[next];
    if (!described.insert(id).second) continue;
    for (auto c = index.scan(id, std::nullopt, std::nullopt); !c.at_end(); c.next()) {
      const auto& t = c.current();
      if (out.size() >= limit) too_many(limit, "triples");
      out.push_back({index.term(t.s), index.term(t.p), index.term(t.o), {}});
      if (out.back().object.is_blank()) queue.push_back(t.o);
    }
    if (rdf_subject)
      for (auto c = index.scan(std::nullopt, *rdf_subject, id); !c.at_end(); c.next())
        queue.push_back(c.current().s);
  }
  return out;
}

} // namespace

SparqlEngine::SparqlEngine(const Model& model, const RdfOptions& rdf,
                           const std::function<void(const TripleRef&)>& observe)
    : index_(std::make_unique<TripleIndex>(TripleIndex::build(model, rdf, observe))),
      base_(effective_base(model, rdf)) {}

SparqlEngine::~SparqlEngine() = default;

std::size_t SparqlEngine::triple_count() const noexcept {
  return index_->size();
}

std::size_t SparqlEngine::index_bytes() const noexcept {
  return index_->memory_bytes();
}

namespace {

/// Refuses, before Rasqal sees it, a query that uses a feature Rasqal 0.9.33 gets wrong, or that
/// would make it hand Raptor 2.0.15 an over-long language tag (raptor_guard.hpp).
void refuse_unsafe(std::string_view text) {
  if (auto feature = find_unsupported_feature(text))
    throw InputError(fmt::format("query:{}:{}: {} is not supported (Rasqal 0.9.33 rejects it, fails or answers "
                                 "wrongly; see docs/sparql.md): {}",
                                 feature->line, feature->column, feature->feature, feature->advice));
  if (const auto unsafe = rasqal_unsafe_query(text))
    throw InputError(fmt::format("query:{}:{}: {}", unsafe->line, unsafe->column, unsafe->message));
}

/// The IRIs and blank nodes a SELECT answer (as SPARQL JSON) binds: the resources to describe.
std::vector<Term> bound_resources(const nlohmann::json& answer) {
  std::vector<Term> targets;
  for (const auto& row : answer["results"]["bindings"])
    for (const auto& [name, value] : row.items()) {
      const std::string type = value.value("type", "");
      if (type == "uri") targets.push_back(iri_term(value["value"]));
      if (type == "bnode") targets.push_back(Term{TermType::blank, value["value"], {}, {}});
    }
  return targets;
}

/// The IRIs of DESCRIBE <a> <b>.
std::vector<Term> described_iris(rasqal_query* query) {
  std::vector<Term> targets;
  if (raptor_sequence* seq = rasqal_query_get_describe_sequence(query))
    for (int i = 0; i < raptor_sequence_size(seq); ++i) {
      const auto* l = static_cast<rasqal_literal*>(raptor_sequence_get_at(seq, i));
      if (l && l->type == RASQAL_LITERAL_URI)
        targets.push_back(iri_term(reinterpret_cast<const char*>(raptor_uri_as_string(l->value.uri))));
    }
  return targets;
}

/// Parses the query; a syntax error is an InputError with Rasqal's message, its place and line.
void prepare(rasqal_query* query, const std::string& text, raptor_uri* base, const LogCapture& log) {
  if (!rasqal_query_prepare(query, reinterpret_cast<const unsigned char*>(text.c_str()), base)) return;
  std::string hint =
      looks_like_property_path(text) ? " (property paths are not supported by Rasqal 0.9.33; see docs/sparql.md)" : "";
  const std::string context = log.line > 0 ? query_line(text, log.line) : "";
  throw InputError(fmt::format("{}: malformed query: {}{}{}", log.where(),
                               log.message.empty() ? "syntax error" : log.message, hint,
                               context.empty() ? "" : "\n  in line " + std::to_string(log.line) + ": " + context));
}

/// Whether a running query went over a limit or failed, checked after each step of reading its
/// results; throws with the limit and the option that raises it.
struct LimitCheck {
  const RasqalSource& source;
  const LogCapture& log;
  const SparqlOptions& options;
  bool& stopped; ///< set when a limit stopped the query (its memory is then given back)

  void operator()(const rasqal_query_results* results) const {
    stopped = source.timed_out() || source.over_budget();
    if (source.timed_out()) throw InputError(sparql_time_limit_message(options.timeout_seconds));
    if (source.over_budget())
      throw InputError(fmt::format("the query was stopped at its memory budget of {} MiB; make it narrower (Rasqal "
                                   "builds every row before a LIMIT applies) or raise --max-query-memory",
                                   options.memory_budget_bytes >> 20));
    if (!log.message.empty() || !results)
      throw InputError(
          fmt::format("the query could not be run: {}", log.message.empty() ? "Rasqal failed" : log.message));
  }
};

/// The triples of a CONSTRUCT answer, at most row_limit of them.
std::vector<Triple> constructed_triples(rasqal_query_results* results, const SparqlOptions& options) {
  std::vector<Triple> triples;
  for (raptor_statement* t = rasqal_query_results_get_triple(results); t;
       t = rasqal_query_results_get_triple(results)) {
    if (triples.size() >= options.row_limit) too_many(options.row_limit, "triples");
    triples.push_back({to_term(t->subject), to_term(t->predicate), to_term(t->object), {}});
    if (rasqal_query_results_next_triple(results)) break;
  }
  return triples;
}

/// A SELECT or ASK answer in `format` (json, xml, csv, tsv or table).
std::string bindings_answer(raptor_world* raptor, rasqal_query* query, rasqal_query_results* results,
                            rasqal_query_verb verb, const std::string& format, const SparqlOptions& options,
                            const LimitCheck& check, const LogCapture& log) {
  StringSink out(raptor);
  std::size_t rows = 0;
  if (verb == RASQAL_QUERY_VERB_SELECT) {
    while (!rasqal_query_results_finished(results)) {
      if (++rows > options.row_limit) too_many(options.row_limit, "rows");
      rasqal_query_results_next(results);
    }
    check(results);
    if (rasqal_query_results_rewind(results) != 0)
      throw InternalError("Rasqal could not go back to the first row of the results");
  }
  if (format == "table") {
    std::string table = verb == RASQAL_QUERY_VERB_ASK
                            ? std::string(rasqal_query_results_get_boolean(results) > 0 ? "true\n" : "false\n")
                            : bindings_table(results);
    check(results);
    return table;
  }
  if (verb == RASQAL_QUERY_VERB_SELECT && rows == 0 && format != "json")
    return empty_header(query, format); // Rasqal writes an empty header line here
  if (rasqal_query_results_write(out.get(), results, format.c_str(), nullptr, nullptr, nullptr))
    throw InternalError("Rasqal could not write the results as " + format +
                        (log.message.empty() ? "" : ": " + log.message));
  check(results);
  if (format == "json") return standard_json(out.text());
  return out.text();
}

/// One query's Rasqal world, whose messages go to `log`, over a Raptor world of our own that does
/// not intern URIs. Interning (Raptor's default) keeps every URI made in an AVL tree of the whole
/// strings: each term a query binds for the first time is a search of that tree, comparing IRIs
/// that share a long prefix, which took a third of a two-pattern join's time at a million
/// entities. A query's literals are already made once per term (RasqalSource::literal), and
/// Raptor compares URIs by their text, so nothing depends on one object per URI.
struct QueryWorld {
  explicit QueryWorld(LogCapture& log) : raptor(raptor_new_world()), rasqal(rasqal_new_world()) {
    if (!raptor || !rasqal) throw InternalError("cannot make a Rasqal world");
    if (raptor_world_set_flag(raptor.get(), RAPTOR_WORLD_FLAG_URI_INTERNING, 0) != 0 ||
        raptor_world_open(raptor.get()) != 0)
      throw InternalError("cannot open a Raptor world for Rasqal");
    rasqal_world_set_raptor(rasqal.get(), raptor.get());
    if (rasqal_world_open(rasqal.get())) throw InternalError("cannot open the Rasqal world");
    rasqal_world_set_log_handler(rasqal.get(), &log, &LogCapture::handle);
  }
  rasqal_world* get() const noexcept { return rasqal.get(); }

  RaptorWorld raptor; // freed after the Rasqal world, which does not free a world it was given
  RasqalWorld rasqal;
};

/// The prepared query's verb; throws for the verbs vidensgraf does not answer.
rasqal_query_verb supported_verb(rasqal_query* query) {
  const rasqal_query_verb verb = rasqal_query_get_verb(query);
  if (verb != RASQAL_QUERY_VERB_SELECT && verb != RASQAL_QUERY_VERB_ASK && verb != RASQAL_QUERY_VERB_CONSTRUCT &&
      verb != RASQAL_QUERY_VERB_DESCRIBE)
    throw InputError(
        fmt::format("{} queries are not supported; use SELECT, ASK, CONSTRUCT or DESCRIBE", verb_name(verb)));
  return verb;
}

/// A SELECT stops one row past the row limit (so that going over it is reported) and keeps its
/// rows (bindings_answer counts them, then rewinds).
void limit_select(rasqal_query* query, const SparqlOptions& options) {
  const int own = rasqal_query_get_limit(query);
  if (own < 0 || static_cast<std::size_t>(own) > options.row_limit)
    rasqal_query_set_limit(query, static_cast<int>(options.row_limit) + 1);
  if (rasqal_query_set_store_results(query, 1) != 0)
    throw InternalError("Rasqal could not keep the results of a SELECT query");
}

} // namespace

std::string sparql_time_limit_message(double timeout_seconds) {
  return fmt::format("the query was stopped after {} s; make it narrower or raise --timeout", timeout_seconds);
}

std::string SparqlEngine::run(std::string_view text, const SparqlOptions& options) const {
  refuse_unsafe(text);
  // DESCRIBE ?x WHERE ...: the SELECT DISTINCT of the same pattern gives the resources.
  if (auto select = describe_as_select(text)) {
    const std::string format = resolve_format(RASQAL_QUERY_VERB_DESCRIBE, options.format);
    SparqlOptions inner = options;
    inner.format = "json";
    const auto targets = bound_resources(nlohmann::json::parse(run(*select, inner)));
    return write_graph(concise_bounded_description(*index_, targets, options.row_limit), format, base_);
  }
  const std::string query_text(text);
  std::lock_guard lock(rasqal_mutex());
  // A query stopped at a limit may have grown the heap by its whole budget: once Rasqal has freed
  // it (the owners below are destroyed first), glibc gives it back to the system.
  bool stopped = false;
  struct TrimAfter {
    const bool& stopped;
    ~TrimAfter() {
      if (stopped) malloc_trim(0);
    }
  } trim_after{stopped};

  LogCapture log;
  const QueryWorld world(log);
  raptor_world* raptor = rasqal_world_get_raptor(world.get());

  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                             std::chrono::duration<double>(options.timeout_seconds));
  RasqalSource source(*index_, world.get(), deadline, options.memory_budget_bytes);
  source.register_with_world();

  RasqalQuery query(rasqal_new_query(world.get(), "sparql", nullptr));
  if (!query) throw InternalError("cannot make a Rasqal SPARQL query");
  RaptorUri base(raptor_new_uri(raptor, reinterpret_cast<const unsigned char*>(base_.c_str())));
  if (!base) throw InternalError("Raptor could not make the base IRI " + base_);
  prepare(query.get(), query_text, base.get(), log);
  const rasqal_query_verb verb = supported_verb(query.get());
  const std::string format = resolve_format(verb, options.format);
  if (verb == RASQAL_QUERY_VERB_DESCRIBE) // of IRIs only: describe_as_select took the others
    return write_graph(concise_bounded_description(*index_, described_iris(query.get()), options.row_limit), format,
                       base_);

  if (verb == RASQAL_QUERY_VERB_SELECT) limit_select(query.get(), options);
  RasqalResults results(rasqal_query_execute(query.get()));
  const LimitCheck check{source, log, options, stopped};
  check(results.get());
  if (verb == RASQAL_QUERY_VERB_CONSTRUCT) {
    // Collected, then written by the RDF layer's writer: the same prefixes and syntaxes (JSON-LD
    // included) as every other RDF vidensgraf writes.
    const auto triples = constructed_triples(results.get(), options);
    check(results.get());
    return write_graph(triples, format, base_);
  }
  return bindings_answer(raptor, query.get(), results.get(), verb, format, options, check, log);
}

} // namespace vidensgraf
