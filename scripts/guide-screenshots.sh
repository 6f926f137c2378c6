#!/usr/bin/env bash
# Makes the user guide's screenshots (docs/guide/images/LANG/) with the app's own --screenshot on a fresh demo
# workspace, under Xvfb at 1280×800 and with default settings (a scratch config folder), in English, German and French.
# Called by scripts/screenshots.sh. Usage: scripts/guide-screenshots.sh [BUILD_DIR] [LANG…]  (default: build; en de fr)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
shift || true
languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(en de fr)
work=$(mktemp -d "${TMPDIR:-/tmp}/swb-guide-shots.XXXXXX")
trap 'rm -rf "$work"' EXIT
ws="$work/demo.sqlite"
"$build/bin/swb" demo --db "$ws" >/dev/null
# A segment with an order rule, for the chapter on order rules: customers in Germany with at least two orders in the
# last 90 days.
"$build/bin/swb" segment save --db "$ws" --name "Repeat buyers DE" --filter '{"combinator":"and","rules":[
    {"field":"country","operator":"in","value":"DE"},
    {"field":"@orders","operator":">=","value":2,"measure":"count","window":{"inLastDays":90}}]}' >/dev/null

for lang in "${languages[@]}"; do
    out="$root/docs/guide/images/$lang"
    mkdir -p "$out"
    shoot() { # NAME ARGS...
        local name=$1
        shift
        XDG_CONFIG_HOME="$work/config" xvfb-run -a -s "-screen 0 1280x800x24" \
            "$build/bin/segment-workbench" "$ws" "$@" --lang "$lang" --screenshot "$out/$name.png"
        echo "wrote $out/$name.png"
    }
    shoot customers --page customers
    shoot import-wizard --page import
    shoot builder --segment "DACH win-back"
    shoot builder-orders --segment "Repeat buyers DE"
    shoot dashboard --page dashboard
    shoot rfm --page rfm # scores the fresh demo workspace once, then shows the finished run
    shoot clusters --page clusters
    shoot value --page value # fits the purchase and spend models once, then shows the finished fit
    shoot export --page export
    # A segment's page of the review report (page 5: after the title, the KPI table and two pages of charts), of the
    # demo's own segments (the trend of a segment with order rules cannot be back-calculated yet: its page says so).
    XDG_CONFIG_HOME="$work/config" "$build/bin/segment-workbench" "$ws" --report "$work/review.pdf" --lang "$lang" \
        --segment "DACH win-back" --segment "Loyal gold and platinum" --segment "New one-time buyers"
    pdftoppm -r 100 -png -singlefile -f 5 -l 5 "$work/review.pdf" "$out/report-page"
    echo "wrote $out/report-page.png"
done
