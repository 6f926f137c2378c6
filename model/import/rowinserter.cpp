#include "model/import/rowinserter.h"

#include "model/database.h"

#include <sqlite3.h>

#include <algorithm>

namespace swb {

namespace {

// Enough rows per statement to make the per-statement cost (cursor, halt, reset) small next to the rows.
constexpr int s_rowsPerStatement = 32;

sqlite3_stmt* prepareStatement(sqlite3* db, const QString& sql, QString* error)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        return nullptr;
    }
    return stmt;
}

} // namespace

RowInserter::~RowInserter()
{
    finalize();
}

void RowInserter::finalize()
{
    sqlite3_finalize(m_single);
    sqlite3_finalize(m_multi);
    m_single = nullptr;
    m_multi = nullptr;
}

bool RowInserter::prepare(Database& db, const QString& table, const QStringList& columns, const QString& suffix,
                          QString* error)
{
    finalize();
    m_db = &db;
    m_columns = int(columns.size());
    const QString head
        = QStringLiteral("INSERT INTO %1(%2) VALUES ").arg(quoteIdentifier(table), columns.join(QStringLiteral(", ")));
    QString row = QStringLiteral("(?");
    for (int c = 1; c < m_columns; ++c)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    m_single = prepareStatement(db.handle(), head + row + suffix, error);
    if (!m_single)
        return false;
    const int variables = sqlite3_limit(db.handle(), SQLITE_LIMIT_VARIABLE_NUMBER, -1);
    m_rowsPerStatement = suffix.isEmpty() ? std::clamp(variables / std::max(1, m_columns), 1, s_rowsPerStatement) : 1;
    if (m_rowsPerStatement > 1) {
        QStringList rows;
        for (int r = 0; r < m_rowsPerStatement; ++r)
            rows << row;
        m_multi = prepareStatement(db.handle(), head + rows.join(QStringLiteral(", ")), error);
        if (!m_multi)
            return false;
    }
    return true;
}

void RowInserter::bindRow(sqlite3_stmt* stmt, int first, const RowBatch& batch, int row) const
{
    const BatchValue* values = batch.values.data() + size_t(row) * size_t(batch.columns);
    for (int c = 0; c < m_columns; ++c) {
        const BatchValue& v = values[c];
        const int index = first + c;
        switch (v.kind) {
        case BatchValue::Null:
            sqlite3_bind_null(stmt, index);
            break;
        case BatchValue::Integer:
            sqlite3_bind_int64(stmt, index, v.integer);
            break;
        case BatchValue::Real:
            sqlite3_bind_double(stmt, index, v.real);
            break;
        case BatchValue::Text:
            // The batch outlives the step: no copy.
            sqlite3_bind_text(stmt, index, batch.textAt(v), int(v.length), SQLITE_STATIC);
            break;
        }
    }
}

bool RowInserter::insertOne(const RowBatch& batch, int row, qint64* rowid, QString* error)
{
    bindRow(m_single, 1, batch, row);
    const int rc = sqlite3_step(m_single);
    sqlite3_reset(m_single);
    if (rc == SQLITE_DONE) {
        *rowid = sqlite3_last_insert_rowid(m_db->handle());
        return true;
    }
    if ((rc & 0xFF) == SQLITE_CONSTRAINT) {
        *rowid = -1;
        return true;
    }
    *error = tr("Writing the record of line %1 failed: %2")
                 .arg(QString::number(batch.lines[size_t(row)]), QString::fromUtf8(sqlite3_errmsg(m_db->handle())));
    return false;
}

bool RowInserter::insert(const RowBatch& batch, const std::vector<int>& rows, std::vector<qint64>& rowids,
                         QString* error)
{
    rowids.assign(rows.size(), -1);
    size_t next = 0;
    if (m_multi) {
        const size_t chunk = size_t(m_rowsPerStatement);
        for (; next + chunk <= rows.size(); next += chunk) {
            for (size_t r = 0; r < chunk; ++r)
                bindRow(m_multi, int(r) * m_columns + 1, batch, rows[next + r]);
            const int rc = sqlite3_step(m_multi);
            sqlite3_reset(m_multi);
            if (rc == SQLITE_DONE) {
                const qint64 last = sqlite3_last_insert_rowid(m_db->handle());
                for (size_t r = 0; r < chunk; ++r)
                    rowids[next + r] = last - qint64(chunk - 1 - r);
                continue;
            }
            if ((rc & 0xFF) != SQLITE_CONSTRAINT) {
                *error = tr("Writing the records of lines %1 to %2 failed: %3")
                             .arg(QString::number(batch.lines[size_t(rows[next])]),
                                  QString::number(batch.lines[size_t(rows[next + chunk - 1])]),
                                  QString::fromUtf8(sqlite3_errmsg(m_db->handle())));
                return false;
            }
            // The statement undid its rows: find the culprits one by one.
            for (size_t r = 0; r < chunk; ++r) {
                if (!insertOne(batch, rows[next + r], &rowids[next + r], error))
                    return false;
            }
        }
    }
    for (; next < rows.size(); ++next) {
        if (!insertOne(batch, rows[next], &rowids[next], error))
            return false;
    }
    return true;
}

} // namespace swb
