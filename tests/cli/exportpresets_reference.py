#!/usr/bin/python3
"""Independent reference for `swb export --preset/--suppression`: reads the workspace with sqlite3, normalises the
contact values with Python's phonenumbers (E.164) and hashlib (SHA-256) as docs/export-presets.md describes, and
compares the result with the exported CSV file and the JSON report. Prints the differences; exit 0 when equal.

usage: exportpresets_reference.py WORKSPACE EXPORT.csv REPORT.json PRESET hash|keep DEFAULT_COUNTRY [email|phone]
"""
import csv
import hashlib
import json
import re
import sqlite3
import sys
import unicodedata

import phonenumbers

# The country spellings of the test data (an independent table, not Qt's).
COUNTRIES = {
    "de": "DE", "germany": "DE", "deutschland": "DE", "at": "AT", "fr": "FR", "france": "FR",
    "unitedkingdom": "GB", "gb": "GB", "nl": "NL", "es": "ES", "it": "IT", "polska": "PL", "pl": "PL",
    "se": "SE", "usa": "US", "us": "US", "switzerland": "CH", "ch": "CH", "br": "BR", "japan": "JP",
    "au": "AU", "ie": "IE", "gr": "GR", "be": "BE", "dk": "DK", "cz": "CZ",
}

HEADERS = {
    "google-customer-match": ["Email", "Phone", "First Name", "Last Name", "Country", "Zip"],
    "meta-custom-audience": ["email", "phone", "fn", "ln", "zip", "country"],
    "mailchimp": ["Email Address", "First Name", "Last Name", "Phone Number", "Country", "Zip Code"],
    "hubspot": ["Email", "First Name", "Last Name", "Phone Number", "Country/Region", "Postal Code"],
}


def sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest() if text else ""


def country_code(value, default):
    key = "".join(c for c in (value or "").lower() if c.isalpha())
    if key and key not in COUNTRIES and len(key) == 2:
        raise SystemExit("reference table lacks the country " + value)
    return COUNTRIES.get(key, default)


def email(value):
    text = (value or "").strip().lower()
    local, at, domain = text.partition("@")
    ok = at and local and "@" not in domain and "." in domain and not domain.endswith(".") \
        and not any(c.isspace() for c in text)
    return text if ok else ""


def phone(value, region):
    text = (value or "").strip()
    if not text:
        return None, "missing"
    try:
        number = phonenumbers.parse(text, region or None)
    except phonenumbers.NumberParseException:
        return None, "invalid"
    if not phonenumbers.is_valid_number(number):
        return None, "invalid"
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), "ok"


def meta_name(value):
    return "".join(c for c in (value or "").lower() if unicodedata.category(c)[0] in "LM")


def google_name(value):
    return " ".join((value or "").split()).lower()


def expected(db, preset, hashed, default, suppression):
    con = sqlite3.connect(db)

    def column(role):
        row = con.execute("SELECT name FROM fields WHERE table_name = 'customers' AND role = ? ORDER BY position "
                          "LIMIT 1", (role,)).fetchone()
        return '"%s"' % row[0] if row else "NULL"

    roles = ["email", "phone", "first_name", "last_name", "country", "postal_code"]
    query = "SELECT %s FROM customers ORDER BY rowid" % ", ".join(column(r) for r in roles)
    rows, reasons = [], {}
    for raw in con.execute(query):
        mail_in, phone_in, first, last, country_in, postal = [("" if v is None else str(v)) for v in raw]
        country = country_code(country_in, default)
        mail = email(mail_in)
        e164, phone_status = phone(phone_in, country)
        mail_status = "ok" if mail else ("invalid" if mail_in.strip() else "missing")
        if suppression:
            status = mail_status if suppression == "email" else phone_status
            if status != "ok":
                reasons[suppression + "_" + status] = reasons.get(suppression + "_" + status, 0) + 1
                continue
            digits = e164[1:] if preset == "meta-custom-audience" else e164
            rows.append([sha(mail if suppression == "email" else digits)])
            continue
        if preset == "mailchimp" and mail_status != "ok":
            reasons["email_" + mail_status] = reasons.get("email_" + mail_status, 0) + 1
            continue
        if mail_status != "ok" and phone_status != "ok":
            key = "email_%s_phone_%s" % (mail_status, phone_status)
            reasons[key] = reasons.get(key, 0) + 1
            continue
        e164 = e164 or ""
        h = sha if hashed else (lambda v: v)
        if preset == "google-customer-match":
            rows.append([h(mail), h(e164), h(google_name(first)), h(google_name(last)), country, postal.strip()])
        elif preset == "meta-custom-audience":
            zip_code = "".join(c for c in postal.lower() if c.isalnum())
            if country == "US":
                zip_code = zip_code[:5]
            rows.append([h(mail), h(e164[1:]), h(meta_name(first)), h(meta_name(last)), h(zip_code),
                         h(country.lower())])
        else:
            rows.append([mail, first.strip(), last.strip(), e164, country, postal.strip()])
    header = [] if suppression else [HEADERS[preset]]
    return header + rows, reasons


def main():
    db, out, report_path, preset, pii, default = sys.argv[1:7]
    suppression = sys.argv[7] if len(sys.argv) > 7 else ""
    want, reasons = expected(db, preset, pii == "hash", default, suppression)
    with open(out, newline="", encoding="utf-8") as f:
        got = [row for row in csv.reader(f)]
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    problems = []
    if len(got) != len(want):
        problems.append("rows: exported %d, expected %d" % (len(got), len(want)))
    for i, (g, w) in enumerate(zip(got, want)):
        if g != w:
            problems.append("line %d: exported %r, expected %r" % (i + 1, g, w))
    if report.get("left_out_reasons") != reasons:
        problems.append("left_out_reasons: reported %r, expected %r" % (report.get("left_out_reasons"), reasons))
    if report.get("left_out") != sum(reasons.values()):
        problems.append("left_out: reported %r, expected %d" % (report.get("left_out"), sum(reasons.values())))
    written = len(want) - (0 if suppression else 1)
    print(json.dumps({"rows": written, "left_out": sum(reasons.values()),
                      "countries": sorted({r[4] for r in want[1:]}) if not suppression and preset != "meta-custom-audience" else []}))
    for p in problems[:20]:
        print(p, file=sys.stderr)
    sys.exit(1 if problems else 0)


main()
