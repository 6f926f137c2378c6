#!/usr/bin/env bash
# Builds the release preset's programs and man page, then the Debian package with CPack (dependencies from
# dpkg-shlibdeps). Prints the package's path, size and Depends line; the path is the last line.
#   scripts/package.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# Only what the package holds: the install rules do not depend on `all` (no test programs are built).
bash scripts/build.sh release swb segment-workbench manpages
command -v dpkg-shlibdeps >/dev/null || {
    echo "package.sh: dpkg-shlibdeps is missing: apt-get install dpkg-dev" >&2
    exit 1
}
rm -f build/segment-workbench_*.deb
(cd build && cpack -G DEB >/dev/null)
deb=$(ls build/segment-workbench_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1), $(stat -c %s "$deb") bytes)"
echo "Depends: $(dpkg-deb -f "$deb" Depends)"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
echo "$root/$deb"
