#include "model/rdf_parse.hpp"

#include "model/detail/raptor_handles.hpp"
#include "model/error.hpp"

#include <cstring>

namespace vidensgraf {
namespace detail {

RaptorWorld make_raptor_world() {
  RaptorWorld world(raptor_new_world());
  if (!world || raptor_world_open(world.get()) != 0) throw InternalError("could not start the Raptor RDF library");
  return world;
}

} // namespace detail

namespace {

std::string to_string(const unsigned char* s) {
  return s ? reinterpret_cast<const char*>(s) : "";
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

struct ParseState {
  const std::string* file;
  Diagnostics* diagnostics;
  const std::function<void(Triple&&)>* on_triple;
  std::size_t errors = 0;
};

void handle_statement(void* user, raptor_statement* st) {
  auto* state = static_cast<ParseState*>(user);
  Triple triple{to_term(st->subject), to_term(st->predicate), to_term(st->object), {}};
  if (st->graph && st->graph->type == RAPTOR_TERM_TYPE_URI)
    triple.graph = to_string(raptor_uri_as_string(st->graph->value.uri));
  (*state->on_triple)(std::move(triple));
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
  ParseState state{&file, &diagnostics, &on_triple};
  auto world = detail::make_raptor_world();
  raptor_world_set_log_handler(world.get(), &state, handle_log);
  const std::string syntax_name(syntax);
  detail::RaptorParser parser(raptor_new_parser(world.get(), syntax_name.c_str()));
  if (!parser) throw InternalError("Raptor has no parser for the syntax '" + syntax_name + "'");
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
