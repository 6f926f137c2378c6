#include "ui/shell/userguide.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace swb {

QString UserGuide::installedIndex()
{
    return QStringLiteral("share/doc/segment-workbench/guide/README.md");
}

QString UserGuide::sourceIndex()
{
    return QStringLiteral("docs/guide/README.md");
}

QUrl UserGuide::onlineUrl()
{
    return QUrl(QStringLiteral(SWB_GUIDE_URL));
}

QUrl UserGuide::location(const QString& applicationDir, const QString& sourceDir)
{
    // The installed copy matches the installed program; the source tree's only serves a program run from its build
    // folder (where nothing is installed), and may be gone or moved, so it is checked rather than assumed.
    QStringList candidates{QDir(applicationDir).absoluteFilePath(QStringLiteral("../") + installedIndex())};
    if (!sourceDir.isEmpty())
        candidates << QDir(sourceDir).absoluteFilePath(sourceIndex());
    for (const QString& candidate : std::as_const(candidates)) {
        const QFileInfo file(QDir::cleanPath(candidate));
        if (file.isFile())
            return QUrl::fromLocalFile(file.absoluteFilePath());
    }
    return onlineUrl();
}

QUrl UserGuide::location()
{
    return location(QCoreApplication::applicationDirPath(), QStringLiteral(SWB_SOURCE_DIR));
}

} // namespace swb
