#!/bin/bash
# nginx (Debian's) in front of `vidensgraf serve`, with the site's own nginx-proxy.conf: content
# negotiation (303 and 406), a Turtle document that rapper parses, SPARQL by GET and POST, and a
# body over the limit refused by nginx. Its own nginx and server on free loopback ports, stopped
# at the end. Installs nginx with apt-get when missing and run as root; otherwise exits 77 (ctest:
# skipped).
#   nginx_test.sh VIDENSGRAF DATASET WORK_DIR   (DATASET: tests/data/site, which has /project/evil)
set -euo pipefail
vidensgraf=${1:?usage: nginx_test.sh VIDENSGRAF DATASET WORK_DIR}
dataset=${2:?}
work=${3:?}

nginx=$(command -v nginx || echo /usr/sbin/nginx)
if [[ ! -x $nginx ]]; then
  if [[ $(id -u) -ne 0 ]]; then echo "SKIPPED: nginx is not installed and the test does not run as root"; exit 77; fi
  # The package's postinst would start a system-wide nginx on port 80: service starts are denied.
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nginx >/dev/null ||
    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nginx >/dev/null; } ||
    { echo "SKIPPED: apt-get install nginx failed"; exit 77; }
  rm -f /usr/sbin/policy-rc.d
  trap - EXIT
fi

rm -rf "$work"
mkdir -p "$work/tmp"
server_pid=
nginx_pid=
cleanup() {
  [[ -n $nginx_pid ]] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
  [[ -n $server_pid ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  return 0
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

# The server, on a free port (it prints the one it took).
"$vidensgraf" serve --port 0 --max-connections-per-client 0 "$dataset" >"$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 300); do grep -q 'serving' "$work/serve.log" && break; sleep 0.1; done
server_port=$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/serve.log" | grep -o '[0-9]*/$' | tr -d /)
[[ -n $server_port ]] || { cat "$work/serve.log" >&2; fail "the server did not start"; }

# The site's proxy configuration, pointed at that port and listening on a free loopback port.
"$vidensgraf" site -o "$work/site" "$dataset" >/dev/null
proxy_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sed -e "s/server 127.0.0.1:8080;/server 127.0.0.1:$server_port;/" -e "s/listen 80;/listen 127.0.0.1:$proxy_port;/" \
  "$work/site/nginx-proxy.conf" >"$work/proxy.conf"
grep -q "127.0.0.1:$server_port;" "$work/proxy.conf" || fail "nginx-proxy.conf has no upstream line to point at the server"
cat >"$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $work/tmp/body;
  proxy_temp_path $work/tmp/proxy;
  fastcgi_temp_path $work/tmp/fastcgi;
  uwsgi_temp_path $work/tmp/uwsgi;
  scgi_temp_path $work/tmp/scgi;
  include $work/proxy.conf;
}
CONF
"$nginx" -e "$work/error.log" -p "$work" -c "$work/nginx.conf" -g 'daemon off; master_process off;' &
nginx_pid=$!
url="http://127.0.0.1:$proxy_port"
for _ in $(seq 100); do curl -s -o /dev/null "$url/" && break; sleep 0.1; done

# status_of ARGS...: the status code; the headers go to $work/headers, the body to $work/body.
status_of() { curl -s --max-time 20 -D "$work/headers" -o "$work/body" -w '%{http_code}' "$@"; }
header() { tr -d '\r' <"$work/headers" | sed -n "s/^$1: //Ip" | tail -1; } # of the last response

[[ $(status_of "$url/") == 200 ]] || fail "GET / through nginx"
grep -q '</html>' "$work/body" || fail "the home page through nginx is not a page"

# Content negotiation: the server's 303 and Vary pass through unchanged.
entity=/project/evil # of the hostile fixture, tests/data/site
[[ $(status_of -H 'Accept: text/turtle;q=0.9, text/html;q=0.1' "$url$entity") == 303 ]] || fail "303 for Turtle"
[[ $(header Location) == "$entity.ttl" ]] || fail "Location for Turtle: $(header Location)"
[[ $(header Vary) == *Accept* ]] || fail "Vary: Accept lost"
[[ $(status_of -H 'Accept: application/ld+json' "$url$entity") == 303 && $(header Location) == "$entity.jsonld" ]] ||
  fail "303 for JSON-LD"
[[ $(status_of -H 'Accept: image/png' "$url$entity") == 406 ]] || fail "406 for an unacceptable type"
[[ $(status_of -L -H 'Accept: text/turtle' "$url$entity") == 200 ]] || fail "following the 303"
[[ $(header Content-Type) == 'text/turtle; charset=utf-8' ]] || fail "Content-Type of the Turtle: $(header Content-Type)"
triples=$(rapper -i turtle -c "$work/body" 2>&1 | sed -n "s/.*returned \([0-9]*\) triples.*/\1/p" || true)
[[ ${triples:-0} -gt 0 ]] || fail "rapper found no triples in the Turtle through nginx"

# SPARQL: GET with a query string, POST of a query, POST of a form.
select='SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
[[ $(status_of -G --data-urlencode "query=$select" -H 'Accept: application/sparql-results+json' "$url/sparql") == 200 ]] ||
  fail "SPARQL GET"
n=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"]["bindings"][0]["n"]["value"])' "$work/body")
[[ $n -gt 0 ]] || fail "SPARQL counted no triples"
[[ $(status_of -X POST -H 'Content-Type: application/sparql-query' -H 'Accept: application/sparql-results+json' \
  --data-binary 'ASK { ?s ?p ?o }' "$url/sparql") == 200 ]] || fail "SPARQL POST"
python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["boolean"] is True' "$work/body" || fail "ASK through nginx"
[[ $(status_of -H 'Accept: text/csv' --data-urlencode "query=$select" "$url/sparql") == 200 ]] || fail "SPARQL form POST"
[[ $(head -1 "$work/body" | tr -d '\r') == n ]] || fail "CSV results through nginx"
[[ $(status_of -X POST -H 'Content-Type: application/sparql-query' --data-binary 'SELECT ?x WHERE { ?x ' "$url/sparql") == 400 ]] ||
  fail "a malformed query is not 400 through nginx"

# nginx's own limit: a body over 1 MiB never reaches the server. Writes are the server's 405.
head -c 2000000 /dev/zero | tr '\0' ' ' >"$work/big"
[[ $(status_of -X POST -H 'Content-Type: application/sparql-query' --data-binary "@$work/big" "$url/sparql") == 413 ]] ||
  fail "a 2 MB body is not 413"
[[ $(status_of -X PUT "$url$entity.ttl") == 405 && $(header Allow) == 'GET, HEAD' ]] || fail "PUT is not 405 with Allow"
echo "nginx in front of vidensgraf serve: negotiation, documents and SPARQL pass ($n triples)"
