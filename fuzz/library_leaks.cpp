// Sanitizer settings linked into every harness executable (not into vidensgraf_fuzz_targets, so
// the test suite's own sanitizer build keeps its settings, tests/lsan.supp).
//
// Raptor 2.0.15 and Rasqal 0.9.33 leak what their own parsers allocated when they stop at a
// syntax error (upstream raptor issues #66 and #89; every malformed SPARQL query leaks 32-112
// bytes inside rasqal_query_prepare). That is not ours to free. Each suppression names the
// library function that allocated, not the library, so a Raptor or Rasqal object that we forget
// to free is still reported. The libraries are built without frame pointers: only the slow
// unwinder sees past their frames to those names.
extern "C" const char* __asan_default_options() {
  return "fast_unwind_on_malloc=0";
}

extern "C" const char* __lsan_default_suppressions() {
  return "leak:turtle_lexer_lex\n"           // Turtle: a TriG graph name in Turtle (issue #66)
         "leak:turtle_parser_parse\n"        // Turtle: terms of a statement cut short by an error
         "leak:raptor_ntriples_parse_term\n" // N-Triples/N-Quads: terms before a bad token
         "leak:sparql_lexer_lex\n"           // SPARQL: a token before a syntax error
         "leak:sparql_parser_parse\n"        // SPARQL: patterns and sequences of a rejected query
         // SPARQL: an aggregate inside a GROUP BY expression makes Rasqal 0.9.33 abandon the
         // whole execution state (row sources, rows, the literals our triples source handed it,
         // which Rasqal owns). Found by CI's 30 s run; kept in tests/data/fuzz/sparql/. Matching
         // the execution entry point also hides other leaks under a query's execution: our
         // triples source allocates only through RAII owners or hands ownership to Rasqal.
         "leak:rasqal_expression_sequence_evaluate\n"
         "leak:rasqal_query_execute_with_engine\n";
}
