#include "testsupport_import.h"

#include "model/import/importer.h"
#include "model/workspace.h"

#include <QDir>
#include <QFile>

namespace swb::test {

QString newWorkspace(const QString& folder)
{
    static int counter = 0;
    const QString path = QDir(folder).filePath(QStringLiteral("workspace%1.sqlite").arg(++counter));
    QString error;
    if (!Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error))
        qFatal("cannot create workspace: %s", qPrintable(error));
    return path;
}

QString writeFile(const QString& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportReport importFile(const QString& workspace, const QString& file, ImportKind kind, ImportMode mode, bool strict)
{
    ImportOptions options;
    options.filePath = file;
    options.kind = kind;
    options.mode = mode;
    options.strict = strict;
    return Importer::run(workspace, options);
}

ColumnStats statsOf(const QStringList& cells)
{
    ColumnStats stats;
    for (const QString& cell : cells) {
        const QByteArray utf8 = cell.toUtf8();
        stats.add(std::string_view(utf8.constData(), size_t(utf8.size())));
    }
    return stats;
}

} // namespace swb::test
