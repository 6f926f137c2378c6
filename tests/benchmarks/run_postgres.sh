#!/usr/bin/env bash
# The PostgreSQL backend (issue 19) against psql on the same throwaway servers, in the same run:
# - import: `swb import customers.csv --db postgresql://…` (parsed, checked and typed by the importer and streamed
#   into COPY as it goes) next to two psql `\copy`s of the same file: into an all-text table (a raw load: the
#   issue's peer), and into a table with the column types swb gives the file (the same work on the server; the
#   boolean columns are boolean there, since the file's yes/no cannot go into swb's 0/1 bigint; no key, as swb's
#   table has none: swb checks the keys itself); and the same import laid out over two shards;
# - count: the builder's six-rule definition, `swb count --db …` next to `psql -c` running the SQL that
#   `swb count --sql` prints (literals in place of the parameters), both as whole processes (connection included),
#   p50 of 7 runs, on one server and on the coordinator with two shards;
# - funnel of the same definition and KPIs of 12 saved segments (`swb kpis`), p50 of 5 runs (no psql peer: their SQL
#   is the program's own).
# Usage: tests/benchmarks/run_postgres.sh BUILD_DIR [CUSTOMERS]   (default 1,000,000; the issue's figure is 10,000,000)
set -euo pipefail
build=$(cd "${1:?usage: run_postgres.sh BUILD_DIR [CUSTOMERS]}" && pwd)
customers=${2:-1000000}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
swb="$build/bin/swb"
python=/usr/bin/python3
for tool in "$swb" psql "$python"; do
    command -v "$tool" >/dev/null || { echo "run_postgres.sh: $tool is missing" >&2; exit 1; }
done
work=${SWB_BENCH_DIR:-${TMPDIR:-/tmp}/swb-bench-postgres}
mkdir -p "$work"
csv="$work/csv-$customers"
if [[ ! -s "$csv/customers.csv" ]]; then
    echo "writing the demo customers ($customers) with swb demo ..."
    "$swb" demo --db "$work/unused.sqlite" --customers "$customers" --seed 42 --csv-dir "$csv" --no-import >/dev/null
fi
servers="$work/servers"
bash "$root/scripts/pg-test-servers.sh" start "$servers" >/dev/null
trap 'bash "$root/scripts/pg-test-servers.sh" stop "$servers" >/dev/null' EXIT
# shellcheck disable=SC1091
source "$servers/env"
shards=(--shard "shard1=$SWB_PG_SHARD1" --shard "shard2=$SWB_PG_SHARD2")
echo "== PostgreSQL backend: $customers customers =="
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  cores: $(nproc)  (figures are only meaningful below 1.5)"
cat "$csv/customers.csv" >/dev/null

now() { date +%s%N; }
ms() { echo $((($2 - $1) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Import: swb (one server, then the shards) and psql's \copy into an all-text table of the file's columns.
start=$(now); "$swb" import "$csv/customers.csv" --db "$SWB_PG_PLAIN" >/dev/null; swb_import=$(ms "$start" "$(now)")
start=$(now); "$swb" import "$csv/customers.csv" --db "$SWB_PG_COORD" "${shards[@]}" >/dev/null
sharded_import=$(ms "$start" "$(now)")
columns=$(head -1 "$csv/customers.csv" | "$python" -c 'import csv,sys; print(", ".join(f"c{i} text" for i,_ in enumerate(next(csv.reader(sys.stdin)))))')
psql -q "$SWB_PG_PLAIN" -c "DROP TABLE IF EXISTS raw_copy; CREATE TABLE raw_copy ($columns)"
start=$(now); psql -q "$SWB_PG_PLAIN" -c "\\copy raw_copy FROM '$csv/customers.csv' WITH (FORMAT csv, HEADER true)"
psql_import=$(ms "$start" "$(now)")
psql -q "$SWB_PG_PLAIN" -c "DROP TABLE raw_copy"
# The fairer peer: the column types of the table swb made (its catalog says which bigints are booleans).
typed=$(psql -At "$SWB_PG_PLAIN" -c "SELECT string_agg(format('%I %s', c.column_name, CASE WHEN f.type = 'boolean' \
    THEN 'boolean' WHEN c.data_type = 'text' THEN 'text COLLATE \"C\"' ELSE c.data_type END), ', ' ORDER BY \
    c.ordinal_position) FROM information_schema.columns c LEFT JOIN fields f ON f.table_name = 'customers' AND \
    f.name = c.column_name WHERE c.table_schema = current_schema() AND c.table_name = 'customers'")
psql -q "$SWB_PG_PLAIN" -c "DROP TABLE IF EXISTS typed_copy; CREATE TABLE typed_copy ($typed)"
start=$(now); psql -q "$SWB_PG_PLAIN" -c "\\copy typed_copy FROM '$csv/customers.csv' WITH (FORMAT csv, HEADER true)"
psql_typed=$(ms "$start" "$(now)")
psql -q "$SWB_PG_PLAIN" -c "DROP TABLE typed_copy"

definition="$work/six-rules.json"
cat >"$definition" <<'JSON'
{"combinator":"and","rules":[
  {"field":"country","operator":"in","value":["DE","AT","CH"]},
  {"field":"age","operator":"between","value":[25,54]},
  {"field":"newsletter","operator":"=","value":true},
  {"field":"signup_date","operator":"inLastDays","value":720},
  {"field":"acquisition_channel","operator":"!=","value":"paid_search"},
  {"field":"nps","operator":">=","value":7}
]}
JSON
# The count statement with its parameters written in as literals, for psql.
literal_sql() {
    "$swb" count --db "$1" --filter @"$definition" --as-of 2024-07-01 --sql | "$python" -c '
import re, sys
lines = sys.stdin.read().splitlines()
values = {m.group(1): m.group(2) for m in (re.match(r"-- \$(\d+) = (.*)", l) for l in lines) if m}
query = "\n".join(l for l in lines if not l.startswith("-- $"))
print(re.sub(r"\$(\d+)", lambda m: values[m.group(1)], query) + ";")'
}
time_runs() { # RUNS COMMAND…: p50 wall milliseconds
    local runs=$1; shift
    for _ in $(seq "$runs"); do
        local s; s=$(now); "$@" >/dev/null; ms "$s" "$(now)"
    done | median
}
segments=()
for i in $(seq 1 12); do
    rule=$("$python" -c "import json; print(json.dumps({'combinator':'and','rules':[{'field':'age','operator':'>=','value':18+3*$i},{'field':'nps','operator':'<=','value':$i % 11}]}))")
    for db in "$SWB_PG_PLAIN" "$SWB_PG_COORD"; do
        "$swb" segment save --db "$db" --name "bench $i" --filter "$rule" >/dev/null
    done
    segments+=(--segment "bench $i")
done

report() { # NAME URI
    local name=$1 uri=$2 sql
    sql=$(literal_sql "$uri")
    local swb_count psql_count funnel kpis count_value psql_value
    count_value=$("$swb" count --db "$uri" --filter @"$definition" --as-of 2024-07-01)
    psql_value=$(psql -At "$uri" -c "$sql")
    swb_count=$(time_runs 7 "$swb" count --db "$uri" --filter @"$definition" --as-of 2024-07-01)
    psql_count=$(time_runs 7 psql -At "$uri" -c "$sql")
    funnel=$(time_runs 5 "$swb" count --db "$uri" --filter @"$definition" --as-of 2024-07-01 --funnel)
    kpis=$(time_runs 5 "$swb" kpis --db "$uri" "${segments[@]}" --json)
    echo "$name: count $count_value (psql $psql_value)  swb count p50 ${swb_count} ms, psql ${psql_count} ms, overhead" \
        "$("$python" -c "print(f'{($swb_count - $psql_count) / max($psql_count, 1) * 100:+.0f}%')")" \
        "(target <= +10%);  funnel (6 rules) p50 ${funnel} ms;  KPIs of 12 segments p50 ${kpis} ms"
    eval "${3}=$swb_count"
}
report "one server" "$SWB_PG_PLAIN" single
report "coordinator + 2 shards" "$SWB_PG_COORD" sharded
echo "import: swb ${swb_import} ms, psql \\copy (raw text) ${psql_import} ms, ratio" \
    "$("$python" -c "print(f'{$swb_import / max($psql_import, 1):.2f}x')") (target <= 1.2x: the issue's peer);" \
    "psql \\copy (swb's column types) ${psql_typed} ms, ratio" \
    "$("$python" -c "print(f'{$swb_import / max($psql_typed, 1):.2f}x')");  into 2 shards ${sharded_import} ms"
echo "sharded count vs one server: ${sharded} ms vs ${single} ms (same machine: both shards share its 2 cores)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
