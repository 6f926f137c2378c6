// Turns file headers into column names by the workspace rule (design.md), unique within a table.
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace swb::ColumnNaming {

// Lowercase (Unicode, after NFC normalisation: "Straße" → "straße", "Émail" → "émail"); each run of characters
// that are not letters or digits → one "_"; "_" trimmed at both ends; empty → "column_N" (`position` is 0-based,
// N = position + 1); a leading digit gets the prefix "c_".
QString normalise(const QString& header, int position);

// Names for all headers: normalised, then duplicates get "_2", "_3", … (never a name in `taken`, and never
// SQLite's rowid aliases "rowid", "oid", "_rowid_").
QStringList uniqueNames(const QStringList& headers, const QSet<QString>& taken = {});

// `name` itself, or with the first free suffix "_2", "_3", … when it is taken; adds the result to `taken`.
QString makeUnique(const QString& name, QSet<QString>& taken);

} // namespace swb::ColumnNaming
