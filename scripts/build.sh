#!/usr/bin/env bash
# Installs missing packages, then configures and builds a preset (default release: build/, binaries in build/bin/;
# asan: build-asan/, used by scripts/sanitize.sh; fuzz and tsan build only the targets their scripts name).
#   scripts/build.sh [PRESET [TARGET…]]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
preset=${1:-release}
targets=("${@:2}")
bash scripts/install-deps.sh
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Paths inside the checkout are hashed relative to it, and the build folder is left out of the hash of builds with
# debug information, so clones in other folders (CI) share the cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
cmake --preset "$preset" >/dev/null
if ((${#targets[@]} > 0)); then
    cmake --build --preset "$preset" --parallel "$(nproc)" --target "${targets[@]}"
else
    cmake --build --preset "$preset" --parallel "$(nproc)"
fi
