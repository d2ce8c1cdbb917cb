#!/usr/bin/env bash
# Installs vidensgraf into a temporary prefix, runs the installed program from another folder
# (it must find its ontology and bundled dataset there, not in the source tree), and builds and
# runs the example against the installed CMake package.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR WORK_DIR
set -euo pipefail
build=$(realpath "$1") source=$(realpath "$2") work=$(realpath -m "$3")
rm -rf "$work" && mkdir -p "$work/elsewhere"
prefix="$work/prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null

cd "$work/elsewhere"
# Hide the source tree, so that a fallback to it cannot make the test pass.
out=$(env -u VIDENSGRAF_DATASET "$prefix/bin/vidensgraf" validate)
echo "$out"
grep -q "^$prefix/share/vidensgraf/data/signaturprojekter: valid" <<<"$out"
stats=$("$prefix/bin/vidensgraf" stats --format json)
grep -q '"Project": 15' <<<"$stats"
test -f "$prefix/share/man/man1/vidensgraf.1"
test -f "$prefix/share/bash-completion/completions/vidensgraf"
test -f "$prefix/share/vidensgraf/ontology/vidensgraf.ttl"
test -f "$prefix/include/vidensgraf/model/model.hpp"
! test -e "$prefix/include/vidensgraf/model/detail"

cmake -S "$source/examples" -B "$work/example-build" -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$work/example-build" >/dev/null
"$work/example-build/challenges_to_turtle" match-koebenhavn "$work/elsewhere/out.ttl"
rapper -q -i turtle -c "$work/elsewhere/out.ttl"
echo "install test passed"
