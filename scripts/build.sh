#!/usr/bin/env bash
# Installs missing packages, then configures and builds the release preset into build/ (binaries in build/bin/).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/install-deps.sh
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Paths inside the checkout are hashed relative to it, so clones in other folders share the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
cmake --preset release >/dev/null
cmake --build --preset release --parallel "$(nproc)"
