#!/usr/bin/python3
"""Independent reference for tst_bgnbd / tst_gammagamma (scipy; run with Debian's /usr/bin/python3).

summary CSV YYYY-MM-DD: the CDNOW-style order log (masterid, date YYYYMMDD, sales) summarised per customer as
  the papers do: lines of one customer and day are one transaction, weeks = days / 7 from the first purchase,
  calibration up to and including the given day. Prints JSON {masterid: [x, t_x, T, m_x, holdout]}.
backtest CSV YYYY-MM-DD r alpha a b: holdout repeat transactions (after the calibration end, to 1998-06-30 = 39
  weeks) actual vs E[Y(39)] in total, the mean absolute error and bins x = 0 … 7+ [customers, actual, predicted].
weekly CSV YYYY-MM-DD r alpha a b: the holdout week by week, [[week, cumulative actual, cumulative predicted], ...].
predict: reads JSON {"bgnbd": [r, alpha, a, b], "gg": [p, q, gamma], "horizon": H, "rate": R,
  "customers": [[x, t_x, T, m_x], ...]} from stdin and prints, per customer, [log-likelihood, P(alive),
  E[Y(H)], E[M], CLV] written straight from the papers' formulas (not in log-sum-exp form).
"""
import csv
import datetime
import json
import math
import sys
from collections import defaultdict

from scipy.special import betaln, gammaln, hyp2f1


def day_sums(path):
    # The sales of each customer and day, summed.
    days = defaultdict(float)
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            d = row["date"]
            days[(row["masterid"], datetime.date(int(d[:4]), int(d[4:6]), int(d[6:])))] += float(row["sales"])
    return days


def summary(path, cal_end):
    end = datetime.date.fromisoformat(cal_end)
    days = day_sums(path)
    per = defaultdict(list)
    for (cust, day), amount in days.items():
        if amount >= 0:
            per[cust].append((day, amount))
    out = {}
    for cust, txs in per.items():
        txs.sort()
        first = txs[0][0]
        if first > end:
            continue
        cal = [t for t in txs[1:] if t[0] <= end]
        x = len(cal)
        tx = (cal[-1][0] - first).days / 7 if x else 0.0
        mx = sum(a for _, a in cal) / x if x else 0.0
        out[cust] = [x, tx, (end - first).days / 7, mx, sum(1 for t in txs if t[0] > end)]
    return out


def bgnbd(r, alpha, a, b, x, tx, T, t):
    # Fader, Hardie & Lee (2005) equations 6, 13 and 10.
    common = math.exp(gammaln(r + x) - gammaln(r) + r * math.log(alpha))
    first = math.exp(betaln(a, b + x) - betaln(a, b)) * common / (alpha + T) ** (r + x)
    second = 0.0
    if x > 0:
        second = math.exp(betaln(a + 1, b + x - 1) - betaln(a, b)) * common / (alpha + tx) ** (r + x)
    ll = math.log(first + second)
    denominator = 1 + (a / (b + x - 1) * ((alpha + T) / (alpha + tx)) ** (r + x) if x > 0 else 0)
    p_alive = 1 / denominator
    z = t / (alpha + T + t)
    hyp = hyp2f1(r + x, b + x, a + b + x - 1, z)
    expected = (a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp) / denominator
    return ll, p_alive, expected


def clv(bg, gg, x, tx, T, mx, horizon, rate):
    p, q, gamma = gg
    value = p * (gamma + x * mx) / (p * x + q - 1)
    month = 52 / 12
    monthly = (1 + rate) ** (1 / 12) - 1
    total, before, k = 0.0, 0.0, 1
    while (k - 1) * month < horizon:
        upto = bgnbd(*bg, x, tx, T, min(k * month, horizon))[2]
        total += value * (upto - before) / (1 + monthly) ** k
        before, k = upto, k + 1
    return value, total


def backtest(path, cal_end, bg):
    data = summary(path, cal_end)
    bins = [[0, 0, 0.0] for _ in range(8)]
    actual, predicted, errors = 0, 0.0, 0.0
    for x, tx, T, _, holdout in data.values():
        expected = bgnbd(*bg, x, tx, T, 39)[2]
        actual, predicted, errors = actual + holdout, predicted + expected, errors + abs(holdout - expected)
        b = bins[min(x, 7)]
        b[0], b[1], b[2] = b[0] + 1, b[1] + holdout, b[2] + expected
    return {"actual": actual, "predicted": predicted, "mae": errors / len(data), "bins": bins}


def weekly(path, cal_end, bg):
    # Holdout repeat transactions counted week by week (week w ends 7w days after the calibration end; the last
    # week ends at the last transaction), cumulative, next to the summed E[Y(w)] of the customers.
    end = datetime.date.fromisoformat(cal_end)
    days = day_sums(path)
    kept = [(cust, day) for (cust, day), amount in days.items() if amount >= 0]
    last = max(day for _, day in kept)
    first = {}
    for cust, day in kept:
        first[cust] = min(first.get(cust, day), day)
    span = (last - end).days
    weeks = -(-span // 7)
    counts = [0] * weeks
    for cust, day in kept:
        if first[cust] <= end < day:
            counts[min(weeks - 1, ((day - end).days - 1) // 7)] += 1
    data = summary(path, cal_end)
    out, total = [], 0
    for w in range(weeks):
        t = min(w + 1, span / 7)
        total += counts[w]
        predicted = sum(bgnbd(*bg, x, tx, T, t)[2] for x, tx, T, _, _ in data.values())
        out.append([t, total, predicted])
    return out


def predict(spec):
    out = []
    for x, tx, T, mx in spec["customers"]:
        ll, p_alive, expected = bgnbd(*spec["bgnbd"], x, tx, T, spec["horizon"])
        value, total = clv(spec["bgnbd"], spec["gg"], x, tx, T, mx, spec["horizon"], spec["rate"])
        out.append([ll, p_alive, expected, value, total])
    return out


if __name__ == "__main__":
    if sys.argv[1] == "summary":
        json.dump(summary(sys.argv[2], sys.argv[3]), sys.stdout)
    elif sys.argv[1] == "weekly":
        json.dump(weekly(sys.argv[2], sys.argv[3], [float(v) for v in sys.argv[4:8]]), sys.stdout)
    elif sys.argv[1] == "backtest":
        json.dump(backtest(sys.argv[2], sys.argv[3], [float(v) for v in sys.argv[4:8]]), sys.stdout)
    else:
        json.dump(predict(json.load(sys.stdin)), sys.stdout)
