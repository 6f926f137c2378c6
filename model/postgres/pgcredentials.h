// Passwords for PostgreSQL workspaces, held in this process's memory only: File → Connect to Server… puts the
// password it was given (or read from the desktop's secret store) here under the workspace's URI, and every
// connection the app's jobs open to that URI uses it. The URI itself (shown in titles and settings) never carries it.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace swb {

class PgCredentials
{
    Q_DECLARE_TR_FUNCTIONS(swb::PgCredentials)

public:
    static void setPassword(const QString& uri, const QString& password);
    static void forget(const QString& uri);
    // Empty when none was given (libpq then uses ~/.pgpass or the server asks for none).
    static QString password(const QString& uri);

    // libpq's connection failure in words that say what to do (a refused connection, a wrong or missing password,
    // an unknown database or role), with libpq's own line after it.
    static QString explainConnectError(const QString& libpqMessage);
};

} // namespace swb
