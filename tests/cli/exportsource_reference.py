#!/usr/bin/python3
"""Independent reference for exports "as in the source" (tst_cliexportsource). Prints one JSON object.

usage:
  exportsource_reference.py cells ORIGINAL.csv DELIMITER EXPORTED.csv
      every cell of both files as Python's csv module reads them: the differences, and those where the original
      cell was blank (spaces only) and the export's empty (the import stores such a cell as no value)
  exportsource_reference.py workspaces A.sqlite B.sqlite
      the two workspaces' field catalogs and every customers value with its SQLite storage class
  exportsource_reference.py xlsx ORIGINAL.csv DELIMITER EXPORTED.xlsx
      the workbook read with openpyxl against the original file: header row, each column's number formats and value
      types, and cells whose value differs from the original text (numbers compared as numbers, dates as dates)
"""
import csv
import datetime
import json
import sqlite3
import sys


def read_csv(path, delimiter):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f, delimiter=delimiter))


def delimiter_of(name):
    return "\t" if name == "tab" else name


def cells(original, delimiter, exported):
    a = read_csv(original, delimiter_of(delimiter))
    b = read_csv(exported, ",")
    out = {"rows": len(a), "rows_exported": len(b), "cells": 0, "differences": [], "blank_to_empty": []}
    for i, (ra, rb) in enumerate(zip(a, b)):
        if len(ra) != len(rb):
            out["differences"].append([i, -1, len(ra), len(rb)])
            continue
        for j, (x, y) in enumerate(zip(ra, rb)):
            out["cells"] += 1
            if x == y:
                continue
            kind = "blank_to_empty" if x.strip() == "" and y == "" else "differences"
            out[kind].append([i, j, x, y])
    return out


def workspaces(first, second):
    def load(path):
        db = sqlite3.connect(path)
        fields = db.execute("SELECT * FROM fields ORDER BY table_name, position, name").fetchall()
        names = [r[1] for r in db.execute("PRAGMA table_info(customers)")]
        select = ", ".join('"%s", typeof("%s")' % (n, n) for n in names)
        rows = db.execute("SELECT %s FROM customers ORDER BY rowid" % select).fetchall()
        return fields, names, rows
    fa, na, ra = load(first)
    fb, nb, rb = load(second)
    diffs = [[i, x, y] for i, (x, y) in enumerate(zip(ra, rb)) if x != y]
    return {"fields_equal": fa == fb, "fields": len(fa), "columns_equal": na == nb, "rows": [len(ra), len(rb)],
            "values": sum(len(r) // 2 for r in ra), "differences": diffs[:20],
            "field_differences": [[list(x), list(y)] for x, y in zip(fa, fb) if x != y]}


def parse_date(text):
    for form in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.datetime.strptime(text.strip(), form)
        except ValueError:
            pass
    return None


def xlsx(original, delimiter, exported):
    import openpyxl
    rows = read_csv(original, delimiter_of(delimiter))
    sheet = openpyxl.load_workbook(exported).worksheets[0]
    values = [[c for c in row] for row in sheet.iter_rows()]
    header = [c.value for c in values[0]]
    formats = {h: sorted({row[j].number_format for row in values[1:] if row[j].value is not None})
               for j, h in enumerate(header)}
    kinds = {h: sorted({type(row[j].value).__name__ for row in values[1:] if row[j].value is not None})
             for j, h in enumerate(header)}
    mismatches = []
    for i, (text_row, cell_row) in enumerate(zip(rows[1:], values[1:]), start=1):
        for j, (text, cell) in enumerate(zip(text_row, cell_row)):
            value = cell.value
            if text.strip() == "":
                ok = value is None
            elif isinstance(value, str):
                ok = value == text
            elif isinstance(value, bool):
                ok = text.lower() == str(value).lower()
            elif isinstance(value, (int, float)):
                ok = float(text) == value
            elif isinstance(value, datetime.datetime):
                ok = parse_date(text) == value
            else:
                ok = False
            if not ok:
                mismatches.append([i, j, text, str(value)])
    widths = {h: sheet.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width for j, h in enumerate(header)}
    return {"header": header, "original_header": rows[0], "rows": len(values) - 1, "formats": formats,
            "kinds": kinds, "mismatches": mismatches[:20], "mismatch_count": len(mismatches), "widths": widths}


def main():
    mode = sys.argv[1]
    if mode == "cells":
        result = cells(sys.argv[2], sys.argv[3], sys.argv[4])
    elif mode == "workspaces":
        result = workspaces(sys.argv[2], sys.argv[3])
    else:
        result = xlsx(sys.argv[2], sys.argv[3], sys.argv[4])
    print(json.dumps(result))


main()
