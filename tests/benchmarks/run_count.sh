#!/usr/bin/env bash
# Live-count benchmark on a 1,000,000-customer demo workspace: `swb bench count` (open + column-store load — from
# SQLite with --no-cache as after an import, and from the copy kept in the cache folder; cold count p50/p95 over 50
# runs with the per-rule cache cleared, funnel) and bench_count (memory with the workspace open,
# editing one rule, the CountService round trip), next to the sqlite3 shell running the same 6-rule definition
# written as SQL, in the same run. Prints the figures, the ratio and the targets.
# Targets: p50 <= 20 ms, p95 <= 40 ms, funnel <= 60 ms, open <= 1500 ms, RSS with the workspace open <= 600 MB.
# Usage: tests/benchmarks/run_count.sh BUILD_DIR [CUSTOMERS]
# The workspace is kept in $SWB_BENCH_DIR (default: $TMPDIR/swb-bench-count) for later runs. Run on a quiet machine.
set -euo pipefail
build=$(cd "${1:?usage: run_count.sh BUILD_DIR [CUSTOMERS]}" && pwd)
customers=${2:-1000000}
swb="$build/bin/swb"
bench="$build/bench/bench_count"
python=/usr/bin/python3
for tool in "$swb" "$bench" sqlite3 "$python"; do
    command -v "$tool" >/dev/null || { echo "run_count.sh: $tool is missing" >&2; exit 1; }
done
work=${SWB_BENCH_DIR:-${TMPDIR:-/tmp}/swb-bench-count}
mkdir -p "$work"

# The workspace: `swb demo` (the real importer), or bench_count's generator with the demo's columns without it.
ws="$work/demo-$customers.sqlite"
if [[ ! -s "$ws" ]]; then
    if "$swb" demo --help >/dev/null 2>&1; then
        echo "creating the demo workspace ($customers customers) with swb demo ..."
        "$swb" demo --db "$ws" --customers "$customers" --seed 42 >/dev/null
    else
        echo "swb demo is not available: generating a workspace with the demo's columns ..."
        "$bench" --generate "$customers" --db "$ws" --seed 42 >/dev/null
    fi
fi

definition="$work/six-rules.json"
cat >"$definition" <<'EOF'
{"combinator":"and","rules":[
  {"field":"country","operator":"in","value":"DE,AT,CH"},
  {"combinator":"or","rules":[
    {"field":"total_revenue","operator":">=","value":500},
    {"field":"orders_count","operator":">","value":3}]},
  {"field":"last_purchase_date","operator":"notInLastDays","value":90},
  {"field":"age","operator":"between","value":[25,55]},
  {"combinator":"and","not":true,"rules":[{"field":"email","operator":"endsWith","value":"@example.org"}]}
]}
EOF
# The same rules by hand. notInLastDays 90 with the workspace's as-of date (its override, else the day after the
# latest purchase): NOT (d >= as-of - 90 days AND d < as-of + 1 day).
as_of=$(sqlite3 "$ws" "SELECT value FROM meta WHERE key = 'as_of_date'")
[[ -n "$as_of" ]] || as_of=$(sqlite3 "$ws" "SELECT date(max(last_purchase_date), '+1 day') FROM customers")
from=$(date -d "$as_of -90 days" +%F)
to=$(date -d "$as_of +1 day" +%F)
where="country IN ('DE','AT','CH') AND (total_revenue >= 500 OR orders_count > 3)
  AND NOT (last_purchase_date >= '$from' AND last_purchase_date < '$to')
  AND age BETWEEN 25 AND 55 AND NOT (email LIKE '%@example.org')"

echo "== live counts: $customers customers, 6 rules, as-of $as_of =="
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)  (figures are only meaningful below 1.5)"
cat "$ws" >/dev/null # everyone reads the file from the page cache

# Opening twice: decoded from SQLite as after an import (--no-cache), and from the copy of the column store that
# an opening keeps in the cache folder (the first run below writes it when it is missing or stale).
export SWB_COLUMN_CACHE_DIR="$work/column-stores"
cold_json=$("$swb" bench count --db "$ws" --filter @"$definition" --runs 5 --no-cache --json)
"$swb" bench count --db "$ws" --filter @"$definition" --runs 1 --json >/dev/null
swb_json=$("$swb" bench count --db "$ws" --filter @"$definition" --runs 50 --json)
bench_json=$("$bench" --db "$ws" --filter @"$definition" --runs 50 --edit-field total_revenue \
    --edit-values 300,400,500,600,700)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
sqlite_times=()
for run in 1 2 3 4 5; do
    start=$(date +%s%N)
    sqlite_count=$(sqlite3 "$ws" "SELECT count(*) FROM customers WHERE $where")
    end=$(date +%s%N)
    sqlite_times+=("$(( (end - start) / 1000000 ))")
done
sqlite_ms=$(printf '%s\n' "${sqlite_times[@]}" | median)
swb_count=$("$swb" count --db "$ws" --filter @"$definition")

"$python" - "$swb_json" "$bench_json" "$sqlite_ms" "$sqlite_count" "$swb_count" "$cold_json" <<'EOF'
import json, sys
swb, bench = json.loads(sys.argv[1]), json.loads(sys.argv[2])
sqlite_ms, sqlite_count, cli_count = float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
cold = json.loads(sys.argv[6])
print(f"swb bench count: {json.dumps(swb)}")
print(f"  --no-cache:    {json.dumps(cold)}")
print(f"bench_count:     {json.dumps(bench)}")
print(f"open (workspace + column store), copy current: {swb['open_ms']:.0f} ms (store from {swb['store_from']})")
print(f"open, decoded from SQLite (first opening after an import): {cold['open_ms']:.0f} ms "
      f"(bench_count: {bench['open_ms']:.0f} ms)")
print(f"count, cold:   p50 {swb['p50_ms']:.1f} ms, p95 {swb['p95_ms']:.1f} ms over {swb['runs']} runs "
      f"(cached rules: p50 {swb['cached_p50_ms']:.2f} ms)")
print(f"funnel, {swb['rules']} rules: {swb['funnel_ms']:.1f} ms cold, {swb['funnel_cached_ms']:.1f} ms cached")
print(f"editing one rule (count + funnel): p50 {bench['edit_one_rule_p50_ms']:.1f} ms, "
      f"p95 {bench['edit_one_rule_p95_ms']:.1f} ms")
print(f"CountService request -> countReady: p50 {bench['service_request_p50_ms']:.1f} ms, "
      f"p95 {bench['service_request_p95_ms']:.1f} ms")
print(f"memory: RSS {bench['rss_open_mb']:.0f} MB with the workspace open (peak {bench['rss_peak_mb']:.0f} MB), "
      f"column store {bench['store_mb']:.0f} MB")
print(f"sqlite3 shell, same query: {sqlite_ms:.0f} ms (median of 5) -> ratio sqlite3 / swb p50 = "
      f"{sqlite_ms / swb['p50_ms']:.1f}x")
counts = {swb['count'], cold['count'], bench['count'], sqlite_count, cli_count}
print(f"count: {swb['count']} (sqlite3 {sqlite_count}, swb count {cli_count})")
checks = [("p50 <= 20 ms", swb['p50_ms'] <= 20), ("p95 <= 40 ms", swb['p95_ms'] <= 40),
          ("funnel <= 60 ms", swb['funnel_ms'] <= 60), ("open <= 1500 ms", swb['open_ms'] <= 1500 and swb['store_from'] == 'cache'),
          ("first open after an import <= 1500 ms", cold['open_ms'] <= 1500),
          ("RSS <= 600 MB", bench['rss_open_mb'] <= 600), ("same count everywhere", len(counts) == 1)]
print("targets: " + ", ".join(f"{name} {'ok' if ok else 'MISSED'}" for name, ok in checks))
sys.exit(0 if len(counts) == 1 else 1)
EOF
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
