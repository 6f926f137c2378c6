#!/usr/bin/env bash
# One command: installs what is missing, builds, and runs every test headless: the suite in the release build, the
# fuzz targets for a minute each, then the whole suite again under AddressSanitizer, LeakSanitizer and UBSan.
# Ends with ctest's summary of the sanitizer run. SWB_QUICK=1 runs only the release suite.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --preset release --parallel "$(nproc)" --timeout 900
if [[ "${SWB_QUICK:-0}" == 1 ]]; then
    exit 0
fi
bash scripts/fuzz.sh 60
bash scripts/sanitize.sh
