// A mistyped command, view or option: exit 2 and the closest known names (cli/did_you_mean.cpp).
#include "support/test_support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using vidensgraf::test::run_vidensgraf;

namespace {

const std::string see_help = "\nRun 'vidensgraf help' for the commands and options.\n";

void check_refused(const std::vector<std::string>& args, const std::string& message,
                   const std::string& after = see_help) {
  const auto r = run_vidensgraf(args);
  INFO("exit " << r.exit_code << "\n--- stderr\n" << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.err == "vidensgraf: " + message + after);
  CHECK(r.out.empty());
}

} // namespace

TEST_CASE("a mistyped command is answered with the command meant", "[cli][did-you-mean]") {
  check_refused({"valdate"}, "unknown command 'valdate'; did you mean 'validate'?");
}

TEST_CASE("a mistyped diagram view is answered with the view meant", "[cli][did-you-mean]") {
  check_refused({"diagram", "overveiw"}, "unknown command 'diagram overveiw'; did you mean 'diagram overview'?");
}

TEST_CASE("a mistyped query is answered with the query meant", "[cli][did-you-mean]") {
  check_refused({"query", "pth", "a", "b"}, "unknown command 'query pth'; did you mean 'query path'?");
}

TEST_CASE("a mistyped option is answered with the option of that command meant", "[cli][did-you-mean]") {
  check_refused({"stats", "--formt", "json"},
                "unknown option '--formt' for 'vidensgraf stats'; did you mean '--format'?");
  check_refused({"diagram", "focus", "--dpth", "2", "jura"},
                "unknown option '--dpth' for 'vidensgraf diagram focus'; did you mean '--depth'?");
}

TEST_CASE("a word close to no command is answered with the list of commands", "[cli][did-you-mean]") {
  check_refused({"diagram", "xyz"}, "unknown command 'diagram xyz'; the commands of 'vidensgraf diagram' are: "
                                    "overview, focus, challenges, matrix, ontology");
}

TEST_CASE("help names the command meant when a nested topic is mistyped", "[cli][did-you-mean]") {
  check_refused({"help", "query", "pth"}, "unknown command 'query pth'; did you mean 'query path'?",
                "\nRun 'vidensgraf help' for the commands.\n");
}
