#!/usr/bin/env bash
# One command: installs what is missing, checks the formatting, builds, and runs every test headless: the suite in
# the release build, the fuzz targets for a minute each, the background-job tests under ThreadSanitizer, then the
# whole suite again under AddressSanitizer, LeakSanitizer and UBSan. Ends with ctest's summary of the sanitizer run (exit 1 also when the formatting check
# failed). SWB_QUICK=1 runs only the release suite.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
format=0
bash scripts/format-check.sh || format=1
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --preset release --parallel "$(nproc)" --timeout 900
if [[ "${SWB_QUICK:-0}" == 1 ]]; then
    exit $format
fi
bash scripts/fuzz.sh 60
bash scripts/tsan.sh
bash scripts/sanitize.sh
exit $format
