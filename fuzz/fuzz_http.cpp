// libFuzzer entry point; the body is vidensgraf::fuzz::run_http (fuzz_targets.hpp), which the
// regression test replays on every kept input.
#include "fuzz/fuzz_targets.hpp"

// Loads the bundled dataset (and builds what the harness serves from it) before the first input,
// so that the start-up is not counted against the first input's time limit.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  vidensgraf::fuzz::run_http(nullptr, 0);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  vidensgraf::fuzz::run_http(data, size);
  return 0;
}
