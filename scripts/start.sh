#!/usr/bin/env bash
# One command: installs what is missing, builds, and starts the app on the demo workspace
# (created on first start in ~/.local/share/SegmentWorkbench/demo.sqlite). Extra arguments go to the app.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/build.sh
data=${XDG_DATA_HOME:-$HOME/.local/share}/SegmentWorkbench
demo="$data/demo.sqlite"
if [[ ! -f "$demo" ]]; then
    mkdir -p "$data"
    echo "Creating the demo workspace $demo ..."
    build/bin/swb demo --db "$demo"
fi
exec build/bin/segment-workbench "$demo" "$@"
