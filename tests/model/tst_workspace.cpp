// Workspace file: creation, schema versioning, refusing foreign files without touching them, migration.
#include "model/customerchanges.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/schema.h"
#include "model/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>

using namespace swb;

class TstWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QThreadPool m_pool; // eight threads at once, whatever the core count

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray digest(const QString& file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

private slots:
    void initTestCase() { m_pool.setMaxThreadCount(8); }

    void createsNewWorkspaceWithLatestSchema()
    {
        QString error;
        auto ws = Workspace::open(path(QStringLiteral("new.sqlite")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->schemaVersion(), schema::latestVersion());
        QCOMPARE(ws->db().scalar(QStringLiteral("PRAGMA application_id")).toInt(), schema::applicationId);
        QCOMPARE(ws->db().scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        for (const char* table : {"meta", "fields", "imports", "import_issues", "segments", "segment_members",
                                  "segment_snapshots", "cluster_runs", "rfm_runs"})
            QVERIFY2(ws->db().tableExists(QString::fromLatin1(table)), table);
        QVERIFY(!ws->hasCustomers());
        QCOMPARE(ws->customerCount(), 0);
    }

    void reopensExistingWorkspace()
    {
        const QString file = path(QStringLiteral("reopen.sqlite"));
        QString error;
        {
            auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, &error);
            QVERIFY2(ws, qPrintable(error));
            QVERIFY(ws->setMeta(QStringLiteral("hello"), QStringLiteral("world")));
        }
        auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->meta(QStringLiteral("hello")), QStringLiteral("world"));
    }

    void missingFileWithoutCreateIsAnError()
    {
        QString error;
        auto ws = Workspace::open(path(QStringLiteral("absent.sqlite")), Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(!ws);
        QVERIFY(error.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(path(QStringLiteral("absent.sqlite"))));
    }

    void refusesFilesAndLeavesThemUnchanged_data()
    {
        QTest::addColumn<QByteArray>("setupSql"); // empty: write `bytes` instead
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text-file") << QByteArray() << QByteArray("name,age\nAnna,31\n")
                                   << QStringLiteral("not an SQLite database");
        QTest::newRow("binary-garbage") << QByteArray() << QByteArray(4096, '\xA7')
                                        << QStringLiteral("not an SQLite database");
        QTest::newRow("foreign-sqlite") << QByteArray("CREATE TABLE notes(id INTEGER, body TEXT);"
                                                      "INSERT INTO notes VALUES (1, 'x');")
                                        << QByteArray() << QStringLiteral("not a Segment Workbench workspace");
        QTest::newRow("newer-schema") << QByteArray("PRAGMA application_id = 1398229826; PRAGMA user_version = 999;"
                                                    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);")
                                      << QByteArray() << QStringLiteral("newer version");
        // Our id but version 0: another program reset the version; migrating from 0 would fail on existing tables.
        QTest::newRow("version-reset-to-0") << QByteArray("PRAGMA application_id = 1398229826; PRAGMA user_version = 0;"
                                                          "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);")
                                            << QByteArray() << QStringLiteral("schema version was reset to 0");
    }

    void refusesFilesAndLeavesThemUnchanged()
    {
        QFETCH(QByteArray, setupSql);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString file = path(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".sqlite"));
        if (setupSql.isEmpty()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        } else {
            QString error;
            auto db = Database::open(file, Database::Mode::ReadWriteCreate, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(db->exec(QString::fromUtf8(setupSql), &error), qPrintable(error));
        }
        const QByteArray before = digest(file);
        QString error;
        auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(!ws);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(digest(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    // Eight programs creating one new workspace at the same moment (first imports in parallel) all get it: the
    // schema version is re-read inside the write lock, the header in one snapshot.
    void concurrentFirstOpensAllSucceed()
    {
        for (int round = 0; round < 5; ++round) {
            const QString file = path(QStringLiteral("race%1.sqlite").arg(round));
            QList<QFuture<QString>> openers;
            QSemaphore start;
            for (int i = 0; i < 8; ++i) {
                openers << QtConcurrent::run(&m_pool, [&start, file] {
                    start.acquire();
                    QString error;
                    const auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, &error);
                    return ws ? QString() : (error.isEmpty() ? QStringLiteral("failed without a message") : error);
                });
            }
            start.release(8);
            for (auto& opener : openers)
                QVERIFY2(opener.result().isEmpty(), qPrintable(opener.result()));
            QString error;
            auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, &error);
            QVERIFY2(ws, qPrintable(error));
            QCOMPARE(ws->schemaVersion(), schema::latestVersion());
        }
    }

    // Opening a second handle on a workspace must not drop the locks of the connection already open:
    // another process closing its own connection would then checkpoint and delete the WAL in use.
    void secondOpenKeepsLocksOfOpenConnection()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        QVERIFY2(!sqlite3.isEmpty(), "the sqlite3 command is needed (scripts/install-deps.sh installs it)");
        const QString file = path(QStringLiteral("locks.sqlite"));
        QString error;
        auto first = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(first->db().exec("PRAGMA wal_autocheckpoint = 0"));
        QVERIFY(first->setMeta(QStringLiteral("pending"), QStringLiteral("in the WAL")));
        QVERIFY(QFile::exists(file + QStringLiteral("-wal")));

        auto second = Workspace::open(file, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(second, qPrintable(error));
        second.reset();

        QProcess other;
        other.start(sqlite3, {file, QStringLiteral("SELECT value FROM meta WHERE key = 'pending'")});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(other.readAllStandardOutput()).trimmed(), QStringLiteral("in the WAL"));
        // The other process could only checkpoint and remove the WAL if this process had lost its lock.
        QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
        QCOMPARE(first->meta(QStringLiteral("pending")), QStringLiteral("in the WAL"));
        QCOMPARE(first->db().scalar(QStringLiteral("PRAGMA quick_check")).toString(), QStringLiteral("ok"));
    }

    void migratesOlderSchemaInOneStep()
    {
        const QString file = path(QStringLiteral("old.sqlite"));
        {
            QString error;
            auto db = Database::open(file, Database::Mode::ReadWriteCreate, &error);
            QVERIFY2(db, qPrintable(error));
            QVERIFY2(schema::migrate(*db, 0, 1, &error), qPrintable(error));
            QVERIFY(db->exec("INSERT INTO meta VALUES ('kept', 'yes')"));
            QVERIFY(!db->tableExists(QStringLiteral("segments")));
        }
        QString error;
        auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->schemaVersion(), schema::latestVersion());
        QVERIFY(ws->db().tableExists(QStringLiteral("segments")));
        QCOMPARE(ws->meta(QStringLiteral("kept")), QStringLiteral("yes"));
    }

    void failedMigrationChangesNothing()
    {
        const QString file = path(QStringLiteral("conflict.sqlite"));
        {
            QString error;
            auto db = Database::open(file, Database::Mode::ReadWriteCreate, &error);
            QVERIFY(db);
            QVERIFY2(schema::migrate(*db, 0, 1, &error), qPrintable(error));
            // A table that step 2 wants to create makes that step fail half-way.
            QVERIFY(db->exec("CREATE TABLE segment_snapshots(x)"));
        }
        QString error;
        auto ws = Workspace::open(file, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(!ws);
        QVERIFY2(error.contains(QStringLiteral("schema 2")), qPrintable(error));
        auto db = Database::open(file, Database::Mode::ReadOnly, &error);
        QVERIFY(db);
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        QVERIFY(!db->tableExists(QStringLiteral("segments")));
    }

    void asOfDateFollowsLatestPurchaseUnlessOverridden()
    {
        QString error;
        auto ws = Workspace::open(path(QStringLiteral("asof.sqlite")), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(ws->db().exec("CREATE TABLE customers(id INTEGER, last TEXT);"
                              "INSERT INTO customers VALUES (1, '2023-05-01'), (2, '2024-02-28'), (3, NULL);"));
        FieldInfo id{QStringLiteral("customers"), QStringLiteral("id"), QStringLiteral("ID"), FieldType::Integer,
                     FieldRole::CustomerKey};
        FieldInfo last{QStringLiteral("customers"), QStringLiteral("last"), QStringLiteral("Last"), FieldType::Date,
                       FieldRole::LastPurchaseDate};
        QVERIFY2(FieldCatalog::replace(ws->db(), QStringLiteral("customers"), {id, last}, &error), qPrintable(error));
        QCOMPARE(ws->asOfDate(), QDate(2024, 2, 29));
        QCOMPARE(ws->customerKeyExpression(), QStringLiteral("\"id\""));
        QVERIFY(ws->setAsOfDateOverride(QDate(2025, 1, 1)));
        QCOMPARE(ws->asOfDate(), QDate(2025, 1, 1));
        QVERIFY(ws->setAsOfDateOverride(std::nullopt));
        QCOMPARE(ws->asOfDate(), QDate(2024, 2, 29));
    }

    void busyWorkspaceSaysWhy()
    {
        // As during an import that runs alone: another connection writes through a rollback journal and holds
        // the file exclusively.
        QString error;
        const QString file = path(QStringLiteral("busy.sqlite"));
        QVERIFY(Workspace::open(file, Workspace::OpenMode::CreateIfMissing, &error));
        auto writer = Database::open(file, Database::Mode::ReadWrite, &error);
        QVERIFY2(writer, qPrintable(error));
        QCOMPARE(writer->scalar(QStringLiteral("PRAGMA journal_mode = DELETE")).toString(), QStringLiteral("delete"));
        QVERIFY(writer->exec("BEGIN EXCLUSIVE; CREATE TABLE customers(id INTEGER);"));
        QVERIFY(!Workspace::open(file, Workspace::OpenMode::OpenExisting, &error));
        QVERIFY2(error.contains(QLatin1String("being written by another program")), qPrintable(error));
        QVERIFY(writer->exec("COMMIT"));
        QVERIFY2(Workspace::open(file, Workspace::OpenMode::OpenExisting, &error), qPrintable(error));
    }

    void latestPurchaseIsRememberedUntilCustomersChange()
    {
        QString error;
        const QString file = path(QStringLiteral("latest.sqlite"));
        auto ws = Workspace::open(file, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(ws->db().exec("CREATE TABLE customers(id INTEGER, last TEXT);"
                              "INSERT INTO customers VALUES (1, '2023-05-01'), (2, '2024-02-28');"));
        FieldInfo last{QStringLiteral("customers"), QStringLiteral("last"), QStringLiteral("Last"), FieldType::Date,
                       FieldRole::LastPurchaseDate};
        QVERIFY2(FieldCatalog::replace(ws->db(), QStringLiteral("customers"), {last}, &error), qPrintable(error));
        // No version yet: nothing is remembered.
        QCOMPARE(ws->asOfDate(), QDate(2024, 2, 29));
        QVERIFY(ws->meta(QStringLiteral("latest_purchase")).isEmpty());

        const QString version = customerchanges::ensureVersion(ws->db());
        QVERIFY(!version.isEmpty());
        QCOMPARE(ws->asOfDate(), QDate(2024, 2, 29));
        QCOMPARE(ws->meta(QStringLiteral("latest_purchase")), version + QStringLiteral(" last 2024-02-28"));
        // The remembered value is what is used (no scan): a planted one shows through ...
        QVERIFY(ws->setMeta(QStringLiteral("latest_purchase"), version + QStringLiteral(" last 2020-01-01")));
        QCOMPARE(ws->asOfDate(), QDate(2020, 1, 2));
        // ... until another program changes the customers.
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"),
                    {file,
                     QStringLiteral("UPDATE customers SET last = '2024-06-30' "
                                    "WHERE id = 1")});
        QVERIFY(shell.waitForFinished(30000));
        QCOMPARE(shell.exitCode(), 0);
        QCOMPARE(ws->asOfDate(), QDate(2024, 7, 1));
    }

    void quotesIdentifiers_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << QStringLiteral("age") << QStringLiteral("\"age\"");
        QTest::newRow("injection") << QStringLiteral("\"; DROP TABLE customers; --")
                                   << QStringLiteral("\"\"\"; DROP TABLE customers; --\"");
    }

    void quotesIdentifiers()
    {
        QFETCH(QString, name);
        QFETCH(QString, quoted);
        QCOMPARE(quoteIdentifier(name), quoted);
    }
};

QTEST_GUILESS_MAIN(TstWorkspace)
#include "tst_workspace.moc"
