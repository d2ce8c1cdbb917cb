#!/bin/bash
# Apache httpd (Debian's apache2) in front of `vidensgraf serve`, with the site's own
# apache-proxy.conf inside a VirtualHost: the same checks as nginx_test.sh (negotiation, documents,
# SPARQL, Apache's body limit, the server's 405) and a silent client cut off by mod_reqtimeout.
# Its own Apache (one process, -X) and server on free loopback ports, stopped at the end.
# Installs apache2 with apt-get when missing and run as root; otherwise exits 77 (ctest: skipped).
#   apache_test.sh VIDENSGRAF DATASET WORK_DIR   (DATASET: tests/data/site, which has /project/evil)
set -euo pipefail
vidensgraf=${1:?usage: apache_test.sh VIDENSGRAF DATASET WORK_DIR}
dataset=${2:?}
work=${3:?}
source "$(dirname "$0")/proxy_common.sh"

apache=/usr/sbin/apache2
ensure_installed "$apache" apache2
modules=/usr/lib/apache2/modules
for m in mpm_event authz_core proxy proxy_http reqtimeout; do
  [[ -f $modules/mod_$m.so ]] || fail "Apache has no mod_$m ($modules)"
done

rm -rf "$work"
mkdir -p "$work"
trap cleanup EXIT
start_server "$vidensgraf" "$dataset"

proxy_port=$(free_port)
sed -e "s|http://127.0.0.1:8080/|http://127.0.0.1:$server_port/|g" "$work/site/apache-proxy.conf" >"$work/proxy.conf"
grep -q "127.0.0.1:$server_port/" "$work/proxy.conf" || fail "apache-proxy.conf has no ProxyPass line to point at the server"
# Apache refuses to serve as root: as root it runs as nobody (nothing it serves is a file).
user=$(id -un)
group=$(id -gn)
if [[ $(id -u) -eq 0 ]]; then
  user=nobody
  group=$(id -gn nobody)
fi
cat >"$work/httpd.conf" <<CONF
ServerRoot $work
ServerName localhost
PidFile $work/httpd.pid
ErrorLog $work/error.log
LogLevel warn
Mutex file:$work default
DefaultRuntimeDir $work
User $user
Group $group
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule proxy_module $modules/mod_proxy.so
LoadModule proxy_http_module $modules/mod_proxy_http.so
LoadModule reqtimeout_module $modules/mod_reqtimeout.so
Listen 127.0.0.1:$proxy_port
<VirtualHost 127.0.0.1:$proxy_port>
  Include $work/proxy.conf
</VirtualHost>
CONF
"$apache" -t -f "$work/httpd.conf" >"$work/configtest.log" 2>&1 || { cat "$work/configtest.log" >&2; fail "apache2 -t refuses the configuration"; }
"$apache" -X -f "$work/httpd.conf" &
proxy_pid=$!
url="http://127.0.0.1:$proxy_port"
wait_for "$url"

check_proxy "$url" Apache
# RequestReadTimeout header=10-20: at most 20 s for the headers, less for a silent client.
timeout=$(sed -n 's/^RequestReadTimeout header=[0-9]*-\([0-9]*\).*/\1/p' "$work/proxy.conf")
[[ -n $timeout ]] || fail "apache-proxy.conf sets no header deadline (RequestReadTimeout header=)"
check_slow_header "$url" Apache "$timeout"
echo "Apache in front of vidensgraf serve: negotiation, documents, SPARQL and deadlines pass ($n triples)"
