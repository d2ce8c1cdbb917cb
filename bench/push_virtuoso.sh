#!/bin/bash
# push into a real Virtuoso (issue 16): its own instance on free loopback ports in a temporary
# folder, a user with SPARQL_UPDATE, then `vidensgraf push` of DATA timed with /usr/bin/time
# (wall, CPU, peak RSS) beside `validate` (the load alone) and the N-Triples export's size;
# with BATCH, in parts of BATCH triples (`push --batch-triples`).
#   bench/push_virtuoso.sh BUILD_DIR DATA [BATCH]
set -euo pipefail
build=${1:?usage: push_virtuoso.sh BUILD_DIR DATA}
data=${2:?usage: push_virtuoso.sh BUILD_DIR DATA [BATCH]}
batch=${3:-0}
command -v virtuoso-t >/dev/null || { echo "push_virtuoso.sh: virtuoso-t is missing (apt-get install virtuoso-opensource)" >&2; exit 2; }
dir=$(mktemp -d)
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
http=$(port)
sql=$(port)
cat >"$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/virtuoso.db
ErrorLogFile = $dir/virtuoso.log
LockFile = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql
DisableUnixSocket = 1
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
DirsAllowed = .
# One PUT or POST is one transaction: its after-image must fit (default 50 MB; a 32-bit value).
TransactionAfterImageLimit = 1500000000
[HTTPServer]
ServerPort = 127.0.0.1:$http
ServerRoot = $dir
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 100000
INI
virtuoso-t +foreground +configfile "$dir/virtuoso.ini" >"$dir/out" 2>&1 &
vpid=$!
trap 'kill "$vpid" 2>/dev/null; wait "$vpid" 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 600); do
  cat "$dir/virtuoso.log" "$dir/out" 2>/dev/null | grep -q "Server online at" && curl -sf -o /dev/null "http://127.0.0.1:$http/sparql" && break
  sleep 0.5
done
isql-vt "127.0.0.1:$sql" dba dba "exec=DB.DBA.USER_CREATE ('vgbench', 'secret'); GRANT SPARQL_UPDATE TO \"vgbench\";" >/dev/null
printf 'secret\n' >"$dir/password"
echo "push into Virtuoso $(dpkg-query -W -f='${Version}' virtuoso-opensource 2>/dev/null), ${data}, batches of ${batch} triples (0: one PUT), $(nproc) cores, $(date -u +%Y-%m-%d)"
/usr/bin/time -f "validate (load): %e s wall, %U+%S s CPU, %M KiB peak" "$build/vidensgraf" validate "$data" >/dev/null
"$build/vidensgraf" export --format ntriples -o "$dir/data.nt" "$data"
echo "N-Triples body: $(stat -c %s "$dir/data.nt") bytes, $(wc -l <"$dir/data.nt") triples"
rm -f "$dir/data.nt"
/usr/bin/time -f "push: %e s wall, %U+%S s CPU, %M KiB peak" "$build/vidensgraf" push \
  --store "http://127.0.0.1:$http/sparql-graph-crud-auth" --graph https://example.org/graph/bench \
  --user vgbench --password-file "$dir/password" --batch-triples "$batch" "$data"
echo "triples in the graph: $(curl -s "http://127.0.0.1:$http/sparql" --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://example.org/graph/bench> { ?s ?p ?o } }' -H 'Accept: text/csv' | tail -1)"
