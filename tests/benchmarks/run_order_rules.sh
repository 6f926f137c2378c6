#!/usr/bin/env bash
# Live counts with order rules (issue 15, item 4) on a 1,000,000-customer demo workspace (about 4,000,000 order
# lines): a definition with three customer rules and two `@orders` rules (one with a nested where and a 90-day
# window), counted by `swb bench count` (the in-memory engine: cold counts with the per-rule cache cleared, p50/p95
# over 50 runs) next to the sqlite3 shell running the compiled SQL that `swb count --sql` prints, on the same file, in
# the same run. Prints both, the ratio, whether the counts agree, and the targets: p50 <= 30 ms, >= 20x the shell.
# Usage: tests/benchmarks/run_order_rules.sh BUILD_DIR [CUSTOMERS]
# The workspace is kept in $SWB_BENCH_DIR (default: $TMPDIR/swb-bench-count, shared with run_count.sh).
set -euo pipefail
build=$(cd "${1:?usage: run_order_rules.sh BUILD_DIR [CUSTOMERS]}" && pwd)
customers=${2:-1000000}
swb="$build/bin/swb"
python=/usr/bin/python3
for tool in "$swb" sqlite3 "$python"; do
    command -v "$tool" >/dev/null || { echo "run_order_rules.sh: $tool is missing" >&2; exit 1; }
done
work=${SWB_BENCH_DIR:-${TMPDIR:-/tmp}/swb-bench-count}
mkdir -p "$work"
ws="$work/demo-$customers.sqlite"
if [[ ! -s "$ws" ]]; then
    echo "creating the demo workspace ($customers customers) with swb demo ..."
    "$swb" demo --db "$ws" --customers "$customers" --seed 42 >/dev/null
fi
definition="$work/order-rules.json"
cat >"$definition" <<'JSON'
{"combinator":"and","rules":[
  {"field":"country","operator":"in","value":"DE,AT,CH,FR"},
  {"field":"age","operator":">=","value":30},
  {"field":"newsletter","operator":"=","value":true},
  {"field":"@orders","operator":">=","value":2,"measure":"count",
   "where":{"combinator":"and","rules":[{"field":"amount","operator":">","value":50},{"field":"items","operator":">=","value":2}]},
   "window":{"inLastDays":90}},
  {"field":"@orders","operator":">","value":500,"measure":"sum"}
]}
JSON
lines=$(sqlite3 "$ws" "SELECT count(*) FROM orders")
echo "== order rules: $customers customers, $lines order lines, 3 customer rules + 2 order rules =="
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)  (figures are only meaningful below 1.5)"
cat "$ws" >/dev/null # both read the file from the page cache

export SWB_COLUMN_CACHE_DIR="$work/column-stores"
"$swb" bench count --db "$ws" --filter @"$definition" --runs 1 --json >/dev/null # the customers' copy, as an opening keeps it
swb_json=$("$swb" bench count --db "$ws" --filter @"$definition" --runs 50 --json)

# The compiled SQL with its parameters bound by the shell (.parameter set ?N value).
script="$work/order-rules.sql"
"$swb" count --db "$ws" --filter @"$definition" --sql | "$python" -c '
import re, sys
lines = sys.stdin.read().splitlines()
query = "\n".join(l for l in lines if not l.startswith("-- ?"))
for l in lines:
    m = re.match(r"-- \?(\d+) = (.*)", l)
    if m:
        # In double quotes: the shell hands the literal (quotes included) to SQLite, which evaluates it.
        print(f".parameter set ?{m.group(1)} \"{m.group(2)}\"")
print(query + ";")' >"$script"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
times=()
for run in 1 2 3; do
    start=$(date +%s%N)
    sqlite_count=$(sqlite3 "$ws" <"$script")
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
done
sqlite_ms=$(printf '%s\n' "${times[@]}" | median)

"$python" - "$swb_json" "$sqlite_ms" "$sqlite_count" <<'PY'
import json, sys
swb, sqlite_ms, sqlite_count = json.loads(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
print(f"swb bench count: {json.dumps(swb)}")
print(f"in memory: p50 {swb['p50_ms']:.1f} ms, p95 {swb['p95_ms']:.1f} ms, funnel {swb['funnel_ms']:.1f} ms, "
      f"count {swb['count']}")
print(f"sqlite3 shell, the compiled SQL: {sqlite_ms:.0f} ms, count {sqlite_count} -> ratio {sqlite_ms / swb['p50_ms']:.0f}x")
same = swb['count'] == sqlite_count == swb['sqlite_count']
checks = [("p50 <= 30 ms", swb['p50_ms'] <= 30), (">= 20x the sqlite3 shell", sqlite_ms / swb['p50_ms'] >= 20),
          ("same count", same)]
print("targets: " + ", ".join(f"{name} {'ok' if ok else 'MISSED'}" for name, ok in checks))
sys.exit(0 if same else 1)
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
