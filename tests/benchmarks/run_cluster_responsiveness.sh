#!/usr/bin/env bash
# Clusters responsiveness: the longest event-loop stall of the main window (offscreen) while the Clusters page runs a
# k sweep (2..10, 3 restarts, 8 fields) and the user switches pages, scrolls the table and edits a rule, next to the
# same activity without a sweep. Target: <= 50 ms. Uses the 1,000,000-customer workspace that run_dashboard.sh makes
# (run that first, or give another workspace). The workspace gains one row in cluster_runs per run.
# Usage: tests/benchmarks/run_cluster_responsiveness.sh BUILD_DIR [WORKSPACE]
set -euo pipefail
build=$(cd "${1:?usage: run_cluster_responsiveness.sh BUILD_DIR [WORKSPACE]}" && pwd)
work=${SWB_BENCH_DIR:-${TMPDIR:-/tmp}/swb-bench-dashboard}
ws=${2:-$work/demo-1000000.sqlite}
bench="$build/bench/bench_cluster_responsiveness"
[[ -x "$bench" ]] || { echo "run_cluster_responsiveness.sh: $bench is missing (build its target)" >&2; exit 1; }
[[ -s "$ws" ]] || { echo "run_cluster_responsiveness.sh: $ws is missing: run tests/benchmarks/run_dashboard.sh $build first" >&2; exit 1; }
export SWB_COLUMN_CACHE_DIR="$work/column-stores"
echo "== clusters responsiveness: $ws =="
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)  (figures are only meaningful below 1.5)"
QT_QPA_PLATFORM=offscreen "$bench" --db "$ws" 2> >(grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR >&2)
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
