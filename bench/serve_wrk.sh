#!/bin/bash
# Load test of `vidensgraf serve` with wrk (Debian package wrk) on loopback: an entity page, the
# 303 of content negotiation, a Turtle document and a SPARQL query, each for DURATION seconds
# with CONNECTIONS concurrent connections. Figures go to stdout (bench/serve_wrk.txt holds a run).
#   bench/serve_wrk.sh BUILD_DIR [DURATION] [CONNECTIONS]
set -euo pipefail
build=${1:?usage: serve_wrk.sh BUILD_DIR [DURATION] [CONNECTIONS]}
duration=${2:-10}
connections=${3:-64}
command -v wrk >/dev/null || { echo "serve_wrk.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }

log=$(mktemp)
"$build/vidensgraf" serve --port 0 --threads 8 >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do
  grep -q 'serving' "$log" && break
  sleep 0.1
done
url=$(grep -o 'http://[0-9.:]*/' "$log" | head -1)
[ -n "$url" ] || { cat "$log" >&2; exit 1; }

query='SELECT%20%3Fp%20%3Fl%20WHERE%20%7B%20%3Fp%20a%20%3Chttps%3A%2F%2Fw3id.org%2Fvidensgraf%2Fontology%23Project%3E%20%3B%20%3Chttp%3A%2F%2Fwww.w3.org%2F2000%2F01%2Frdf-schema%23label%3E%20%3Fl%20%7D'
echo "vidensgraf serve, wrk -t2 -c$connections -d${duration}s, $(nproc) cores, $(date -u +%Y-%m-%d)"
for target in "project/kol-region-nord.html|" "project/kol-region-nord|text/turtle" \
              "project/kol-region-nord.ttl|" "sparql?query=$query|application/sparql-results+json"; do
  path=${target%%|*}
  accept=${target#*|}
  echo "== GET /${path:0:40} ${accept:+(Accept: $accept)}"
  wrk -t2 -c"$connections" -d"${duration}s" --latency ${accept:+-H "Accept: $accept"} "$url$path" |
    grep -E 'Requests/sec|Latency  |50%|99%|Non-2xx|Socket errors|requests in'
done
