#!/usr/bin/env python3
"""Independent counts for tst_cliclv: customers, repeat customers, holdout transactions and the holdout's
actual counts by calibration frequency x = 0..7+, from the CDNOW CSV or from a workspace's orders (SQLite).

A customer's lines of one day are one transaction; a day whose lines sum below 0 is none (a zero sum is one).
Customers whose first transaction is after the calibration end are left out.

usage: clv_reference.py cdnow CSV YYYY-MM-DD
       clv_reference.py workspace DB YYYY-MM-DD
"""
import collections
import csv
import datetime
import json
import sqlite3
import sys


def cdnow_lines(path):
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            d = row["date"]
            yield row["masterid"], "%s-%s-%s" % (d[:4], d[4:6], d[6:]), float(row["sales"])


def workspace_lines(path):
    con = sqlite3.connect(path)
    query = ("SELECT o.customer_id, substr(o.order_date, 1, 10), o.amount FROM orders o "
             "JOIN customers c ON c.customer_id = o.customer_id "
             "WHERE o.amount IS NOT NULL AND o.order_date IS NOT NULL")
    yield from con.execute(query)


def main():
    mode, path, end = sys.argv[1:4]
    lines = cdnow_lines(path) if mode == "cdnow" else workspace_lines(path)
    sums = collections.defaultdict(float)
    for customer, day, amount in lines:
        sums[(customer, day)] += amount
    days = collections.defaultdict(list)
    for (customer, day), total in sums.items():
        if round(total, 6) >= 0:
            days[customer].append(day)
    customers = repeat = actual = 0
    last = max(day for ds in days.values() for day in ds)
    bins = {x: [0, 0] for x in range(8)}
    for ds in days.values():
        ds.sort()
        if ds[0] > end:
            continue
        customers += 1
        x = sum(1 for d in ds if d <= end) - 1
        held = sum(1 for d in ds if d > end)
        repeat += x > 0
        actual += held
        bins[min(x, 7)][0] += 1
        bins[min(x, 7)][1] += held
    weeks = max(0, (datetime.date.fromisoformat(last) - datetime.date.fromisoformat(end)).days) / 7
    print(json.dumps({"customers": customers, "repeat_customers": repeat, "actual": actual,
                      "holdout_weeks": weeks,
                      "by_frequency": [{"x": x, "customers": c, "actual": a} for x, (c, a) in bins.items()]}))


main()
