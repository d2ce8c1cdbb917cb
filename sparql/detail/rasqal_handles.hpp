// Owners for Rasqal and Raptor handles used by the SPARQL engine: std::unique_ptr with stateless
// deleters, so that every handle is freed on every path. Private to sparql/.
#pragma once

#include <rasqal.h>

#include <memory>

namespace vidensgraf::detail {

template <auto Free> struct FreeWith {
  template <class T> void operator()(T* p) const noexcept {
    if (p) Free(p);
  }
};

using RasqalWorldPtr = std::unique_ptr<rasqal_world, FreeWith<rasqal_free_world>>;
using RasqalQueryPtr = std::unique_ptr<rasqal_query, FreeWith<rasqal_free_query>>;
using RasqalResultsPtr = std::unique_ptr<rasqal_query_results, FreeWith<rasqal_free_query_results>>;
using RasqalLiteralPtr = std::unique_ptr<rasqal_literal, FreeWith<rasqal_free_literal>>;
using RaptorIostreamPtr = std::unique_ptr<raptor_iostream, FreeWith<raptor_free_iostream>>;
using RaptorSerializerPtr = std::unique_ptr<raptor_serializer, FreeWith<raptor_free_serializer>>;
using RaptorUriPtr = std::unique_ptr<raptor_uri, FreeWith<raptor_free_uri>>;
using RaptorMemoryPtr = std::unique_ptr<void, FreeWith<raptor_free_memory>>;

} // namespace vidensgraf::detail
