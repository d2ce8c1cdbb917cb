#!/bin/bash
# nginx (Debian's) in front of `vidensgraf serve`, with the site's own nginx-proxy.conf: content
# negotiation (303 and 406), a Turtle document that rapper parses, SPARQL by GET and POST, a body
# over the limit refused by nginx, and a silent client cut off at the header deadline. Its own
# nginx and server on free loopback ports, stopped at the end. Installs nginx with apt-get when
# missing and run as root; otherwise exits 77 (ctest: skipped).
#   nginx_test.sh VIDENSGRAF DATASET WORK_DIR   (DATASET: tests/data/site, which has /project/evil)
set -euo pipefail
vidensgraf=${1:?usage: nginx_test.sh VIDENSGRAF DATASET WORK_DIR}
dataset=${2:?}
work=${3:?}
source "$(dirname "$0")/proxy_common.sh"

nginx=$(command -v nginx || echo /usr/sbin/nginx)
ensure_installed "$nginx" nginx

rm -rf "$work"
mkdir -p "$work/tmp"
trap cleanup EXIT
start_server "$vidensgraf" "$dataset"

# The site's proxy configuration, pointed at that port and listening on a free loopback port.
proxy_port=$(free_port)
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
proxy_pid=$!
url="http://127.0.0.1:$proxy_port"
wait_for "$url"

check_proxy "$url" nginx
timeout=$(sed -n 's/^ *client_header_timeout \([0-9]*\)s;/\1/p' "$work/proxy.conf")
[[ -n $timeout ]] || fail "nginx-proxy.conf sets no client_header_timeout"
check_slow_header "$url" nginx "$timeout"
echo "nginx in front of vidensgraf serve: negotiation, documents, SPARQL and deadlines pass ($n triples)"
