#!/usr/bin/env bash
# Builds the asan preset (AddressSanitizer + LeakSanitizer + UndefinedBehaviorSanitizer) into build-asan/ and runs
# every test under it. Any sanitizer report fails the run: UBSan halts on its first finding, and the log is searched
# for reports a test might have swallowed. Ends with ctest's summary.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/build.sh asan
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
status=0
ctest --preset asan --parallel "$(nproc)" --timeout 1800 || status=$?
log=build-asan/Testing/Temporary/LastTest.log
if grep -nE "runtime error|ERROR: (Address|Leak)Sanitizer" "$log" >/dev/null; then
    echo "sanitize: sanitizer reports in $log:" >&2
    grep -nE "runtime error|ERROR: (Address|Leak)Sanitizer" "$log" | head -20 >&2
    status=1
fi
exit "$status"
