#!/usr/bin/env bash
# Clusters responsiveness: the longest event-loop stall of the main window (offscreen) while the Clusters page runs a
# k sweep (2..10, 3 restarts, 8 fields) and the user switches pages, scrolls the table and edits a rule, next to the
# same activity without a sweep. Target: <= 50 ms. Uses the 1,000,000-customer demo workspace the other benchmarks
# share (made with `swb demo` when missing), or the one given. The workspace gains one row in cluster_runs per run.
# Usage: tests/benchmarks/run_cluster_responsiveness.sh BUILD_DIR [WORKSPACE]
set -euo pipefail
build=$(cd "${1:?usage: run_cluster_responsiveness.sh BUILD_DIR [WORKSPACE]}" && pwd)
work=${SWB_BENCH_DIR:-${TMPDIR:-/tmp}/swb-bench-dashboard}
ws=${2:-$work/demo-1000000.sqlite}
bench="$build/bench/bench_cluster_responsiveness"
[[ -x "$bench" ]] || { echo "run_cluster_responsiveness.sh: $bench is missing (build its target)" >&2; exit 1; }
if [[ ! -s "$ws" ]]; then
    echo "creating the demo workspace $ws (1,000,000 customers) with swb demo ..."
    mkdir -p "$(dirname "$ws")"
    "$build/bin/swb" demo --db "$ws" --customers 1000000 --seed 42 >/dev/null
fi
export SWB_COLUMN_CACHE_DIR="$work/column-stores"
echo "== clusters responsiveness: $ws =="
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)  (figures are only meaningful below 1.5)"
QT_QPA_PLATFORM=offscreen "$bench" --db "$ws" 2> >(grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR >&2)
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
