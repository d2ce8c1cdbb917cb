// libFuzzer entry point; the body is vidensgraf::fuzz::run_rdf_import (fuzz_targets.hpp), which
// the regression test replays on every kept input.
#include "fuzz/fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  vidensgraf::fuzz::run_rdf_import(data, size);
  return 0;
}
