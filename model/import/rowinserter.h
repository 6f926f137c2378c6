// Writes batches of converted rows with prepared statements: many rows per statement, one by one around a failure.
#pragma once

#include "model/import/importpipeline.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3_stmt;

namespace swb {

class Database;

class RowInserter
{
    Q_DECLARE_TR_FUNCTIONS(swb::RowInserter)

public:
    RowInserter() = default;
    ~RowInserter();
    RowInserter(const RowInserter&) = delete;
    RowInserter& operator=(const RowInserter&) = delete;

    // `columns` are quoted names; `suffix` (e.g. an ON CONFLICT clause) turns multi-row statements off, since its
    // row counts and rowids are not one row per value list.
    bool prepare(Database& db, const QString& table, const QStringList& columns, const QString& suffix, QString* error);

    // Inserts the batch's rows listed in `rows` (in that order). `rowids[i]` receives the rowid of rows[i], or -1 when
    // it broke a constraint (a duplicate key); any other failure stops with `error` naming the line.
    bool insert(const RowBatch& batch, const std::vector<int>& rows, std::vector<qint64>& rowids, QString* error);

    void finalize();

private:
    void bindRow(sqlite3_stmt* stmt, int first, const RowBatch& batch, int row) const;
    bool insertOne(const RowBatch& batch, int row, qint64* rowid, QString* error);

    Database* m_db = nullptr;
    sqlite3_stmt* m_single = nullptr;
    sqlite3_stmt* m_multi = nullptr;
    int m_rowsPerStatement = 1;
    int m_columns = 0;
};

} // namespace swb
