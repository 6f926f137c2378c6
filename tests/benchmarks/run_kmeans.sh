#!/usr/bin/env bash
# k-means benchmark: our k-means against scikit-learn's on the same generated data (1,000,000 x 8 and
# 100,000 x 8). Builds nothing. Usage: run_kmeans.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-build}
[[ "$build" = /* ]] || build="$root/$build"
bench="$build/bench/bench_kmeans"
if [[ ! -x "$bench" ]]; then
    echo "run_kmeans.sh: $bench not found; build the bench_kmeans target first" >&2
    exit 2
fi

# The first python3 on PATH may lack numpy: take the first interpreter that imports what the reference needs.
python=""
for candidate in /usr/bin/python3 python3; do
    if command -v "$candidate" >/dev/null 2>&1 \
        && "$candidate" -c "import numpy, sklearn, threadpoolctl" >/dev/null 2>&1; then
        python=$(command -v "$candidate")
        break
    fi
done
if [[ -z "$python" ]]; then
    echo "run_kmeans.sh: no python3 that imports numpy, sklearn and threadpoolctl" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min; above 1.5 the figures are unreliable)"
seeds=0,1,2,3,4
status=0
for rows in 1000000 100000; do
    "$bench" generate --rows "$rows" --seed 42 --out "$tmp/data_$rows.npy"
    "$python" "$root/tests/benchmarks/kmeans_reference.py" "$tmp/data_$rows.npy" --k 8 --seeds "$seeds" \
        --init-out "$tmp/init_$rows.npy" >"$tmp/sklearn_$rows.json"
    "$bench" compare --data "$tmp/data_$rows.npy" --reference "$tmp/sklearn_$rows.json" --init "$tmp/init_$rows.npy" \
        --k 8 --seeds "$seeds" || status=1
    echo
done
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ $status -eq 0 ]]; then echo "k-means benchmark: all targets PASS"; else echo "k-means benchmark: some target FAILED"; fi
exit $status
