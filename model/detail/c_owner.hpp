// The one idiom for owning a C library's handle: a std::unique_ptr whose stateless deleter is the
// library's own free function, so that every handle is freed once, on every path. Each C library
// has one header of owners built from it (model/rdf/detail/raptor_owners.hpp,
// sparql/detail/rasqal_owners.hpp, exporters/diagram/detail/graphviz_owners.hpp,
// exporters/store/detail/curl_owners.hpp). Private to the library: no public header names a C
// type.
#pragma once

#include <memory>

namespace vidensgraf::detail {

/// Calls `Free` on a handle (never on a null one).
template <auto Free> struct FreeWith {
  template <class T> void operator()(T* handle) const noexcept {
    if (handle) Free(handle);
  }
};

/// The owner of a `T*` that `Free` releases.
template <class T, auto Free> using COwner = std::unique_ptr<T, FreeWith<Free>>;

} // namespace vidensgraf::detail
