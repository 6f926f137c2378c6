// A workspace: one SQLite file holding customers, orders, the field catalog, segments and runs.
#pragma once

#include "model/database.h"
#include "model/field.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace swb {

class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(swb::Workspace)

public:
    enum class OpenMode { OpenExisting, CreateIfMissing };

    // Opens (or creates) a workspace: refuses a file that is not SQLite, an SQLite file that is not a
    // workspace, and a workspace of a newer schema, without changing the file; migrates an older schema
    // in one transaction; switches to WAL.
    static std::unique_ptr<Workspace> open(const QString& path, OpenMode mode, QString* error);

    // Another connection to an already opened workspace, for a worker thread. No checks, no migration.
    static std::optional<Database> connect(const QString& path, bool readOnly, QString* error);
    // connect() as a Workspace, for a worker that also reads the catalog or resolves selections (SelectionSql).
    static std::unique_ptr<Workspace> attach(const QString& path, bool readOnly, QString* error);

    // The workspace file and the files SQLite keeps beside it: path + "", "-wal", "-shm", "-journal".
    // What a feature that needs a workspace file says when given a server.
    static QString serverMessage(const QString& path);
    static QStringList filesOf(const QString& path);
    // Deletes the workspace file with its -wal, -shm and -journal files: for a workspace made for a job that failed
    // (no connection may be open).
    static void removeFiles(const QString& path);

    Database& db() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion();

    bool hasCustomers();
    qint64 customerCount();
    QList<FieldInfo> fields(const QString& table = QStringLiteral("customers"));
    std::optional<FieldInfo> field(const QString& name, const QString& table = QStringLiteral("customers"));
    std::optional<FieldInfo> fieldByRole(FieldRole role, const QString& table = QStringLiteral("customers"));
    // SQL expression of the customer key: the quoted key column, or `rowid` when no column has the role.
    QString customerKeyExpression();

    // The as-of date for recency and relative dates: the override when set, else the day after the latest
    // purchase date in the data, else today.
    QDate asOfDate();
    std::optional<QDate> asOfDateOverride();
    bool setAsOfDateOverride(std::optional<QDate> date, QString* error = nullptr);

    QString meta(const QString& key);
    bool setMeta(const QString& key, const QString& value, QString* error = nullptr);

private:
    QString latestPurchase(const QString& column);

    Workspace(Database db, QString path);
    Database m_db;
    QString m_path;
};

} // namespace swb
