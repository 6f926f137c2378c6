#!/usr/bin/python3
"""scipy's side of the CLV benchmark: a plain maximum-likelihood fit of BG/NBD and Gamma-Gamma, as a user would
write it (run with Debian's /usr/bin/python3, python3-scipy).

Usage: clv_reference_fit.py SUMMARIES.csv [--ours OURS.json]
SUMMARIES.csv holds x,t_x,T,m_x per customer (bench_clv generate). The log-likelihoods are the papers' (Fader,
Hardie & Lee 2005, equation 6; Fader & Hardie's Gamma-Gamma note) vectorised with numpy over every customer;
scipy.optimize.minimize(method="L-BFGS-B") on the log-parameters from all parameters = 1, the mean negative
log-likelihood as objective and scipy's finite-difference gradient. Only the two minimize() calls are timed (not
reading the file). The vectorised likelihood is checked against tests/analysis/reference/clv_reference.py's scalar
one (from the papers' formulas, not in log-sum-exp form) on the first customers.
With --ours (bench_clv run's JSON) it also evaluates its own log-likelihoods at our parameters.
Prints one JSON object: seconds (total and per model), parameters, log-likelihoods, iterations, evaluations.
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import scipy
from scipy.optimize import minimize
from scipy.special import gammaln

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "analysis", "reference"))
import clv_reference  # noqa: E402


def bgnbd_ll(params, x, tx, T):
    r, alpha, a, b = params
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    a4 = np.where(x > 0, np.log(a) - np.log(b + np.maximum(x, 1) - 1) - (r + x) * np.log(alpha + tx), -np.inf)
    return a1 + a2 + np.logaddexp(a3, a4)


def gamma_gamma_ll(params, x, mx):
    p, q, gamma = params
    px = p * x
    return (gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(gamma) + (px - 1) * np.log(mx)
            + px * np.log(x) - (px + q) * np.log(gamma + x * mx))


def fit(ll, k, *data):
    n = len(data[0])

    def objective(theta):
        value = -ll(np.exp(theta), *data).sum() / n
        return value if np.isfinite(value) else np.inf

    start = time.perf_counter()
    result = minimize(objective, np.zeros(k), method="L-BFGS-B")
    seconds = time.perf_counter() - start
    params = np.exp(result.x)
    return {"seconds": seconds, "params": params.tolist(), "log_likelihood": float(ll(params, *data).sum()),
            "success": bool(result.success), "message": str(result.message), "iterations": int(result.nit),
            "evaluations": int(result.nfev)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("summaries")
    parser.add_argument("--ours")
    args = parser.parse_args()
    data = np.loadtxt(args.summaries, delimiter=",", skiprows=1)
    x, tx, T, mx = data[:, 0], data[:, 1], data[:, 2], data[:, 3]
    # The vectorised likelihood is the papers' (the scalar reference) on the first customers.
    check = (0.243, 4.414, 0.793, 2.426)
    vector = bgnbd_ll(check, x[:2000], tx[:2000], T[:2000])
    scalar = [clv_reference.bgnbd(*check, int(x[i]), tx[i], T[i], 1)[0] for i in range(min(2000, len(x)))]
    worst = float(np.max(np.abs(vector - scalar) / np.maximum(1, np.abs(scalar))))
    if worst > 1e-10:
        sys.exit(f"clv_reference_fit.py: the vectorised BG/NBD likelihood differs from the scalar one by {worst}")
    repeat = (x > 0) & (mx > 0)
    out = {"scipy": scipy.__version__, "numpy": np.__version__, "customers": len(x), "repeat_customers":
           int(repeat.sum()), "bgnbd": fit(bgnbd_ll, 4, x, tx, T),
           "gamma_gamma": fit(gamma_gamma_ll, 3, x[repeat], mx[repeat])}
    out["seconds"] = out["bgnbd"]["seconds"] + out["gamma_gamma"]["seconds"]
    if args.ours:
        with open(args.ours) as f:
            ours = json.load(f)
        out["at_our_params"] = {
            "bgnbd": float(bgnbd_ll(ours["bgnbd"]["params"], x, tx, T).sum()),
            "gamma_gamma": float(gamma_gamma_ll(ours["gamma_gamma"]["params"], x[repeat], mx[repeat]).sum())}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
