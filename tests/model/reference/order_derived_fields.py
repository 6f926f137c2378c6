"""Reference for tst_orderderivedfields: customer fields derived from an order column, computed with Python's csv
module straight from the orders CSV files (not from the workspace).

Usage: order_derived_fields.py COLUMN FILE... ; prints {"customer": {"last": v, "first": v, "most_frequent": v,
"distinct_count": n}} as JSON. Lines are taken in file order (files in the order given); dates are M/D/YYYY H:MM.
  last / first: the value on the latest / earliest dated line with a non-empty value; equal dates: the later / earlier
    line.
  most_frequent: the value on most distinct invoices; ties: the latest date seen with it, then the smallest value.
  distinct_count: the number of distinct non-empty values.
"""
import csv
import datetime
import json
import sys

column, files = sys.argv[1], sys.argv[2:]
lines = []
for path in files:
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["CustomerID"]:
                continue
            when = datetime.datetime.strptime(row["InvoiceDate"], "%m/%d/%Y %H:%M")
            lines.append((row["CustomerID"], row["InvoiceNo"], when, row[column]))

result = {}
for customer, invoice, when, value in lines:
    entry = result.setdefault(customer, {"values": {}, "last": None, "first": None})
    if value == "":
        continue
    if entry["last"] is None or when >= entry["last"][0]:  # lines come in order: a later line wins a tie
        entry["last"] = (when, value)
    if entry["first"] is None or when < entry["first"][0]:  # an earlier line wins a tie
        entry["first"] = (when, value)
    seen = entry["values"].setdefault(value, {"invoices": set(), "latest": when})
    seen["invoices"].add(invoice)
    seen["latest"] = max(seen["latest"], when)

out = {}
for customer, entry in result.items():
    values = entry["values"]
    top = None
    if values:
        top = sorted(values.items(), key=lambda item: (-len(item[1]["invoices"]), -item[1]["latest"].timestamp(),
                                                      item[0]))[0][0]
    out[customer] = {
        "last": entry["last"][1] if entry["last"] else None,
        "first": entry["first"][1] if entry["first"] else None,
        "most_frequent": top,
        "distinct_count": len(values),
    }
print(json.dumps(out, sort_keys=True))
