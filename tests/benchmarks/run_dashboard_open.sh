#!/usr/bin/env bash
# Dashboard responsiveness: the longest event-loop stall of the main window (offscreen) while it opens a workspace
# on the Dashboard and fills it (KPIs, overlaps, distribution, trend), next to opening it on the Customers page.
# Target: <= 50 ms. Uses the 1,000,000-customer workspace with 12 segments that run_dashboard.sh makes (run that
# first, or give another workspace).
# Usage: tests/benchmarks/run_dashboard_open.sh BUILD_DIR [WORKSPACE]
set -euo pipefail
build=$(cd "${1:?usage: run_dashboard_open.sh BUILD_DIR [WORKSPACE]}" && pwd)
work=${SWB_BENCH_DIR:-${TMPDIR:-/tmp}/swb-bench-dashboard}
ws=${2:-$work/demo-1000000.sqlite}
bench="$build/bench/bench_dashboard_open"
[[ -x "$bench" ]] || { echo "run_dashboard_open.sh: $bench is missing (build the bench_dashboard_open target)" >&2; exit 1; }
[[ -s "$ws" ]] || { echo "run_dashboard_open.sh: $ws is missing: run tests/benchmarks/run_dashboard.sh $build first" >&2; exit 1; }
export SWB_COLUMN_CACHE_DIR="$work/column-stores"
echo "== dashboard open: $ws =="
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)  (figures are only meaningful below 1.5)"
QT_QPA_PLATFORM=offscreen "$bench" --db "$ws" 2> >(grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR >&2)
