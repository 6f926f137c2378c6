#include "model/analytics/rfmtransitioncursor.h"

#include <sqlite3.h>

#include <algorithm>

namespace swb {

namespace {

int storageClass(int type)
{
    switch (type) {
    case SQLITE_NULL:
        return 0;
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
        return 1;
    case SQLITE_TEXT:
        return 2;
    default:
        return 3;
    }
}

} // namespace

AssignmentCursor::AssignmentCursor(Database& db, qint64 run, QString* error)
    : m_stmt(db.prepare(QStringLiteral("SELECT customer_key, grp FROM rfm_assignments WHERE run_id = ? ORDER BY "
                                       "customer_key"),
                        error))
{
    if (!m_stmt.isValid()) {
        m_atEnd = true;
        return;
    }
    m_stmt.bind(1, run);
    next();
}

void AssignmentCursor::next()
{
    if (!m_stmt.next()) {
        m_atEnd = true;
        return;
    }
    sqlite3_stmt* stmt = m_stmt.handle();
    m_type = sqlite3_column_type(stmt, 0);
    m_integer = m_type == SQLITE_INTEGER ? sqlite3_column_int64(stmt, 0) : 0;
    m_real = m_type == SQLITE_FLOAT ? sqlite3_column_double(stmt, 0) : double(m_integer);
    m_bytes = (m_type == SQLITE_TEXT || m_type == SQLITE_BLOB) ? m_stmt.toUtf8(0) : QByteArray();
    m_group = m_stmt.toUtf8(1);
}

int AssignmentCursor::compareKey(const AssignmentCursor& other) const
{
    const int left = storageClass(m_type);
    const int right = storageClass(other.m_type);
    if (left != right)
        return left < right ? -1 : 1;
    if (left == 0)
        return 0;
    if (left == 1) {
        if (m_type == SQLITE_INTEGER && other.m_type == SQLITE_INTEGER)
            return m_integer < other.m_integer ? -1 : (m_integer > other.m_integer ? 1 : 0);
        return m_real < other.m_real ? -1 : (m_real > other.m_real ? 1 : 0);
    }
    return m_bytes.compare(other.m_bytes); // bytes, as SQLite's BINARY
}

RfmTransitions transitionsFrom(const QHash<QPair<QByteArray, QByteArray>, qint64>& cells, const QString& none)
{
    QList<QPair<QByteArray, QByteArray>> pairs = cells.keys();
    std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
        if (a.first.isNull() != b.first.isNull())
            return b.first.isNull(); // the customers only in the later run come last
        if (const int order = a.first.compare(b.first); order != 0)
            return order < 0;
        if (a.second.isNull() != b.second.isNull())
            return a.second.isNull(); // within a group, those not scored in the later run first
        return a.second.compare(b.second) < 0;
    });
    const auto name = [&](const QByteArray& group) {
        return group.isNull() ? none : QString::fromUtf8(group);
    };
    RfmTransitions transitions;
    for (const auto& [from, to] : std::as_const(pairs)) {
        if (!transitions.fromGroups.contains(name(from)))
            transitions.fromGroups << name(from);
        if (!transitions.toGroups.contains(name(to)))
            transitions.toGroups << name(to);
    }
    for (const QString& from : std::as_const(transitions.fromGroups)) {
        QList<qint64> row;
        for (const QString& to : std::as_const(transitions.toGroups)) {
            qint64 count = 0;
            for (const auto& [pair, n] : cells.asKeyValueRange()) {
                if (name(pair.first) == from && name(pair.second) == to)
                    count += n;
            }
            row << count;
        }
        transitions.counts << row;
    }
    return transitions;
}

} // namespace swb
