// Owners for Raptor's C handles: each handle is freed by exactly one unique_ptr with a
// stateless deleter. Private to the library (Raptor never appears in a public header).
#pragma once

#include <memory>
#include <raptor2.h>

namespace vidensgraf::detail {

struct RaptorWorldFree {
  void operator()(raptor_world* w) const noexcept { raptor_free_world(w); }
};
struct RaptorParserFree {
  void operator()(raptor_parser* p) const noexcept { raptor_free_parser(p); }
};
struct RaptorSerializerFree {
  void operator()(raptor_serializer* s) const noexcept { raptor_free_serializer(s); }
};
struct RaptorUriFree {
  void operator()(raptor_uri* u) const noexcept { raptor_free_uri(u); }
};
struct RaptorTermFree {
  void operator()(raptor_term* t) const noexcept { raptor_free_term(t); }
};
struct RaptorIostreamFree {
  void operator()(raptor_iostream* s) const noexcept { raptor_free_iostream(s); }
};

using RaptorWorld = std::unique_ptr<raptor_world, RaptorWorldFree>;
using RaptorParser = std::unique_ptr<raptor_parser, RaptorParserFree>;
using RaptorSerializer = std::unique_ptr<raptor_serializer, RaptorSerializerFree>;
using RaptorUri = std::unique_ptr<raptor_uri, RaptorUriFree>;
using RaptorTerm = std::unique_ptr<raptor_term, RaptorTermFree>;
using RaptorIostream = std::unique_ptr<raptor_iostream, RaptorIostreamFree>;

/// A new, opened Raptor world; throws InternalError when Raptor cannot start.
RaptorWorld make_raptor_world();

} // namespace vidensgraf::detail
