#!/usr/bin/env bash
# The soak test: builds the release preset's soak program, then runs CYCLES (default 10000) random
# build-count-save-snapshot-export-delete cycles on a new 100,000-customer demo workspace in a temporary folder.
# Exit status 0 when every count equals SQLite's, RSS at the end is within 10% of RSS after cycle 500, and no file
# descriptor or workspace connection is left over. Extra arguments go to the program (see `soak --help`).
#   scripts/soak.sh [CYCLES] [--seed S] [--customers N] [--minutes N] [--verbose]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
cycles=10000
if (($# > 0)) && [[ $1 =~ ^[0-9]+$ ]]; then
    cycles=$1
    shift
fi
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
cmake --preset release >/dev/null
cmake --build build --target soak --parallel "$(nproc)" >/dev/null
baseline=500
((cycles > 500)) || baseline=$((cycles / 5))
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
echo "soak: $cycles cycles ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1 /proc/loadavg))"
QT_QPA_PLATFORM=offscreen SWB_COLUMN_CACHE_DIR="$scratch" \
    build/tests/soak/soak --cycles "$cycles" --baseline "$baseline" "$@"
