#include "demoworkspace.h"

#include "swbrunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace swb::test {

QStringList makeDemoWorkspace(const QString& path, int customers, QString* error, int seed)
{
    if (!QFileInfo::exists(swbPath())) {
        *error = QStringLiteral("%1 is missing: build the swb target first").arg(swbPath());
        return {};
    }
    QStringList arguments{QStringLiteral("demo"),        QStringLiteral("--db"),     path,
                          QStringLiteral("--customers"), QString::number(customers), QStringLiteral("--json")};
    if (seed >= 0)
        arguments << QStringLiteral("--seed") << QString::number(seed);
    const QJsonObject report = QJsonDocument::fromJson(swbOutput(arguments, error)).object();
    QStringList names;
    for (const QJsonValue& name : report.value(QStringLiteral("segments")).toArray())
        names << name.toString();
    if (names.isEmpty() && error->isEmpty())
        *error = QStringLiteral("swb demo reported no saved segments for %1").arg(path);
    return names;
}

} // namespace swb::test
