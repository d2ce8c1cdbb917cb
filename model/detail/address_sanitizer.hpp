// Whether this build runs under AddressSanitizer (GCC defines __SANITIZE_ADDRESS__, Clang has
// __has_feature): ASan reserves terabytes of address space for its shadow and keeps freed memory
// in quarantine, so address-space caps and resident-memory measures must know it.
#pragma once

#if defined(__SANITIZE_ADDRESS__)
#define VIDENSGRAF_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VIDENSGRAF_ASAN 1
#endif
#endif
#ifndef VIDENSGRAF_ASAN
#define VIDENSGRAF_ASAN 0
#endif

namespace vidensgraf::detail {

constexpr bool address_sanitizer = VIDENSGRAF_ASAN != 0;

} // namespace vidensgraf::detail
