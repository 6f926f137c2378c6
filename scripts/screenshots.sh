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
shoot rfm --page rfm # scores the fresh demo workspace once, then shows the finished run
shoot builder --segment "DACH win-back"
shoot import-wizard --page import
shoot customers --page customers
shoot export --page export
shoot clusters --page clusters
shoot value --page value # fits the purchase and spend models once, then shows the finished fit
# A page of the review report, made without a window: page 5 is the first segment's (after the title, the KPI table
# and two pages of charts).
XDG_CONFIG_HOME="$work/config" "$build/bin/segment-workbench" "$work/demo.sqlite" --report "$work/review.pdf" --lang en
pdftoppm -r 110 -png -singlefile -f 5 -l 5 "$work/review.pdf" "$out/report-page"
echo "wrote $out/report-page.png"
# The user guide's screenshots (docs/guide/images/en, de, fr) at 1280×800.
bash "$root/scripts/guide-screenshots.sh" "$build"
