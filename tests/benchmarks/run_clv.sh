#!/usr/bin/env bash
# Predicted-CLV benchmark (issue 17): fit BG/NBD + Gamma-Gamma and score 1,000,000 simulated customers (P(alive),
# expected purchases, expected value per transaction, CLV over 52 weeks at 10% a year) against a plain scipy
# maximum-likelihood fit of the same two likelihoods on the same summaries file, in the same run.
# Target: our fit + scoring <= 0.1 x scipy's fit; the maximised log-likelihoods the same within 1e-6 relative.
#
# bench_clv generate simulates the customers (known parameters, fixed seed) and writes x,t_x,T,m_x as CSV;
# bench_clv run times grouping, both fits and the scoring (median of 3 runs, reading the file not counted);
# clv_reference_fit.py times scipy.optimize.minimize(L-BFGS-B) of each likelihood, vectorised with numpy (once;
# reading the file not counted) and evaluates its likelihoods at our parameters too.
#
# Usage: tests/benchmarks/run_clv.sh [BUILD_DIR]   (default: build)   CUSTOMERS=N overrides 1,000,000.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-build}
[[ "$build" = /* ]] || build="$root/$build"
bench="$build/bench/bench_clv"
if [[ ! -x "$bench" ]]; then
    echo "run_clv.sh: $bench not found; build the bench_clv target first" >&2
    exit 2
fi
# The first python3 on PATH may lack numpy: take the first interpreter that imports what the reference needs.
python=""
for candidate in /usr/bin/python3 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c "import numpy, scipy" >/dev/null 2>&1; then
        python=$(command -v "$candidate")
        break
    fi
done
if [[ -z "$python" ]]; then
    echo "run_clv.sh: no python3 that imports numpy and scipy (apt install python3-scipy)" >&2
    exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
customers=${CUSTOMERS:-1000000}

echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min), cores: $(nproc)" \
    "(above 1.5 the figures are unreliable)"
"$bench" generate --customers "$customers" --out "$tmp/summaries.csv"
"$bench" run --data "$tmp/summaries.csv" --runs 3 >"$tmp/ours.json"
"$python" "$root/tests/benchmarks/clv_reference_fit.py" "$tmp/summaries.csv" --ours "$tmp/ours.json" >"$tmp/scipy.json"
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"

"$python" - "$tmp/ours.json" "$tmp/scipy.json" <<'PY'
import json, sys
ours, scipy = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
ok = True
print(f"== predicted CLV: {ours['customers']:,} customers ({ours['groups']:,} distinct (x, t_x, T)), "
      f"{scipy['repeat_customers']:,} with repeat purchases; scipy {scipy['scipy']}, numpy {scipy['numpy']} ==")
phases = ", ".join(f"{name} {seconds:.3f}" for name, seconds in ours["phases"].items())
print(f"swb:   fit + scoring {ours['seconds']:.3f} s (median of {ours['runs']}: {phases} s)")
print(f"scipy: fit {scipy['seconds']:.3f} s (BG/NBD {scipy['bgnbd']['seconds']:.3f} s, "
      f"{scipy['bgnbd']['evaluations']} evaluations; Gamma-Gamma {scipy['gamma_gamma']['seconds']:.3f} s, "
      f"{scipy['gamma_gamma']['evaluations']} evaluations; L-BFGS-B)")
ratio = ours["seconds"] / scipy["seconds"]
verdict = "PASS" if ratio <= 0.1 else "FAIL"
ok = ok and verdict == "PASS"
print(f"ratio {ratio:.3f} x  (swb fit + scoring / scipy fit; target <= 0.1 x)  {verdict}")
for model, names in (("bgnbd", "r alpha a b"), ("gamma_gamma", "p q gamma")):
    mine, theirs = ours[model], scipy[model]
    relative = abs(mine["log_likelihood"] - theirs["log_likelihood"]) / abs(theirs["log_likelihood"])
    same = abs(mine["log_likelihood"] - scipy["at_our_params"][model]) / abs(theirs["log_likelihood"])
    verdict = "PASS" if relative <= 1e-6 and same <= 1e-9 and mine["converged"] and theirs["success"] else "FAIL"
    ok = ok and verdict == "PASS"
    print(f"{model}: log-likelihood swb {mine['log_likelihood']:.6f}, scipy {theirs['log_likelihood']:.6f}, "
          f"relative difference {relative:.2e} (target <= 1e-6)  {verdict}")
    print(f"    {names}: swb {' '.join(f'{v:.6g}' for v in mine['params'])}; "
          f"scipy {' '.join(f'{v:.6g}' for v in theirs['params'])}")
    print(f"    scipy's likelihood at our parameters: {scipy['at_our_params'][model]:.6f} "
          f"(relative {same:.1e} from ours: the same function)")
scores = ours["scores"]
print(f"scores (means): P(alive) {scores['mean_p_alive']:.4f}, expected purchases "
      f"{scores['mean_expected_purchases']:.4f}, expected value {scores['mean_expected_value']:.2f}, "
      f"CLV {scores['mean_clv']:.2f}; not finite: {scores['not_finite']}")
ok = ok and scores["not_finite"] == 0
print("CLV benchmark: all targets PASS" if ok else "CLV benchmark: some target FAILED")
sys.exit(0 if ok else 1)
PY
