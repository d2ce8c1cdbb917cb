# Shared by the reverse-proxy tests (nginx_test.sh, apache_test.sh), sourced, not run: installing
# the proxy when it is missing, starting `vidensgraf serve` and writing the site, and the checks
# every proxy in front of the server must pass. The caller sets `work` and `proxy_pid`.

fail() { echo "FAILED: $*" >&2; exit 1; }

# ensure_installed BINARY PACKAGE: installs PACKAGE with apt-get when BINARY is missing (as root;
# service starts are denied during the install, so that the package starts no system-wide proxy
# on port 80); otherwise exits 77 (ctest: skipped).
ensure_installed() {
  local binary=$1 package=$2
  [[ -x $binary ]] && return 0
  if [[ $(id -u) -ne 0 ]]; then echo "SKIPPED: $package is not installed and the test does not run as root"; exit 77; fi
  local made_policy=
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    made_policy=1
  fi
  local ok=1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$package" >/dev/null ||
    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$package" >/dev/null; } ||
    ok=
  [[ -n $made_policy ]] && rm -f /usr/sbin/policy-rc.d
  [[ -n $ok ]] || { echo "SKIPPED: apt-get install $package failed"; exit 77; }
}

server_pid=
proxy_pid=
cleanup() {
  [[ -n $proxy_pid ]] && kill "$proxy_pid" 2>/dev/null && wait "$proxy_pid" 2>/dev/null
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  return 0
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# start_server VIDENSGRAF DATASET: the server on a free port (it prints the one it took), as the
# site's proxy configurations say to run it; sets server_port. Writes the site to $work/site.
start_server() {
  local vidensgraf=$1 dataset=$2
  "$vidensgraf" serve --host 127.0.0.1 --port 0 --max-connections-per-client 0 "$dataset" >"$work/serve.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 300); do grep -q 'serving' "$work/serve.log" && break; sleep 0.1; done
  server_port=$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/serve.log" | grep -o '[0-9]*/$' | tr -d /)
  [[ -n $server_port ]] || { cat "$work/serve.log" >&2; fail "the server did not start"; }
  "$vidensgraf" site -o "$work/site" "$dataset" >/dev/null
}

# wait_for URL: until the proxy answers (10 s at most).
wait_for() { for _ in $(seq 100); do curl -s -o /dev/null "$1/" && return 0; sleep 0.1; done; fail "the proxy does not answer at $1"; }

# status_of ARGS...: the status code; the headers go to $work/headers, the body to $work/body.
status_of() { curl -s --max-time 20 -D "$work/headers" -o "$work/body" -w '%{http_code}' "$@"; }
header() { tr -d '\r' <"$work/headers" | sed -n "s/^$1: //Ip" | tail -1; } # of the last response

# check_proxy URL NAME: pages, content negotiation (303, Vary, 406), a Turtle document that rapper
# parses, SPARQL by GET, POST and form, a malformed query's 400, the proxy's own body limit (413)
# and the server's 405 for writes, all through the proxy at URL.
check_proxy() {
  local url=$1 name=$2
  [[ $(status_of "$url/") == 200 ]] || fail "GET / through $name"
  grep -q '</html>' "$work/body" || fail "the home page through $name is not a page"

  local entity=/project/evil # of the hostile fixture, tests/data/site
  [[ $(status_of -H 'Accept: text/turtle;q=0.9, text/html;q=0.1' "$url$entity") == 303 ]] || fail "303 for Turtle"
  [[ $(header Location) == "$entity.ttl" ]] || fail "Location for Turtle: $(header Location)"
  [[ $(header Vary) == *Accept* ]] || fail "Vary: Accept lost"
  [[ $(status_of -H 'Accept: application/ld+json' "$url$entity") == 303 && $(header Location) == "$entity.jsonld" ]] ||
    fail "303 for JSON-LD"
  [[ $(status_of -H 'Accept: image/png' "$url$entity") == 406 ]] || fail "406 for an unacceptable type"
  [[ $(status_of -L -H 'Accept: text/turtle' "$url$entity") == 200 ]] || fail "following the 303"
  [[ $(header Content-Type) == 'text/turtle; charset=utf-8' ]] || fail "Content-Type of the Turtle: $(header Content-Type)"
  local triples
  triples=$(rapper -i turtle -c "$work/body" 2>&1 | sed -n "s/.*returned \([0-9]*\) triples.*/\1/p" || true)
  [[ ${triples:-0} -gt 0 ]] || fail "rapper found no triples in the Turtle through $name"

  local select='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
  [[ $(status_of -G --data-urlencode "query=$select" -H 'Accept: application/sparql-results+json' "$url/sparql") == 200 ]] ||
    fail "SPARQL GET"
  n=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"]["bindings"][0]["n"]["value"])' "$work/body")
  [[ $n -gt 0 ]] || fail "SPARQL counted no triples"
  [[ $(status_of -X POST -H 'Content-Type: application/sparql-query' -H 'Accept: application/sparql-results+json' \
    --data-binary 'ASK { ?s ?p ?o }' "$url/sparql") == 200 ]] || fail "SPARQL POST"
  python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["boolean"] is True' "$work/body" || fail "ASK through $name"
  [[ $(status_of -H 'Accept: text/csv' --data-urlencode "query=$select" "$url/sparql") == 200 ]] || fail "SPARQL form POST"
  [[ $(head -1 "$work/body" | tr -d '\r') == n ]] || fail "CSV results through $name"
  [[ $(status_of -X POST -H 'Content-Type: application/sparql-query' --data-binary 'SELECT ?x WHERE { ?x ' "$url/sparql") == 400 ]] ||
    fail "a malformed query is not 400 through $name"

  # The proxy's own limit: a body over 1 MiB never reaches the server. Writes are the server's 405.
  head -c 2000000 /dev/zero | tr '\0' ' ' >"$work/big"
  [[ $(status_of -X POST -H 'Content-Type: application/sparql-query' --data-binary "@$work/big" "$url/sparql") == 413 ]] ||
    fail "a 2 MB body is not 413 through $name"
  [[ $(status_of -X PUT "$url$entity.ttl") == 405 && $(header Allow) == 'GET, HEAD, OPTIONS' ]] || fail "PUT is not 405 with Allow"
}

# check_slow_header URL NAME SECONDS: a client that sends a request line and then nothing is cut
# off by the proxy within SECONDS (its header deadline), not held open.
check_slow_header() {
  local url=$1 name=$2 seconds=$3
  local hostport=${url#http://}
  local start end
  start=$(date +%s)
  python3 - "$hostport" "$seconds" <<'PY' || fail "$name kept a silent client open past its header deadline"
import socket, sys, time
host, port = sys.argv[1].split(":")
limit = float(sys.argv[2])
s = socket.create_connection((host, int(port)))
s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
s.settimeout(limit + 5)
start = time.monotonic()
try:
    while s.recv(4096):
        pass
except socket.timeout:
    sys.exit(1)
sys.exit(0 if time.monotonic() - start <= limit + 5 else 1)
PY
}
