#!/usr/bin/env bash
# Checks that every C++ source in the repository is formatted as .clang-format says (clang-format --dry-run
# -Werror). Prints the files that are not and exits 1; `scripts/format-check.sh --fix` formats them in place.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
command -v clang-format >/dev/null || bash scripts/install-deps.sh
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [[ "${1:-}" == --fix ]]; then
    clang-format -i "${files[@]}"
    exit 0
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! clang-format --dry-run -Werror "${files[@]}" 2>"$log"; then
    echo "format-check: these files differ from .clang-format (run scripts/format-check.sh --fix):"
    grep -oE '^[^:]+:[0-9]+:[0-9]+: error' "$log" | cut -d: -f1 | sort -u | sed 's/^/  /'
    exit 1
fi
echo "format-check: ${#files[@]} files formatted as .clang-format says"
