// Shared fixtures of the widget tests: small workspaces written with plain SQL, and waiting for signals.
#pragma once

#include "model/field.h"

#include <QList>
#include <QString>

namespace swb {
class WorkspaceSession;
}

namespace swb::test {

// Opens `path` in `session` as the window does (in the background) and waits until it is open; false with the
// reason in `error` otherwise.
bool openSession(WorkspaceSession& session, const QString& path, QString* error = nullptr);

// A workspace with `rows` customers (seeded): id (text key), name, email (PII), country (NULL in some rows),
// revenue (real, revenue role, NULL and repeated values), orders (integer), last_purchase (date). Returns the
// fields, or an empty list with a message on failure.
QList<FieldInfo> writeCustomerWorkspace(const QString& path, int rows, QString* error);

// The rowids of `SELECT rowid FROM customers [WHERE <where>] ORDER BY <orderBy>` (an independent reference for
// the table model).
QList<qint64> rowidsInOrder(const QString& path, const QString& orderBy, const QString& where = {});

// The number of customers, or -1 when the table is missing.
qint64 customerCount(const QString& path);

} // namespace swb::test
