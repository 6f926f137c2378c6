#!/usr/bin/env bash
# GUI responsiveness: the longest event-loop stall of the main window (offscreen) while a 1,000,000-customer import
# runs on a worker thread, the table is scrolled and the segment builder counts. Target: ≤ 50 ms.
# Usage: tests/benchmarks/run_responsiveness.sh BUILD_DIR [CUSTOMERS]
# Run it on a quiet machine (see the load line): the GUI thread competes with the import for 2 cores.
set -euo pipefail
build=${1:?usage: run_responsiveness.sh BUILD_DIR [CUSTOMERS]}
customers=${2:-${SWB_BENCH_CUSTOMERS:-1000000}}
bench="$build/bench/bench_responsiveness"
[[ -x "$bench" ]] || { echo "run_responsiveness.sh: $bench is missing (build the bench_responsiveness target)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/swb-bench-responsiveness.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "== responsiveness: $customers customers =="
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)"
QT_QPA_PLATFORM=offscreen "$bench" --customers "$customers" --work "$work" 2> >(grep -v -e propagateSizeHints -e XDG_RUNTIME_DIR >&2)
