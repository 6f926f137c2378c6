#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz preset: clang, ASan, UBSan, into build-fuzz/) and runs each for SECONDS.
#   scripts/fuzz.sh [SECONDS] [TARGET…]      default: 60 seconds, every target of tests/fuzz/
# Each target starts from a work corpus in build-fuzz/corpus/<target>/, seeded from tests/fuzz/corpus/<target>/, and
# keeps what it learns there for the next run. Exits non-zero when a target crashes, times out or runs out of memory;
# the input that did it is in build-fuzz/crashes/<target>/ (reproduce: build-fuzz/fuzz/<target> FILE).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

seconds=${1:-60}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS] [TARGET…]" >&2; exit 2; }
shift || true
all=(fuzz_csvimport fuzz_definition fuzz_workspace fuzz_orders)
if (($# > 0)); then targets=("$@"); else targets=("${all[@]}"); fi

# The largest input per target: enough for the seeds, small enough to keep each execution fast.
declare -A max_len=([fuzz_csvimport]=8192 [fuzz_definition]=4096 [fuzz_workspace]=65536 [fuzz_orders]=4096)
for target in "${targets[@]}"; do
    [[ -n "${max_len[$target]:-}" ]] || { echo "fuzz: unknown target $target (known: ${all[*]})" >&2; exit 2; }
done

bash scripts/build.sh fuzz "${targets[@]}"

# UBSan only reports by default: make each finding a crash libFuzzer keeps.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
failed=()
summary=()
for target in "${targets[@]}"; do
    corpus=build-fuzz/corpus/$target
    crashes=build-fuzz/crashes/$target
    log=build-fuzz/logs/$target.log
    mkdir -p "$corpus" "$crashes" "$(dirname "$log")"
    cp -n tests/fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="${max_len[$target]}"
             -artifact_prefix="$crashes"/ -print_final_stats=1)
    [[ -f tests/fuzz/$target.dict ]] && options+=(-dict=tests/fuzz/$target.dict)
    echo "fuzz: $target for ${seconds} s (log: $log)"
    status=0
    build-fuzz/fuzz/"$target" "${options[@]}" "$corpus" >"$log" 2>&1 || status=$?
    # The last status line ("#123 DONE cov: … ft: … exec/s: …", or the last pulse) and the executions.
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log" | tail -1)
    speed=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+)/\1/p' "$log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' <<<"$last" || true)
    line="$target: ${runs:-?} executions, ${speed:-?} exec/s, ${cov:-no coverage line}, corpus $(ls "$corpus" | wc -l) files"
    if ((status != 0)); then
        artifact=$(grep -oE "(crash|timeout|oom|leak|slow-unit)-[0-9a-f]+" "$log" | tail -1 || true)
        line+=" — FAILED (exit $status): ${artifact:+$crashes/$artifact}"
        failed+=("$target")
        tail -40 "$log" >&2
    fi
    echo "fuzz: $line"
    summary+=("$line")
done

echo "fuzz: summary"
printf '  %s\n' "${summary[@]}"
if ((${#failed[@]} > 0)); then
    echo "fuzz: ${#failed[@]} target(s) found a problem: ${failed[*]} (inputs in build-fuzz/crashes/)" >&2
    exit 1
fi
