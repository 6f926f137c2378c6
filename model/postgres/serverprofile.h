// A saved way to reach a PostgreSQL workspace (File → Connect to Server…): host, port, database, user and TLS mode,
// and the URI libpq takes for them. The password is not part of it: it lives in the desktop's secret store (or is
// asked each time) and reaches libpq through PgCredentials.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace swb {

struct ServerProfile
{
    QString name; // what the user calls it; unique among the saved profiles
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer"); // libpq's sslmode

    // libpq's TLS modes, weakest first.
    static QStringList sslModes();
    // postgresql://user@host:port/database?sslmode=… with every part percent-encoded (an IPv6 host in brackets).
    QString uri() const;
    // "user@host:port/database" for titles and lists.
    QString displayName() const;
    // Empty when complete, else what is missing (host, database, user) for the dialog to say.
    QString problem() const;
    // The key under which the secret store holds this profile's password.
    QString secretKey() const;

    bool operator==(const ServerProfile&) const = default;
};

// The profiles as the settings keep them (QSettings, "servers/…"): everything but the password.
class ServerProfiles
{
public:
    static QList<ServerProfile> load();
    static void save(const QList<ServerProfile>& profiles);
    // A postgresql:// URI shown without its password (were one given in it), for titles and messages.
    static QString displayUri(const QString& uri);
};

} // namespace swb
