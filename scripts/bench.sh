#!/usr/bin/env bash
# Benchmarks: installs what is missing, builds the release preset, then runs every tests/benchmarks/run_*.sh
# (or only those named: scripts/bench.sh import count). Each compares with its peer (sqlite3, scikit-learn)
# in the same run and prints the ratio. Run on a quiet machine: other load skews the figures.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/build.sh
build="$root/build"
if (($# > 0)); then
    scripts=()
    for name in "$@"; do scripts+=("tests/benchmarks/run_$name.sh"); done
else
    scripts=(tests/benchmarks/run_*.sh)
fi
status=0
for script in "${scripts[@]}"; do
    echo "=== $(basename "$script" .sh | sed 's/^run_//') ($(date +%H:%M:%S), load $(cut -d' ' -f1 /proc/loadavg)) ==="
    bash "$script" "$build" || status=1
    echo
done
exit $status
