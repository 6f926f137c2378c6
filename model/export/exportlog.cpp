#include "model/export/exportlog.h"

#include "model/database.h"
#include "model/workspace.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <sqlite3.h>

#include <pwd.h>
#include <unistd.h>

namespace swb {

namespace {

QString presetText(const ExportOptions& options)
{
    QString text = exportPresetName(options.preset);
    if (options.suppression != SuppressionKind::None)
        text += QStringLiteral("/suppression-") + suppressionName(options.suppression);
    return text;
}

} // namespace

QString ExportLog::userName()
{
    if (const passwd* entry = ::getpwuid(::getuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

bool ExportLog::record(const QString& workspacePath, const Selection& selection, const ExportOptions& options,
                       const ExportReport& report, QString* error)
{
    QString why;
    std::optional<Database> db = Workspace::connect(workspacePath, false, &why);
    // The file is written by now: another program writing to the workspace delays it by a second at most, then
    // the report says the export was not recorded (an export is a read; it does not wait like a write).
    if (db)
        db->setBusyTimeout(1000);
    if (db && !db->tableExists(QStringLiteral("export_log")))
        why = tr("the workspace has no export log yet (open it once in this version)");
    Statement insert;
    if (db && why.isEmpty())
        insert = db->prepare(QStringLiteral("INSERT INTO export_log (exported_at, user, segment, selection, preset, "
                                            "format, file, rows, columns, pii) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                             &why);
    if (!insert.isValid()) {
        *error = tr("The export was not recorded in the workspace's export log: %1.").arg(why);
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString columns
        = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(report.columns)).toJson(QJsonDocument::Compact));
    auto add = [&](const QString& segment, const QString& words, qint64 rows) {
        insert.reset();
        insert.bind(1, now);
        insert.bind(2, userName());
        if (segment.isEmpty())
            insert.bindNull(3);
        else
            insert.bind(3, segment);
        insert.bind(4, words);
        insert.bind(5, presetText(options));
        insert.bind(6, exportFormatName(options.format));
        insert.bind(7, QFileInfo(report.outputPath).absoluteFilePath());
        insert.bind(8, rows);
        insert.bind(9, columns);
        insert.bind(10, piiPolicyName(options.pii));
        return insert.run();
    };
    Transaction transaction(*db); // all of a multi-segment export's rows, or none
    bool ok = transaction.isActive();
    if (ok && !options.segments.isEmpty()) {
        for (const QString& name : options.segments)
            ok = add(name, Selection::segment(name).description(), report.segmentRows.value(name)) && ok;
    } else if (ok) {
        const QString segment = selection.kind() == Selection::Kind::Segment ? selection.segmentName() : QString();
        ok = add(segment, selection.description(), report.rows);
    }
    ok = ok && transaction.commit();
    if (!ok)
        *error = db->lastErrorCode() == SQLITE_BUSY || db->lastErrorCode() == SQLITE_LOCKED
            ? tr("The export was not recorded in the workspace's export log: another program was writing to the "
                 "workspace. The file itself is complete.")
            : tr("The export was not recorded in the workspace's export log: %1.").arg(db->lastError());
    return ok;
}

QList<ExportLogEntry> ExportLog::forSegment(Database& db, const QString& segment)
{
    QList<ExportLogEntry> entries;
    if (!db.tableExists(QStringLiteral("export_log")))
        return entries;
    Statement select = db.prepare(QStringLiteral("SELECT exported_at, user, segment, selection, preset, format, file, "
                                                 "rows, columns, pii FROM export_log WHERE segment = ? "
                                                 "ORDER BY exported_at DESC, id DESC"));
    if (!select.isValid())
        return entries;
    select.bind(1, segment);
    while (select.next()) {
        ExportLogEntry entry;
        entry.exportedAt = QDateTime::fromString(select.toString(0), Qt::ISODate);
        entry.user = select.toString(1);
        entry.segment = select.toString(2);
        entry.selection = select.toString(3);
        entry.preset = select.toString(4);
        entry.format = select.toString(5);
        entry.file = select.toString(6);
        entry.rows = select.toInt64(7);
        for (const QJsonValue& column : QJsonDocument::fromJson(select.toUtf8(8)).array())
            entry.columns << column.toString();
        entry.pii = select.toString(9);
        entries << entry;
    }
    return entries;
}

QList<ExportLogEntry> ExportLog::forSegment(const QString& workspacePath, const QString& segment, QString* error)
{
    std::optional<Database> db = Workspace::connect(workspacePath, true, error);
    return db ? forSegment(*db, segment) : QList<ExportLogEntry>{};
}

QString ExportLog::describe(const ExportLogEntry& entry)
{
    const QLocale locale;
    return tr("%1 · %2 · %3 rows · %4 columns · PII %5 · %6 · preset %7 · %8")
        .arg(entry.exportedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), entry.user,
             locale.toString(entry.rows), locale.toString(entry.columns.size()), entry.pii, entry.format.toUpper(),
             entry.preset, entry.file);
}

} // namespace swb
