#!/usr/bin/env bash
# Import benchmark: `swb import` against `sqlite3 .import --csv` on the same generated 1,000,000-customer CSV
# (the demo generator's customers.csv), fresh database files on the same disk. Prints both times, the ratio and
# swb's peak RSS. Usage: tests/benchmarks/run_import.sh BUILD_DIR [RUNS]
# Target: swb ≤ 0.45 × sqlite3's time with a peak RSS ≤ 300 MB. Run it on a quiet machine (see the load line).
# SWB_BENCH_PAGE_SIZE=16384 pre-creates swb's workspace with that page size (an experiment: Workspace::open creates
# workspaces with SQLite's default 4096).
set -euo pipefail
build=${1:?usage: run_import.sh BUILD_DIR [RUNS]}
runs=${2:-3}
customers=${SWB_BENCH_CUSTOMERS:-1000000}
swb="$build/bin/swb"
for tool in "$swb" sqlite3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "run_import.sh: $tool is missing" >&2; exit 1; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/swb-bench-import.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The CSV: `swb demo --csv-dir` when the CLI has it, else the same generator through bench_importdata.
if "$swb" demo --help 2>/dev/null | grep -q -- '--csv-dir'; then
    "$swb" demo --customers "$customers" --seed 1 --csv-dir "$work/data" --no-import >/dev/null
else
    "$build/bench/bench_importdata" "$customers" 1 "$work/data" >/dev/null
fi
csv="$work/data/customers.csv"
size_mb=$(( $(stat -c %s "$csv") / 1048576 ))
cat "$csv" >/dev/null # both tools read it from the page cache

echo "== import: $customers customers, ${size_mb} MB CSV, $runs runs each, interleaved =="
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
swb_times=(); sqlite_times=(); swb_rss=()
for run in $(seq "$runs"); do
    rm -f "$work"/swb.sqlite* "$work"/sqlite3.sqlite*
    if [ -n "${SWB_BENCH_PAGE_SIZE:-}" ]; then
        sqlite3 "$work/swb.sqlite" "PRAGMA page_size = $SWB_BENCH_PAGE_SIZE; VACUUM;"
    fi
    sync # the previous run's file goes to disk now, not while this one runs (for both tools alike)
    /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$swb" import "$csv" --db "$work/swb.sqlite" --json >"$work/report.json"
    read -r seconds rss user sys <"$work/time"
    swb_times+=("$seconds"); swb_rss+=("$rss")
    swb_cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
    sync
    /usr/bin/time -f '%e %M %U %S' -o "$work/time" sqlite3 "$work/sqlite3.sqlite" ".import --csv $csv customers"
    read -r seconds _ user sys <"$work/time"
    sqlite_times+=("$seconds")
    sqlite_cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
    echo "run $run: swb ${swb_times[-1]} s (CPU ${swb_cpu} s on 2 threads, peak RSS $(( rss / 1024 )) MB)," \
         "sqlite3 ${sqlite_times[-1]} s (CPU ${sqlite_cpu} s)"
done
rows=$(sqlite3 "$work/swb.sqlite" 'SELECT count(*) FROM customers')
check=$(sqlite3 "$work/swb.sqlite" 'PRAGMA integrity_check')
[ "$rows" = "$customers" ] || { echo "swb imported $rows rows, expected $customers" >&2; exit 1; }
[ "$check" = ok ] || { echo "integrity_check: $check" >&2; exit 1; }

# Other work on the machine only ever adds time: the minimum is the best estimate of each tool's own time.
swb_median=$(printf '%s\n' "${swb_times[@]}" | median)
sqlite_median=$(printf '%s\n' "${sqlite_times[@]}" | median)
swb_min=$(printf '%s\n' "${swb_times[@]}" | sort -n | head -1)
sqlite_min=$(printf '%s\n' "${sqlite_times[@]}" | sort -n | head -1)
rss_max=$(printf '%s\n' "${swb_rss[@]}" | sort -n | tail -1)
ratio=$(awk -v a="$swb_min" -v b="$sqlite_min" 'BEGIN {printf "%.2f", a / b}')
ratio_median=$(awk -v a="$swb_median" -v b="$sqlite_median" 'BEGIN {printf "%.2f", a / b}')
echo "swb import:       min ${swb_min} s, median ${swb_median} s, peak RSS $(( rss_max / 1024 )) MB"
echo "sqlite3 .import:  min ${sqlite_min} s, median ${sqlite_median} s"
echo "ratio swb/sqlite3: ${ratio} (minimums), ${ratio_median} (medians)  (target <= 0.45, peak RSS <= 300 MB)"
echo "swb phases of one more run (SWB_IMPORT_PROFILE=1; 'waiting' = inserter idle, waiting for the parser):"
rm -f "$work"/swb.sqlite*
if [ -n "${SWB_BENCH_PAGE_SIZE:-}" ]; then
    sqlite3 "$work/swb.sqlite" "PRAGMA page_size = $SWB_BENCH_PAGE_SIZE; VACUUM;"
fi
SWB_IMPORT_PROFILE=1 "$swb" import "$csv" --db "$work/swb.sqlite" --json 2>&1 >/dev/null | sed 's/^/  /'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
