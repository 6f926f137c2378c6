#include "ui/export/exportfilename.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace swb::exportfile {

namespace {

const QString s_lastFolderKey = QStringLiteral("export/lastFolder");

} // namespace

QString defaultFileName(const QString& name, ExportFormat format, const QDate& date)
{
    QString base = name.simplified();
    for (QChar& c : base) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    while (base.startsWith(QLatin1Char('.'))) // not a hidden file
        base.remove(0, 1);
    if (base.isEmpty())
        base = QStringLiteral("customers");
    return QStringLiteral("%1 %2.%3").arg(base, date.toString(Qt::ISODate), exportFormatName(format));
}

QString lastFolder()
{
    const QString last = QSettings().value(s_lastFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    // The documents folder is only a default where it exists (many Linux homes have none): else the home folder.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void rememberFolder(const QString& filePath)
{
    const QFileInfo info(filePath);
    if (QFileInfo(info.absolutePath()).isDir())
        QSettings().setValue(s_lastFolderKey, info.absolutePath());
}

} // namespace swb::exportfile
