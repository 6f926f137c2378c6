#!/usr/bin/python3
"""Reference counts for tst_cliorderrules: the `@orders` cases computed from the CSV files alone, without SQL.

Usage: orderrules_reference.py ORDERS.csv CUSTOMERS.csv AS_OF (YYYY-MM-DD)
Prints one JSON object {case name: number of customers}.

The rules, as docs/architecture.md, "Order rules" states them: a line's amount is Quantity x UnitPrice (exact decimals; returns are
negative); "count" counts a customer's invoices whose matching lines add up to more than 0; "sum" adds the matching
lines (0 without any); "distinct:C" counts distinct non-empty values; "last_date" is the latest day of a matching line
with a positive amount (none: no date comparison holds). A window keeps whole days of the invoice date, both ends
included; inLastDays N runs from AS_OF - N days to AS_OF. The customers are those of CUSTOMERS.csv plus every
customer id in the orders.
"""
import csv
import datetime
import json
import sys
from collections import defaultdict
from decimal import Decimal


def read_orders(path):
    lines = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["CustomerID"]:
                continue  # not linked to anyone
            when = datetime.datetime.strptime(row["InvoiceDate"], "%m/%d/%Y %H:%M")
            lines.append({
                "customer": int(row["CustomerID"]),
                "invoice": row["InvoiceNo"],
                "code": row["StockCode"],
                "country": row["Country"],
                "day": when.date(),
                "amount": Decimal(row["Quantity"]) * Decimal(row["UnitPrice"]),
            })
    return lines


def main():
    orders_path, customers_path, as_of_text = sys.argv[1:4]
    as_of = datetime.date.fromisoformat(as_of_text)
    lines = read_orders(orders_path)
    with open(customers_path, newline="", encoding="utf-8") as f:
        customers = {int(row["CustomerID"]) for row in csv.DictReader(f)}
    customers |= {line["customer"] for line in lines}

    def by_customer(keep, first=None, last=None):
        """The lines kept by `keep` and the window, per customer."""
        result = defaultdict(list)
        for line in lines:
            if first and line["day"] < first or last and line["day"] > last or not keep(line):
                continue
            result[line["customer"]].append(line)
        return result

    def orders_count(matching):
        totals = defaultdict(Decimal)
        for line in matching:
            totals[line["invoice"]] += line["amount"]
        return sum(1 for total in totals.values() if total > 0)

    def spent(matching):
        return sum((line["amount"] for line in matching), Decimal(0))

    def last_day(matching):
        days = [line["day"] for line in matching if line["amount"] > 0]
        return max(days) if days else None

    def count_where(predicate, keep=lambda line: True, first=None, last=None):
        selected = by_customer(keep, first, last)
        return sum(1 for c in customers if predicate(selected.get(c, [])))

    day = datetime.date.fromisoformat
    every = lambda line: True
    counts = {
        # Bought WHITE HANGING HEART T-LIGHT HOLDER (85123A) in the first half of 2011.
        "bought-product-in-window": count_where(lambda m: orders_count(m) >= 1,
                                                lambda line: line["code"] == "85123A", day("2011-01-01"),
                                                day("2011-06-30")),
        # Spent at least 100 on stock codes starting with 22 (returns subtract).
        "spent-on-prefix": count_where(lambda m: spent(m) >= 100, lambda line: line["code"].startswith("22")),
        # Ordered from at least two different countries.
        "two-countries": count_where(lambda m: len({line["country"] for line in m if line["country"]}) >= 2),
        # No order since 2011-09-01 (also customers who never ordered).
        "no-order-since": count_where(lambda m: orders_count(m) == 0, every, day("2011-09-01")),
        "no-orders-at-all": count_where(lambda m: orders_count(m) == 0),
        # Not (last purchase on or after 2011-06-01): customers without a purchase date included.
        "not-last-date-since": count_where(lambda m: not (last_day(m) is not None and last_day(m) >= day("2011-06-01"))),
        "two-orders-in-last-90-days": count_where(lambda m: orders_count(m) >= 2, every,
                                                  as_of - datetime.timedelta(days=90), as_of),
        "spent-between-0-and-50": count_where(lambda m: Decimal(0) <= spent(m) <= Decimal(50)),
        "five-products-not-postage": count_where(lambda m: len({line["code"] for line in m}) >= 5,
                                                 lambda line: line["code"] != "POST"),
    }
    # An OR of two order rules, in a NOT group: neither two countries nor a spend over 200.
    two = by_customer(every)
    counts["not-two-countries-or-big-spender"] = sum(
        1 for c in customers
        if not (len({line["country"] for line in two.get(c, [])}) >= 2 or spent(two.get(c, [])) > 200))
    print(json.dumps(counts, sort_keys=True))


if __name__ == "__main__":
    main()
