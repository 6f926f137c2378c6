#include "model/postgres/pgcredentials.h"

#include <QHash>
#include <QMutex>

namespace swb {

namespace {

QMutex& lock()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> byUri;
    return byUri;
}

} // namespace

void PgCredentials::setPassword(const QString& uri, const QString& password)
{
    const QMutexLocker locker(&lock());
    passwords().insert(uri, password);
}

void PgCredentials::forget(const QString& uri)
{
    const QMutexLocker locker(&lock());
    passwords().remove(uri);
}

QString PgCredentials::password(const QString& uri)
{
    const QMutexLocker locker(&lock());
    return passwords().value(uri);
}

QString PgCredentials::explainConnectError(const QString& libpqMessage)
{
    QString advice;
    if (libpqMessage.contains(QLatin1String("password authentication failed")))
        advice = tr("The server refused the password. Check the user and the password and connect again.");
    else if (libpqMessage.contains(QLatin1String("no password supplied")))
        advice = tr("The server asks for a password. Give it in File → Connect to Server… (or in ~/.pgpass).");
    else if (libpqMessage.contains(QLatin1String("Connection refused")))
        advice = tr("No PostgreSQL server answers at this host and port. Check both, and that the server runs and "
                    "accepts connections from this computer.");
    else if (libpqMessage.contains(QLatin1String("timeout expired")))
        advice = tr("The server did not answer in time. Check the host name and the network.");
    else if (libpqMessage.contains(QLatin1String("could not translate host name")))
        advice = tr("The host name is unknown. Check its spelling.");
    else if (libpqMessage.contains(QLatin1String("database")) && libpqMessage.contains(QLatin1String("does not exist")))
        advice = tr("The server has no database of this name. Check the database, or create it on the server.");
    else if (libpqMessage.contains(QLatin1String("role")) && libpqMessage.contains(QLatin1String("does not exist")))
        advice = tr("The server has no user of this name. Check the user.");
    else if (libpqMessage.contains(QLatin1String("SSL")))
        advice = tr("The TLS mode does not fit the server. Try another TLS mode, or ask the server's administrator.");
    if (advice.isEmpty())
        return libpqMessage;
    return QStringLiteral("%1\n(%2)").arg(advice, libpqMessage);
}

} // namespace swb
