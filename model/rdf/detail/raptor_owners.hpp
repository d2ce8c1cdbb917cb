// Owners for Raptor's C handles (the one idiom of model/detail/c_owner.hpp), and the one way to
// start a Raptor world. Private to the library (Raptor never appears in a public header).
#pragma once

#include "model/detail/c_owner.hpp"

#include <raptor2.h>

namespace vidensgraf::detail {

using RaptorWorld = COwner<raptor_world, raptor_free_world>;
using RaptorParser = COwner<raptor_parser, raptor_free_parser>;
using RaptorSerializer = COwner<raptor_serializer, raptor_free_serializer>;
using RaptorUri = COwner<raptor_uri, raptor_free_uri>;
using RaptorTerm = COwner<raptor_term, raptor_free_term>;
using RaptorStatement = COwner<raptor_statement, raptor_free_statement>;
using RaptorIostream = COwner<raptor_iostream, raptor_free_iostream>;
/// Memory Raptor allocated for the caller (e.g. the text of a string iostream).
using RaptorMemory = COwner<void, raptor_free_memory>;

/// A new, opened Raptor world; throws InternalError when Raptor cannot start.
RaptorWorld make_raptor_world();

} // namespace vidensgraf::detail
