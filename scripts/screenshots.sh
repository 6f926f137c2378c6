#!/usr/bin/env bash
# Makes the README's screenshots with the app's own --screenshot on a fresh demo workspace, under Xvfb and with
# default settings (a scratch config folder). Usage: scripts/screenshots.sh [BUILD_DIR]  (default: build)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
out="$root/resources/screenshots"
work=$(mktemp -d "${TMPDIR:-/tmp}/swb-shots.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
"$build/bin/swb" demo --db "$work/demo.sqlite" >/dev/null
shoot() { # NAME ARGS...
    local name=$1
    shift
    XDG_CONFIG_HOME="$work/config" xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$build/bin/segment-workbench" "$work/demo.sqlite" "$@" --lang en --screenshot "$out/$name.png"
    echo "wrote $out/$name.png"
}
shoot dashboard --page dashboard
shoot builder --segment "DACH win-back"
shoot import-wizard --page import
shoot customers --page customers
shoot export --page export
