#!/bin/bash
# Parallel readers of `vidensgraf serve` (issue 16): while one heavy SPARQL query runs all the
# time (restarted as soon as its time limit stops it), CONNECTIONS concurrent clients on loopback,
# half of them asking an entity page and half an ASK, for DURATION seconds (wrk); latency
# percentiles and errors of each half. Run with the query workers (default) and, for comparison,
# with --query-workers 0 (one query at a time in the server's process).
#   bench/serve_parallel.sh BUILD_DIR [DATA] [DURATION] [CONNECTIONS]
set -euo pipefail
build=${1:?usage: serve_parallel.sh BUILD_DIR [DATA] [DURATION] [CONNECTIONS]}
data=${2:-}
duration=${3:-10}
connections=${4:-200}
half=$((connections / 2))
command -v wrk >/dev/null || { echo "serve_parallel.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "serve_parallel.sh: curl is missing (apt-get install curl)" >&2; exit 2; }

heavy='SELECT * WHERE { ?a ?b ?c . ?d ?e ?f FILTER(?a = ?f && ?b = ?e) }'
ask='ASK%20%7B%20%3Fs%20a%20%3Ft%20%7D'
# The entity page: the dataset's first project (p1 in a generated model).
page=project/kol-region-nord.html
[ -n "$data" ] && page=project/p1.html

run() {
  local workers=$1 log pid url loop pages
  log=$(mktemp)
  # shellcheck disable=SC2086
  "$build/vidensgraf" serve --port 0 --threads 8 --query-workers "$workers" --timeout 30 \
    --max-connections-per-client 0 $data >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1200); do
    grep -q 'serving' "$log" && break
    sleep 0.1
  done
  url=$(grep -o 'http://[0-9.:]*/' "$log" | head -1)
  [ -n "$url" ] || { cat "$log" >&2; kill "$pid"; exit 1; }
  curl -s -o /dev/null "$url$page" # rendered once, then from the cache
  (while curl -s -o /dev/null --data-urlencode "query=$heavy" "${url}sparql"; do :; done) &
  loop=$!
  sleep 1
  echo "== --query-workers $workers: heavy query running; wrk -c$half on /$page and -c$half on ASK, ${duration}s"
  wrk -t1 -c"$half" -d"${duration}s" --latency "$url$page" >"$log.page" &
  pages=$!
  wrk -t1 -c"$half" -d"${duration}s" --latency -H 'Accept: application/sparql-results+json' \
    "${url}sparql?query=$ask" >"$log.ask"
  wait "$pages" || true
  for kind in page ask; do
    echo "-- $kind"
    grep -E 'requests in|Latency  |50%|90%|99%|Non-2xx|Socket errors' "$log.$kind"
  done
  kill "$loop" 2>/dev/null || true
  kill "$pid"
  pkill -P "$loop" curl 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -f "$log" "$log.page" "$log.ask"
}

echo "vidensgraf serve ${data:-(bundled dataset)}, $(nproc) cores, $(date -u +%Y-%m-%d)"
run 4
run 0
