#!/usr/bin/env bash
# Dashboard benchmark on a 1,000,000-customer demo workspace with 12 saved segments: the KPIs of the base and all 12
# segments on the column store (bench_dashboard: the store loaded through its kept copy, as the dashboard's jobs load
# it, then the segments as bitsets and StoreKpis; also `swb kpis` end to end), and the 12 × 12 overlap — next to the
# sqlite3 shell running one aggregate SELECT per set (size, revenue, average order value, churn rate, NPS and the
# median recency) on the same file, in the same run. Checks that both give the same numbers. Prints the ratio.
# Targets: KPIs of 12 segments + base <= 0.1 x sqlite3's time; overlap 12 x 12 <= 0.3 s.
# Usage: tests/benchmarks/run_dashboard.sh BUILD_DIR [CUSTOMERS]
# The workspace is kept in $SWB_BENCH_DIR (default: $TMPDIR/swb-bench-dashboard) for later runs.
set -euo pipefail
build=$(cd "${1:?usage: run_dashboard.sh BUILD_DIR [CUSTOMERS]}" && pwd)
customers=${2:-1000000}
swb="$build/bin/swb"
bench="$build/bench/bench_dashboard"
python=/usr/bin/python3
for tool in "$swb" "$bench" sqlite3 "$python"; do
    command -v "$tool" >/dev/null || { echo "run_dashboard.sh: $tool is missing" >&2; exit 1; }
done
work=${SWB_BENCH_DIR:-${TMPDIR:-/tmp}/swb-bench-dashboard}
mkdir -p "$work"
export SWB_COLUMN_CACHE_DIR="$work/column-stores"

ws="$work/demo-$customers.sqlite"
if [[ ! -s "$ws" ]]; then
    echo "creating the demo workspace ($customers customers) with swb demo ..."
    "$swb" demo --db "$ws" --customers "$customers" --seed 42 >/dev/null
fi

# The demo's 3 segments plus 9: text lists, ranges, booleans, relative and fixed dates, a static segment and one
# built on two others.
save() { # NAME DEFINITION [--static]
    if ! "$swb" segment list --db "$ws" | cut -f1 | grep -qxF "$1"; then
        "$swb" segment save --db "$ws" --name "$1" --filter "$2" "${@:3}" >/dev/null
    fi
}
save "DE high value" '{"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"},{"field":"total_revenue","operator":">=","value":1000}]}'
save "Young mobile" '{"combinator":"and","rules":[{"field":"age","operator":"<","value":30},{"field":"device","operator":"=","value":"mobile"}]}'
save "Newsletter promoters" '{"combinator":"and","rules":[{"field":"newsletter","operator":"=","value":true},{"field":"nps","operator":">=","value":9}]}'
save "Churned detractors" '{"combinator":"and","rules":[{"field":"churned","operator":"=","value":true},{"field":"nps","operator":"<=","value":6}]}'
save "Frequent buyers" '{"combinator":"and","rules":[{"field":"orders_count","operator":">=","value":8}]}'
save "Lapsed a year" '{"combinator":"and","rules":[{"field":"last_purchase_date","operator":"notInLastDays","value":365}]}'
save "Signed up 2023" '{"combinator":"and","rules":[{"field":"signup_date","operator":"between","value":["2023-01-01","2023-12-31"]}]}'
save "Paid search south" '{"combinator":"and","rules":[{"field":"acquisition_channel","operator":"=","value":"paid_search"},{"field":"country","operator":"in","value":"IT,ES,FR"}]}'
save "Big spenders (frozen)" '{"combinator":"and","rules":[{"field":"total_revenue","operator":">=","value":2000}]}' --static
segments=$("$swb" segment list --db "$ws" | cut -f1)
count=$(printf '%s\n' "$segments" | grep -c .)
[[ "$count" == 12 ]] || { echo "run_dashboard.sh: expected 12 segments in $ws, found $count" >&2; exit 1; }
args=()
while IFS= read -r name; do args+=(--segment "$name"); done <<<"$segments"
names=$(printf '%s\n' "$segments" | paste -sd, -)

echo "== dashboard: $customers customers, 12 segments =="
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)  (figures are only meaningful below 1.5)"
cat "$ws" >/dev/null # everyone reads the file from the page cache
"$swb" kpis --db "$ws" "${args[@]}" --json >/dev/null # keeps the column store's copy when it is missing or stale

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { local start end; start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N); echo $(((end - start) / 1000000)); }
cli_kpis=() cli_overlap=()
for run in 1 2 3; do
    cli_kpis+=("$(ms "$swb" kpis --db "$ws" "${args[@]}" --json)")
    cli_overlap+=("$(ms "$swb" segment overlap --db "$ws" --names "$names" --json)")
done
cli_kpis_ms=$(printf '%s\n' "${cli_kpis[@]}" | median)
cli_overlap_ms=$(printf '%s\n' "${cli_overlap[@]}" | median)
kpis_json=$("$swb" kpis --db "$ws" "${args[@]}" --json)
bench_json=$("$bench" --db "$ws" --runs 5)

# The sqlite3 peer: one aggregate SELECT per set (the base, then each segment's own WHERE clause).
sql_json=$("$bench" --db "$ws" --print-sql)
sqlfile="$work/dashboard-peer.sql"
"$python" - "$sql_json" >"$sqlfile" <<'EOF'
import json, sys
spec = json.loads(sys.argv[1])
as_of = spec["as_of"]
sets = [("", "1 = 1")] + [(s["name"], s["where"]) for s in spec["segments"]]
print(".mode tabs")
for name, where in sets:
    print(f"""WITH s AS MATERIALIZED (SELECT total_revenue, orders_count, churned, nps,
    julianday('{as_of}') - julianday(date(last_purchase_date)) AS recency FROM customers WHERE {where}),
  r AS MATERIALIZED (SELECT recency FROM s WHERE recency IS NOT NULL)
SELECT count(*), sum(total_revenue), sum(total_revenue) / sum(orders_count), avg(churned),
  100.0 * (count(CASE WHEN nps >= 9 AND nps <= 10 THEN 1 END) - count(CASE WHEN nps >= 0 AND nps <= 6 THEN 1 END))
    / count(CASE WHEN nps >= 0 AND nps <= 10 THEN 1 END),
  (SELECT avg(recency) FROM (SELECT recency FROM r ORDER BY recency
     LIMIT 2 - (SELECT count(*) FROM r) % 2 OFFSET ((SELECT count(*) FROM r) - 1) / 2))
FROM s;""")
EOF
sqlite_times=()
for run in 1 2 3; do
    sqlite_times+=("$(ms sqlite3 "$ws" <"$sqlfile")")
done
sqlite_ms=$(printf '%s\n' "${sqlite_times[@]}" | median)
sqlite_out=$(sqlite3 "$ws" <"$sqlfile")

"$python" - "$bench_json" "$kpis_json" "$sqlite_out" "$sqlite_ms" "$cli_kpis_ms" "$cli_overlap_ms" "$sql_json" <<'EOF'
import json, math, sys
bench, kpis = json.loads(sys.argv[1]), json.loads(sys.argv[2])
rows = [line.split("\t") for line in sys.argv[3].strip().split("\n")]
sqlite_ms, cli_kpis_ms, cli_overlap_ms = float(sys.argv[4]), float(sys.argv[5]), float(sys.argv[6])
names = [s["name"] for s in json.loads(sys.argv[7])["segments"]]
sets = [kpis["base"]] + [kpis["segments"][n] for n in names]
def close(a, b):
    if a in ("", None) or b is None:
        return a in ("", None) and b is None
    return math.isclose(float(a), b, rel_tol=1e-9, abs_tol=1e-9)
differences = []
for name, row, mine in zip(["(base)"] + names, rows, sets):
    size, revenue, aov, churn, nps, recency = row
    want = [("size", int(size) == mine["size"]), ("revenue", close(revenue, mine["revenue"])),
            ("average_order_value", close(aov, mine["average_order_value"])),
            ("churn_rate", close(churn, mine["churn_rate"])), ("nps", close(nps, mine["nps"])),
            ("median_recency_days", close(recency, mine["median_recency_days"]))]
    differences += [f"{name}: {key}" for key, ok in want if not ok]
kpis_ms, overlap_ms, load_ms = bench["kpis_p50_ms"], bench["overlap_p50_ms"], bench["store_load_ms"]
print(f"bench_dashboard: {json.dumps(bench)}")
print(f"KPIs of 12 segments + base on the loaded store: p50 {kpis_ms:.1f} ms (min {bench['kpis_min_ms']:.1f} ms); "
      f"store load {load_ms:.0f} ms (from the kept copy)")
print(f"  old SQL path (one SELECT per set, rows read by KpiCalculator): {bench.get('sql_path_ms', float('nan')):.0f} ms, "
      f"identical numbers: {bench.get('identical_to_sql_path')}")
print(f"  swb kpis end to end (process start, workspace, store copy, KPIs, JSON): {cli_kpis_ms:.0f} ms (median of 3)")
print(f"sqlite3 shell, 13 aggregate SELECTs with the median recency: {sqlite_ms:.0f} ms (median of 3)")
print(f"ratio swb / sqlite3: {kpis_ms / sqlite_ms:.3f}x on the loaded store, "
      f"{(kpis_ms + load_ms) / sqlite_ms:.3f}x with the store's load, {cli_kpis_ms / sqlite_ms:.3f}x for swb kpis")
print(f"overlap 12 x 12 on the loaded store: p50 {overlap_ms:.1f} ms (min {bench['overlap_min_ms']:.1f} ms); "
      f"swb segment overlap end to end: {cli_overlap_ms:.0f} ms")
print("same numbers as sqlite3: " + ("yes" if not differences else "NO: " + ", ".join(differences)))
checks = [("KPIs <= 0.1x sqlite3", kpis_ms <= 0.1 * sqlite_ms), ("overlap <= 300 ms", overlap_ms <= 300),
          ("same numbers", not differences and bench.get("identical_to_sql_path", True))]
print("targets: " + ", ".join(f"{name} {'ok' if ok else 'MISSED'}" for name, ok in checks))
sys.exit(0 if not differences else 1)
EOF
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
