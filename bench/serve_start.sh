#!/bin/bash
# How soon `vidensgraf serve` answers on a generated model, and what its first requests cost
# (issue 16): against the load and the SPARQL index build, measured from the command line the way
# bench/run does (/usr/bin/time: wall seconds, CPU seconds and peak resident MiB).
#   bench/serve_start.sh BUILD_DIR [SIZES...]      (default size 100000; data in $BENCH_WORK)
# BENCH_WHOLE_DATA=0 leaves out the requests that write the whole data (dumps, home page, records).
# For each size it prints, tab-separated:
#   load+validate            `validate`: the load alone; its peak is the loaded model's memory
#   load+sparql index        `sparql` with a query that matches nothing: load and index build
#   serve ready              from start to the first answer (an entity page), its CPU and RSS then
#   then the time of each request (curl's time_total) and the server's RSS after it.
set -euo pipefail
build=$(realpath "${1:?usage: serve_start.sh BUILD_DIR [SIZES...]}")
shift
sizes=("${@:-100000}")
vg="$build/vidensgraf"
work=${BENCH_WORK:-/tmp/vidensgraf-bench}
mkdir -p "$work"
port=${BENCH_PORT:-18716}

rss_mib() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
cpu_s() { awk -v tck="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / tck }' "/proc/$1/stat"; }
timed() { # NAME COMMAND...: wall s and peak MiB of one run
  local name=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.log" "$@" >/dev/null 2>"$work/last.err"
  read -r secs user sys kb <"$work/time.log"
  printf '%s\t%s\t%s s (CPU %s s)\t%s MiB\n' "$n" "$name" "$secs" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" \
    "$((kb / 1024))"
}
request() { # NAME PATH [ACCEPT]: one request's time and the server's RSS after it
  local name=$1 path=$2 accept=${3:-*/*}
  local t
  t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 1800 -H "Accept: $accept" "http://127.0.0.1:$port$path")
  printf '%s\t%s\t%s s (HTTP %s)\t%s MiB\n' "$n" "$name" "${t#* }" "${t%% *}" "$(rss_mib "$pid")"
}

for n in "${sizes[@]}"; do
  data="$work/data-$n"
  [[ -d "$data" ]] || "$vg" generate --entities "$n" --seed 7 "$data" >/dev/null 2>&1
  timed "load+validate" "$vg" validate "$data"
  timed "load+sparql index" "$vg" sparql 'ASK { <urn:nothing> <urn:nothing> <urn:nothing> }' "$data"

  start=$(date +%s.%N)
  "$vg" serve --port "$port" "$data" >"$work/serve.log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null || true' EXIT
  until curl -s -o /dev/null --max-time 5 "http://127.0.0.1:$port/project/p1.html"; do
    kill -0 "$pid" || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.05
  done
  ready=$(date +%s.%N)
  printf '%s\tserve ready (first answer: /project/p1.html)\t%.2f s (CPU %s s)\t%s MiB\n' "$n" \
    "$(awk -v a="$start" -v b="$ready" 'BEGIN { print b - a }')" "$(cpu_s "$pid")" "$(rss_mib "$pid")"
  request "entity page, first" /project/p2.html
  request "entity page, cached" /project/p2.html
  request "entity Turtle, first" /project/p3.ttl
  request "kind page, first" /project/index.html
  request "kind page, cached" /project/index.html
  if [[ ${BENCH_WHOLE_DATA:-1} == 0 ]]; then # BENCH_WHOLE_DATA=0: not the dumps (half an hour at 1M)
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    trap - EXIT
    continue
  fi
  request "N-Triples dump, first" /downloads/data.nt
  request "N-Triples dump, again" /downloads/data.nt
  request "home page, first (measures every dump)" /index.html
  request "home page, cached" /index.html
  request "catalogue record, first" /dataset.ttl
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  trap - EXIT
done
