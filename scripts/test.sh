#!/usr/bin/env bash
# One command: installs what is missing, builds, and runs every test headless. Ends with ctest's summary.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --preset release --parallel "$(nproc)" --timeout 900
