#include "tests/soak/referencecounter.h"

#include "model/database.h"

#include <QVariant>

#include <sqlite3.h>

namespace swb {

namespace {

bool bindAll(sqlite3_stmt* statement, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(statement, i + 1);
        } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        } else if (value.typeId() == QMetaType::Double) {
            rc = sqlite3_bind_double(statement, i + 1, value.toDouble());
        } else {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            return false;
    }
    return true;
}

std::optional<qint64> countQuery(sqlite3* db, const QString& sql, const QVariantList& values, QString* error)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    std::optional<qint64> result;
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &statement, nullptr) == SQLITE_OK
        && bindAll(statement, values) && sqlite3_step(statement) == SQLITE_ROW)
        result = sqlite3_column_int64(statement, 0);
    else if (error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return result;
}

} // namespace

ReferenceCounter::~ReferenceCounter()
{
    sqlite3_close(m_db);
}

bool ReferenceCounter::open(const QString& workspacePath, QString* error)
{
    if (sqlite3_open_v2(workspacePath.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    return true;
}

std::optional<qint64> ReferenceCounter::count(const SqlCondition& condition, QString* error) const
{
    return countQuery(m_db, QStringLiteral("SELECT count(*) FROM customers WHERE ") + condition.sql, condition.bindings,
                      error);
}

qint64 ReferenceCounter::rows(const QString& table) const
{
    return countQuery(m_db, QStringLiteral("SELECT count(*) FROM ") + quoteIdentifier(table), {}, nullptr).value_or(-1);
}

} // namespace swb
