#include "model/postgres/serverprofile.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace swb {

namespace {

QString encoded(const QString& part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

QString hostPart(const QString& host)
{
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host);
}

} // namespace

QStringList ServerProfile::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QString ServerProfile::uri() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=%5")
        .arg(encoded(user), hostPart(host))
        .arg(port)
        .arg(encoded(database), encoded(sslMode));
}

QString ServerProfile::displayName() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString ServerProfile::problem() const
{
    if (host.trimmed().isEmpty())
        return QCoreApplication::translate("swb::ServerProfile", "Give the server's host name or address.");
    if (database.trimmed().isEmpty())
        return QCoreApplication::translate("swb::ServerProfile", "Give the database that holds the workspace.");
    if (user.trimmed().isEmpty())
        return QCoreApplication::translate("swb::ServerProfile", "Give the user to connect as.");
    return {};
}

QString ServerProfile::secretKey() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QList<ServerProfile> ServerProfiles::load()
{
    QSettings settings;
    QList<ServerProfile> profiles;
    const int count = settings.beginReadArray(QStringLiteral("servers"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ServerProfile profile;
        profile.name = settings.value(QStringLiteral("name")).toString();
        profile.host = settings.value(QStringLiteral("host"), profile.host).toString();
        profile.port = settings.value(QStringLiteral("port"), profile.port).toInt();
        profile.database = settings.value(QStringLiteral("database")).toString();
        profile.user = settings.value(QStringLiteral("user")).toString();
        profile.sslMode = settings.value(QStringLiteral("sslMode"), profile.sslMode).toString();
        if (!profile.name.isEmpty())
            profiles << profile;
    }
    settings.endArray();
    return profiles;
}

void ServerProfiles::save(const QList<ServerProfile>& profiles)
{
    QSettings settings;
    settings.remove(QStringLiteral("servers"));
    settings.beginWriteArray(QStringLiteral("servers"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile& profile = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), profile.name);
        settings.setValue(QStringLiteral("host"), profile.host);
        settings.setValue(QStringLiteral("port"), profile.port);
        settings.setValue(QStringLiteral("database"), profile.database);
        settings.setValue(QStringLiteral("user"), profile.user);
        settings.setValue(QStringLiteral("sslMode"), profile.sslMode);
    }
    settings.endArray();
}

QString ServerProfiles::displayUri(const QString& uri)
{
    QUrl url(uri);
    if (!url.isValid())
        return uri;
    url.setPassword({});
    return url.toString(QUrl::RemovePassword);
}

} // namespace swb
