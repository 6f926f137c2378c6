// An in-memory, column-oriented copy of the `customers` table for live counts: typed arrays with a NULL bitmap,
// dictionary-encoded text, and a customer key → row map for static segment membership.
#pragma once

#include "model/field.h"
#include "model/filter/bitset.h"
#include "model/filter/textdictionary.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace swb {

class Database;

class ColumnStore
{
    Q_DECLARE_TR_FUNCTIONS(swb::ColumnStore)

public:
    // How a column is held. A column whose stored values do not fit its field type (text in a number column,
    // a number in a text column, blobs, integers beyond 2^53 mixed with reals) is `Irregular`: its rules are
    // answered by SQLite instead, so that the answer stays SQLite's.
    enum class Storage { Integer, Real, Text, Irregular };

    struct Column
    {
        FieldInfo field;
        Storage storage = Storage::Irregular;
        Bitset valid; // rows whose value is not NULL
        std::vector<qint64> integers; // Storage::Integer
        std::vector<double> reals; // Storage::Real
        std::vector<quint32> codes; // Storage::Text: rank in `dictionary`; NULL rows hold dictionary.size()
        TextDictionary dictionary;
        QString irregularReason; // why the column is Irregular
    };

    using Cancel = std::function<bool()>;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Reads every row of `customers` in one statement over all `fields` (plus the rowid). `keyField` is the
    // customer key column, or empty when the key is the rowid. Returns nothing on error or cancel.
    static std::unique_ptr<ColumnStore> load(Database& db, const QList<FieldInfo>& fields, const QString& keyField,
                                             QString* error, const Cancel& cancel = {}, const Progress& progress = {});
    // The same for another table (the order lines of `orders`, for order rules).
    static std::unique_ptr<ColumnStore> loadTable(Database& db, const QString& table, const QList<FieldInfo>& fields,
                                                  const QString& keyField, QString* error, const Cancel& cancel = {},
                                                  const Progress& progress = {});

    qint64 rowCount() const { return m_rowCount; }
    // Distinct for every load in this process: cached results of another load never match.
    quint64 version() const { return m_version; }
    const std::vector<qint64>& rowIds() const { return m_rowIds; } // ascending
    const Column* column(const QString& name) const;
    const QList<FieldInfo>& fields() const { return m_fields; }
    QString keyField() const { return m_keyField; }
    // How the rowid was selected ("rowid", or "_rowid_"/"oid" when a column is called rowid).
    QString rowIdName() const { return m_rowIdName; }
    // The row of `rowid`, if loaded.
    std::optional<qint64> rowOfRowId(qint64 rowid) const;
    // The workspace's as-of date as the data implies it (Workspace::asOfDate() without its override), without
    // scanning the customers again: the day after the latest purchase date, the last entry of the loaded dictionary
    // (what SQLite's max() returns for text); today when no date is valid. Nothing when the store cannot tell
    // (no last-purchase column, or one held as Irregular): then ask the workspace.
    std::optional<QDate> dataAsOfDate() const;

    // Rows whose customer key equals one of `keys` (values of segment_members.customer_key), compared as SQLite
    // compares `key IN (SELECT customer_key …)`: the key column's affinity is applied to each member first.
    // Nothing when the key column is Irregular.
    std::optional<Bitset> rowsWithKeys(const QList<QVariant>& keys) const;

    qint64 memoryBytes() const;

    // A copy with the rows in the order `rows` (a permutation of 0 … rowCount() − 1): row i of the copy is row
    // rows[i] of this one. Its rowIds() are then in that order, not ascending, and rowOfRowId() searches them.
    std::unique_ptr<ColumnStore> reordered(const std::vector<qint32>& rows) const;

private:
    friend class ColumnStoreFile;
    friend class AsOfStore; // model/analytics: a working copy whose order-derived columns move back in time

    ColumnStore() = default;
    static quint64 nextVersion();
    const std::vector<std::pair<qint64, qint64>>& integerKeyIndex() const;

    QList<FieldInfo> m_fields;
    QString m_keyField;
    QString m_rowIdName;
    std::vector<Column> m_columns;
    std::vector<qint64> m_rowIds;
    qint64 m_rowCount = 0;
    quint64 m_version = 0;
    bool m_rowIdsAscending = true;

    mutable std::once_flag m_keyIndexOnce;
    mutable std::vector<std::pair<qint64, qint64>> m_keyIndex; // (key, row) sorted, for an integer key column
};

} // namespace swb
