// The pieces of RfmAnalysis::transitions: one run's assignments read in key order, and the matrix made from the
// counted (from group, to group) pairs.
#pragma once

#include "model/analytics/rfmanalysis.h"
#include "model/database.h"

#include <QByteArray>
#include <QHash>
#include <QPair>

namespace swb {

// The (customer key, group) rows of one RFM run in the order of the primary key (run_id, customer_key): SQLite's
// order, NULL, then numbers by value, then text and blobs by their bytes.
class AssignmentCursor
{
public:
    AssignmentCursor(Database& db, qint64 run, QString* error);

    bool isValid() const { return m_stmt.isValid(); }
    bool atEnd() const { return m_atEnd; }
    bool failed() const { return m_stmt.failed(); }
    QString errorMessage() const { return m_stmt.errorMessage(); }
    void next();
    // < 0, 0, > 0 as this row's key sorts before, equal to or after the other cursor's.
    int compareKey(const AssignmentCursor& other) const;
    const QByteArray& group() const { return m_group; }

private:
    Statement m_stmt;
    bool m_atEnd = false;
    int m_type = 0; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
    qint64 m_integer = 0;
    double m_real = 0.0;
    QByteArray m_bytes;
    QByteArray m_group;
};

// The matrix from the counts of (from group, to group) pairs, a null group meaning "not scored in that run" (shown as
// `none`). Groups in the order of the earlier SQL join: from groups by their bytes and `none` last; to groups as
// they first appear going through the pairs in that order, `none` first within each from group.
RfmTransitions transitionsFrom(const QHash<QPair<QByteArray, QByteArray>, qint64>& cells, const QString& none);

} // namespace swb
