#include "model/workspace.h"

#include "model/postgres/pgworkspace.h"

#include "model/customerchanges.h"
#include "model/fieldcatalog.h"
#include "model/schema.h"
#include "model/workspacelocation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

namespace swb {

namespace {

// Going back to the WAL from a rollback journal (an import that runs alone, see Importer::run) takes the write lock
// while this connection reads, and there SQLite returns BUSY at once instead of calling the busy handler (waiting
// could deadlock two such connections). So it is retried here for as long as the busy timeout, without holding a
// lock in between: a count started during an import waits for it, as any other reader does.
bool execWaitingForWriter(Database& db, const char* sql, QString* error)
{
    QElapsedTimer waited;
    waited.start();
    while (!db.exec(sql, error)) {
        const int code = db.lastErrorCode() & 0xFF;
        if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || waited.elapsed() >= Database::defaultBusyTimeoutMs)
            return false;
        QThread::msleep(20);
    }
    return true;
}

} // namespace

Workspace::Workspace(Database db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{ }

std::unique_ptr<Workspace> Workspace::open(const QString& path, OpenMode mode, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::unique_ptr<Workspace>();
    };
    // An import that runs alone holds the file for itself while it writes (see Importer::run).
    auto failBusy = [&](Database& db, const QString& message) {
        if ((db.lastErrorCode() & 0xFF) == SQLITE_BUSY || (db.lastErrorCode() & 0xFF) == SQLITE_LOCKED)
            return fail(tr("%1 is being written by another program, for example an import from the command line. "
                           "Open it again when that has finished.")
                            .arg(path));
        return fail(message);
    };
    const QFileInfo info(path);
    if (info.isDir())
        return fail(tr("%1 is a folder, not a workspace file.").arg(path));
    if (PgWorkspace::isUri(path))
        return fail(serverMessage(path));
    if (!info.exists() && mode == OpenMode::OpenExisting)
        return fail(tr("The workspace %1 does not exist.").arg(path));
    // SQLite would open such a file and fail at the first write with "attempt to write a readonly database"; the WAL
    // also needs to create files beside the workspace.
    const QFileInfo folder(info.absolutePath());
    if (info.exists() && !info.isWritable())
        return fail(tr("%1 is read-only. Make the file writable (for example chmod u+w), or copy it to a folder of "
                       "yours and open the copy.")
                        .arg(path));
    if (!folder.isWritable())
        return fail(tr("The folder %1 is read-only: Segment Workbench writes its journal files beside the workspace. "
                       "Copy the workspace to a folder you can write to and open the copy.")
                        .arg(folder.absoluteFilePath()));
    QString openError;
    auto db
        = Database::open(path, info.exists() ? Database::Mode::ReadWrite : Database::Mode::ReadWriteCreate, &openError);
    if (!db)
        return fail(tr("Cannot open %1: %2").arg(path, openError));

    QString readError;
    const QVariant appId = db->scalar(QStringLiteral("PRAGMA application_id"), &readError);
    // The header is checked by SQLite itself: opening the file with anything else and closing it would drop
    // this process's POSIX locks on it, and another process could then checkpoint and delete the WAL in use.
    if (!appId.isValid() && db->lastErrorCode() == SQLITE_NOTADB)
        return fail(tr("%1 is not a workspace: it is not an SQLite database. Choose a .sqlite workspace file "
                       "or create a new one.")
                        .arg(path));
    if (!appId.isValid())
        return failBusy(*db, tr("Cannot read %1: %2").arg(path, readError));
    // One statement, so one snapshot: another program creating the workspace at this moment commits its tables
    // and its application id together, and must not be seen half (tables, but no id yet).
    Statement header = db->prepare(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                                                  "(SELECT user_version FROM pragma_user_version), "
                                                  "(SELECT count(*) FROM sqlite_schema)"),
                                   &readError);
    if (!header.isValid() || !header.next())
        return failBusy(*db, tr("Cannot read %1: %2").arg(path, header.isValid() ? header.errorMessage() : readError));
    const qint64 applicationId = header.toInt64(0);
    const int current = int(header.toInt64(1));
    const qint64 objects = header.toInt64(2);
    header = Statement();

    const bool empty = applicationId == 0 && current == 0 && objects == 0;
    if (!empty && applicationId != schema::applicationId)
        return fail(tr("%1 is an SQLite database but not a Segment Workbench workspace. Import its data "
                       "into a new workspace instead.")
                        .arg(path));
    if (!empty && current <= 0)
        return fail(tr("%1 is a Segment Workbench workspace whose schema version was reset to %2 by another "
                       "program (PRAGMA user_version), so it cannot be opened safely. Restore it from a backup, or "
                       "set the version back with the sqlite3 command line (PRAGMA user_version = %3 for a "
                       "workspace made by this version).")
                        .arg(path, QString::number(current), QString::number(schema::latestVersion())));
    if (current > schema::latestVersion())
        return fail(tr("%1 was written by a newer version of Segment Workbench (schema %2; this version "
                       "reads up to %3). Update Segment Workbench to open it.")
                        .arg(path, QString::number(current), QString::number(schema::latestVersion())));

    QString pragmaError;
    if (!execWaitingForWriter(*db, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;",
                              &pragmaError))
        return failBusy(*db, tr("Cannot prepare %1: %2").arg(path, pragmaError));

    QString migrateError;
    if (!schema::migrate(*db, current, schema::latestVersion(), &migrateError))
        return fail(tr("Cannot upgrade %1: %2").arg(path, migrateError));

    return std::unique_ptr<Workspace>(new Workspace(std::move(*db), path));
}

QStringList Workspace::filesOf(const QString& path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

void Workspace::removeFiles(const QString& path)
{
    for (const QString& file : filesOf(path))
        QFile::remove(file);
}

QString Workspace::serverMessage(const QString& path)
{
    return tr("%1 is a PostgreSQL server: this works on workspace files only so far. On a server the app builds, "
              "counts, saves and exports segments, and swb also computes KPIs and RFM scores (the README's \"On a "
              "PostgreSQL server\" lists what works there).")
        .arg(WorkspaceLocation::displayName(path));
}

std::optional<Database> Workspace::connect(const QString& path, bool readOnly, QString* error)
{
    if (PgWorkspace::isUri(path)) {
        if (error)
            *error = serverMessage(path);
        return std::nullopt;
    }
    auto db = Database::open(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite, error);
    if (!db)
        return std::nullopt;
    if (!db->exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;", error))
        return std::nullopt;
    return db;
}

std::unique_ptr<Workspace> Workspace::attach(const QString& path, bool readOnly, QString* error)
{
    auto db = connect(path, readOnly, error);
    if (!db)
        return nullptr;
    return std::unique_ptr<Workspace>(new Workspace(std::move(*db), path));
}

int Workspace::schemaVersion()
{
    return m_db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

bool Workspace::hasCustomers()
{
    return m_db.tableExists(QStringLiteral("customers"));
}

qint64 Workspace::customerCount()
{
    if (!hasCustomers())
        return 0;
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM customers")).toLongLong();
}

QList<FieldInfo> Workspace::fields(const QString& table)
{
    return FieldCatalog::load(m_db, table);
}

std::optional<FieldInfo> Workspace::field(const QString& name, const QString& table)
{
    for (const FieldInfo& info : fields(table)) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

std::optional<FieldInfo> Workspace::fieldByRole(FieldRole role, const QString& table)
{
    return FieldCatalog::findByRole(FieldCatalog::load(m_db, table), role);
}

QString Workspace::customerKeyExpression()
{
    const auto key = fieldByRole(FieldRole::CustomerKey);
    return key ? quoteIdentifier(key->name) : QStringLiteral("rowid");
}

QDate Workspace::asOfDate()
{
    if (const auto fixed = asOfDateOverride())
        return *fixed;
    QString latest;
    if (const auto last = fieldByRole(FieldRole::LastPurchaseDate); last && hasCustomers())
        latest = latestPurchase(last->name);
    const QDate date = QDate::fromString(latest.left(10), Qt::ISODate);
    return date.isValid() ? date.addDays(1) : QDate::currentDate();
}

QString Workspace::latestPurchase(const QString& column)
{
    // max() scans every customer (a quarter of a second for a million, on the GUI thread too), so the answer is
    // remembered with the customers' version, which any change of the rows clears (customerchanges).
    const QString version = customerchanges::version(m_db);
    const QString key = QStringLiteral("%1 %2 ").arg(version, column);
    const QString remembered = meta(QStringLiteral("latest_purchase"));
    if (!version.isEmpty() && remembered.startsWith(key))
        return remembered.mid(key.size());
    const QString latest
        = m_db.scalar(QStringLiteral("SELECT max(%1) FROM customers").arg(quoteIdentifier(column))).toString();
    if (!version.isEmpty()) {
        // Only if the workspace can be written right now: never wait for another program's lock.
        m_db.setBusyTimeout(0);
        setMeta(QStringLiteral("latest_purchase"), key + latest);
        m_db.setBusyTimeout(Database::defaultBusyTimeoutMs);
    }
    return latest;
}

std::optional<QDate> Workspace::asOfDateOverride()
{
    const QDate date = QDate::fromString(meta(QStringLiteral("as_of_date")), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

bool Workspace::setAsOfDateOverride(std::optional<QDate> date, QString* error)
{
    return setMeta(QStringLiteral("as_of_date"), date ? date->toString(Qt::ISODate) : QString(), error);
}

QString Workspace::meta(const QString& key)
{
    Statement stmt = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    stmt.bind(1, key);
    return stmt.next() ? stmt.toString(0) : QString();
}

bool Workspace::setMeta(const QString& key, const QString& value, QString* error)
{
    Statement stmt = m_db.prepare(value.isEmpty() ? QStringLiteral("DELETE FROM meta WHERE key = ?1")
                                                  : QStringLiteral("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                                                                   "ON CONFLICT(key) DO UPDATE SET value = ?2"),
                                  error);
    stmt.bind(1, key);
    if (!value.isEmpty())
        stmt.bind(2, value);
    if (!stmt.run()) {
        if (error)
            *error = stmt.errorMessage();
        return false;
    }
    return true;
}

} // namespace swb
