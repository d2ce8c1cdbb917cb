#!/usr/bin/env bash
# Every page of the site through the Nu Html Checker (vnu, the W3C's HTML validator; npm
# 'vnu-jar' in tests/js, run with Debian's Java): 'vidensgraf site' writes the site of DATASET,
# vnu checks each .html file, and the test passes with 0 errors on at least one page per entity.
#
# Usage: html_check.sh VIDENSGRAF_BINARY DATASET WORK_DIR
# Exit codes: 0 passed, 1 failed, 77 skipped (no java or no vnu-jar).
set -euo pipefail
binary=$1 dataset=$2 work=$3
here=$(cd "$(dirname "$0")" && pwd)
jar=$here/node_modules/vnu-jar/build/dist/vnu.jar
java=${JAVA:-$(command -v java || true)}
if [[ -z "$java" ]]; then echo "SKIPPED: no java (Debian package default-jre-headless)"; exit 77; fi
if [[ ! -f "$jar" ]]; then echo "SKIPPED: $jar is missing (npm ci --prefix tests/js)"; exit 77; fi

rm -rf "$work"
mkdir -p "$work"
"$binary" site -o "$work/site" "$dataset" >/dev/null
pages=$(find "$work/site" -name '*.html' | wc -l)
entities=$(find "$work/site" -mindepth 2 -name '*.ttl' -not -path '*/ontology/*' | wc -l)
echo "pages: $pages, entities: $entities"
if ((pages < 2 * entities || entities == 0)); then
  echo "FAIL: expected two pages per entity ($entities entities), found $pages pages"
  exit 1
fi
status=0
"$java" -jar "$jar" --errors-only --skip-non-html --format gnu "$work/site" 2>"$work/vnu.txt" || status=$?
errors=$(grep -c ':' "$work/vnu.txt" || true)
if ((errors > 0 || status != 0)); then
  head -n 40 "$work/vnu.txt"
  echo "FAIL: vnu found $errors errors on $pages pages (exit $status); all in $work/vnu.txt"
  exit 1
fi
echo "ok: vnu found 0 errors on $pages pages"
