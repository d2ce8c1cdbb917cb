#include "model/rdf/parse.hpp"

#include "model/rdf/detail/raptor_owners.hpp"
#include "model/rdf/detail/raptor_term.hpp"
#include "model/error.hpp"
#include "model/utf8.hpp"

#include <cstring>
#include <optional>
#include <fmt/format.h>

namespace vidensgraf {

namespace {

std::string to_string(const unsigned char* s) {
  return s ? reinterpret_cast<const char*>(s) : "";
}

} // namespace

namespace detail {

RaptorWorld make_raptor_world() {
  RaptorWorld world(raptor_new_world());
  if (!world || raptor_world_open(world.get()) != 0) throw InternalError("could not start the Raptor RDF library");
  return world;
}

Term to_term(const raptor_term* t) {
  Term out;
  if (!t) return out;
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    out.type = TermType::iri;
    out.value = to_string(raptor_uri_as_string(t->value.uri));
    break;
  case RAPTOR_TERM_TYPE_BLANK:
    out.type = TermType::blank;
    out.value.assign(reinterpret_cast<const char*>(t->value.blank.string), t->value.blank.string_len);
    break;
  case RAPTOR_TERM_TYPE_LITERAL:
    out.type = TermType::literal;
    out.value.assign(reinterpret_cast<const char*>(t->value.literal.string), t->value.literal.string_len);
    if (t->value.literal.language)
      out.language.assign(reinterpret_cast<const char*>(t->value.literal.language), t->value.literal.language_len);
    if (t->value.literal.datatype) out.datatype = to_string(raptor_uri_as_string(t->value.literal.datatype));
    break;
  case RAPTOR_TERM_TYPE_UNKNOWN:
    break;
  }
  return out;
}

} // namespace detail

namespace {

struct ParseState {
  const std::string* file;
  Diagnostics* diagnostics;
  const std::function<void(Triple&&)>* on_triple;
  raptor_parser* parser = nullptr;
  std::size_t errors = 0;
};

/// The first byte of `triple` that is not UTF-8 and the term it is in, if any. Raptor passes
/// escapes such as \uD800 (a lone surrogate) on as the bytes ED A0 80, which no output can carry.
std::optional<std::string> invalid_utf8(const Triple& triple) {
  for (const Term* term : {&triple.subject, &triple.predicate, &triple.object}) {
    const std::size_t valid = valid_utf8_prefix(term->value);
    if (valid == term->value.size()) continue;
    return fmt::format("invalid UTF-8 (byte 0x{:02X}) after \"{}\" in a {}; a surrogate (U+D800..U+DFFF, as "
                       "bytes ED A0 80 or an escape like \\uD800) is not a character: correct the text",
                       static_cast<unsigned char>(term->value[valid]), utf8_prefix(term->value.substr(0, valid), 40),
                       term->type == TermType::literal ? "literal" : "term");
  }
  return std::nullopt;
}

void handle_statement(void* user, raptor_statement* st) {
  auto* state = static_cast<ParseState*>(user);
  Triple triple{detail::to_term(st->subject), detail::to_term(st->predicate), detail::to_term(st->object), {}};
  if (st->graph && st->graph->type == RAPTOR_TERM_TYPE_URI)
    triple.graph = to_string(raptor_uri_as_string(st->graph->value.uri));
  if (auto problem = invalid_utf8(triple)) {
    Location where{*state->file, 0, 0};
    if (const raptor_locator* at = raptor_parser_get_locator(state->parser); at && at->line > 0)
      where.line = static_cast<std::uint32_t>(at->line);
    ++state->errors;
    state->diagnostics->error(std::move(where), std::move(*problem));
    return;
  }
  (*state->on_triple)(std::move(triple));
}

/// Line and column (in characters) of byte `offset` of `text`, counting LF, CRLF and CR as line ends.
Location position_of(const std::string& file, std::string_view text, std::size_t offset) {
  std::uint32_t line = 1, column = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    const char c = text[i];
    if (c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {file, line, column};
}

void handle_log(void* user, raptor_log_message* message) {
  auto* state = static_cast<ParseState*>(user);
  Location where{*state->file, 0, 0};
  if (message->locator) {
    if (message->locator->line > 0) where.line = static_cast<std::uint32_t>(message->locator->line);
    if (message->locator->column > 0) where.column = static_cast<std::uint32_t>(message->locator->column);
  }
  std::string text = message->text ? message->text : "unknown parser problem";
  if (message->level >= RAPTOR_LOG_LEVEL_ERROR) {
    ++state->errors;
    state->diagnostics->error(std::move(where), std::move(text));
  } else if (message->level == RAPTOR_LOG_LEVEL_WARN) {
    state->diagnostics->warning(std::move(where), std::move(text));
  }
}

} // namespace

bool parse_rdf(std::string_view text, std::string_view syntax, std::string_view base_iri, const std::string& file,
               Diagnostics& diagnostics, const std::function<void(Triple&&)>& on_triple) {
  // Text syntaxes are UTF-8 by definition: invalid bytes (an encoded surrogate ED A0 80 too) are
  // refused at their place before Raptor, which would pass them on, sees them. RDF/XML may
  // declare another encoding; its terms are checked as they come (handle_statement).
  if (syntax != "rdfxml") {
    if (const std::size_t valid = valid_utf8_prefix(text); valid != text.size()) {
      diagnostics.error(position_of(file, text, valid),
                        fmt::format("invalid UTF-8 (byte 0x{:02X}); save the file as UTF-8 (a surrogate, "
                                    "U+D800..U+DFFF, is not a character)",
                                    static_cast<unsigned char>(text[valid])));
      return false;
    }
  }
  ParseState state{&file, &diagnostics, &on_triple};
  auto world = detail::make_raptor_world();
  raptor_world_set_log_handler(world.get(), &state, handle_log);
  const std::string syntax_name(syntax);
  detail::RaptorParser parser(raptor_new_parser(world.get(), syntax_name.c_str()));
  if (!parser) throw InternalError("Raptor has no parser for the syntax '" + syntax_name + "'");
  state.parser = parser.get();
  raptor_parser_set_statement_handler(parser.get(), &state, handle_statement);
  const std::string base(base_iri);
  detail::RaptorUri base_uri(raptor_new_uri(world.get(), reinterpret_cast<const unsigned char*>(base.c_str())));
  if (!base_uri) throw InternalError("Raptor rejected the base IRI '" + base + "'");
  if (raptor_parser_parse_start(parser.get(), base_uri.get()) != 0) {
    diagnostics.error({file, 0, 0}, "the RDF parser could not start");
    return false;
  }
  const int rc =
      raptor_parser_parse_chunk(parser.get(), reinterpret_cast<const unsigned char*>(text.data()), text.size(), 1);
  if (rc != 0 && state.errors == 0) {
    diagnostics.error({file, 0, 0}, "the RDF parser failed without saying why");
    ++state.errors;
  }
  return state.errors == 0;
}

} // namespace vidensgraf
