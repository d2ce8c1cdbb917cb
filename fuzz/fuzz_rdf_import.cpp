// libFuzzer entry point; the body is vidensgraf::fuzz::run_rdf_import (fuzz_targets.hpp), which
// the regression test replays on every kept input.
#include "fuzz/fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  vidensgraf::fuzz::run_rdf_import(data, size);
  return 0;
}

// Raptor 2.0.15 leaks what its own parsers allocated when they stop at a syntax error (upstream
// raptor issues #66 and #89); that is not ours to free. The suppressions name the Raptor function
// that allocated, so a Raptor object we forget to free is still reported. Raptor is built without
// frame pointers: only the slow unwinder sees past its frames to those names.
extern "C" const char* __asan_default_options() {
  return "fast_unwind_on_malloc=0";
}
extern "C" const char* __lsan_default_suppressions() {
  return "leak:turtle_lexer_lex\n"          // a graph name in Turtle (TriG syntax): issue #66
         "leak:turtle_parser_parse\n"        // terms of a statement cut short by a syntax error
         "leak:raptor_ntriples_parse_term\n" // N-Triples/N-Quads terms before a bad token
         ;
}
