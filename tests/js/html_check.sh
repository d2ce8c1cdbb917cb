#!/usr/bin/env bash
# Every page of the site through the Nu Html Checker (vnu, the W3C's HTML validator; npm
# 'vnu-jar' in tests/js, run with Debian's Java): 'vidensgraf site' writes the site of DATASET,
# 'vidensgraf serve' gives the pages only a server has (the query forms and an answer), vnu
# checks each page, and the test passes with 0 errors on at least one page per entity.
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
# The pages only the server has: the served query page (its forms), the endpoint's query form
# and an answer as a table, in both languages.
mkdir -p "$work/served"
"$binary" serve --host 127.0.0.1 --port 0 "$dataset" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
url=
for _ in $(seq 1 600); do
  url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/' "$work/serve.log" | head -n 1 || true)
  [[ -n "$url" ]] && break
  sleep 0.1
done
if [[ -z "$url" ]]; then echo "FAIL: vidensgraf serve did not start"; cat "$work/serve.log"; exit 1; fi
select='SELECT%20%3Fs%20%3Flabel%20WHERE%20%7B%20%3Fs%20%3Chttp%3A%2F%2Fwww.w3.org%2F2000%2F01%2Frdf-schema%23label%3E%20%3Flabel%20%7D%20LIMIT%205'
for lang in en da; do
  suffix=$([[ $lang == da ]] && echo .da || true)
  fetch() { curl -sf -H 'Accept: text/html' -o "$work/served/$1" "$url$2"; }
  fetch "query$suffix.html" "query$suffix.html"
  fetch "sparql-form$suffix.html" "sparql?lang=$lang"
  fetch "sparql-answer$suffix.html" "sparql?lang=$lang&query=$select"
done
kill $server
wait $server 2>/dev/null || true
trap - EXIT
served=$(find "$work/served" -name '*.html' -size +1k | wc -l)
if ((served != 6)); then echo "FAIL: the server gave $served of its 6 pages"; exit 1; fi
pages=$((pages + served))
status=0
"$java" -jar "$jar" --errors-only --skip-non-html --format gnu "$work/site" "$work/served" 2>"$work/vnu.txt" || status=$?
errors=$(grep -c ':' "$work/vnu.txt" || true)
if ((errors > 0 || status != 0)); then
  head -n 40 "$work/vnu.txt"
  echo "FAIL: vnu found $errors errors on $pages pages (exit $status); all in $work/vnu.txt"
  exit 1
fi
echo "ok: vnu found 0 errors on $pages pages"
