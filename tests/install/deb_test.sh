#!/usr/bin/env bash
# Builds the Debian package with CPack, installs it with apt-get (which pulls the runtime
# dependencies dpkg-shlibdeps recorded), runs the installed program, and removes the package.
# Needs root (as on CI); exits 77 (skipped) otherwise.
# Usage: deb_test.sh BUILD_DIR WORK_DIR
set -euo pipefail
build=$(realpath "$1") work=$(realpath -m "$2")
if [[ $(id -u) -ne 0 ]]; then echo "skipped: installing a .deb needs root"; exit 77; fi
if dpkg-query -W -f='${Status}' vidensgraf 2>/dev/null | grep -q "install ok installed"; then
  echo "skipped: a vidensgraf package is already installed on this machine; not touching it"
  exit 77
fi
rm -rf "$work" && mkdir -p "$work"
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work" >/dev/null)
deb=$(ls "$work"/vidensgraf_*.deb)
dpkg-deb --field "$deb" Depends
trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq vidensgraf >/dev/null 2>&1 || true' EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
cd /
out=$(env -u VIDENSGRAF_DATASET /usr/bin/vidensgraf validate)
echo "$out"
grep -q "^/usr/share/vidensgraf/data/signaturprojekter: valid" <<<"$out"
man -w vidensgraf >/dev/null 2>&1 || test -f /usr/share/man/man1/vidensgraf.1.gz || test -f /usr/share/man/man1/vidensgraf.1
echo "deb test passed"
