// `swb import` and `swb count` with --db postgresql://…: the demo's customers imported into a workspace file, into
// one PostgreSQL server and into a coordinator with two postgres_fdw shards give the same counts and funnels; errors
// (a refused connection, an unknown role, a database without a workspace, a failed import) say what is wrong and
// leave the server as it was.
#include "model/postgres/pgconnection.h"
#include "tests/support/swbrunner.h"
#include "testsupport_pg.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/types.h>

using namespace swb;

class TstPgCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_servers;
    QString m_file; // the workspace file
    QString m_csv;

    QString plain() const { return m_servers.value(QStringLiteral("SWB_PG_PLAIN")); }
    QString coordinator() const { return m_servers.value(QStringLiteral("SWB_PG_COORD")); }
    QStringList shardOptions() const
    {
        return {QStringLiteral("--shard"), QStringLiteral("shard1=") + m_servers.value(QStringLiteral("SWB_PG_SHARD1")),
                QStringLiteral("--shard"),
                QStringLiteral("shard2=") + m_servers.value(QStringLiteral("SWB_PG_SHARD2"))};
    }

    static QByteArray countJson(const QString& db, const QByteArray& definition, bool funnel, QString* error)
    {
        QStringList arguments{QStringLiteral("count"),      QStringLiteral("--db"),        db,
                              QStringLiteral("--filter"),   QString::fromUtf8(definition), QStringLiteral("--as-of"),
                              QStringLiteral("2024-07-01"), QStringLiteral("--json")};
        if (funnel)
            arguments << QStringLiteral("--funnel");
        return test::swbOutput(arguments, error).trimmed();
    }

    static qint64 serverCount(const QString& uri)
    {
        QString error;
        auto connection = PgConnection::open(uri, &error);
        const auto count = connection
            ? connection->queryInt64(QStringLiteral("SELECT count(*) FROM customers"), {}, &error)
            : std::nullopt;
        return count.value_or(-1);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_servers = test::pgServers(&error);
        QVERIFY2(!m_servers.isEmpty(), qPrintable(error));
        const QString csvDir = m_dir.filePath(QStringLiteral("csv"));
        test::swbOutput({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("6000"),
                         QStringLiteral("--seed"), QStringLiteral("19"), QStringLiteral("--db"),
                         m_dir.filePath(QStringLiteral("unused.sqlite")), QStringLiteral("--csv-dir"), csvDir,
                         QStringLiteral("--no-import")},
                        &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_csv = QDir(csvDir).filePath(QStringLiteral("customers.csv"));
        m_file = m_dir.filePath(QStringLiteral("ws.sqlite"));
        for (const QString& db : {m_file, plain()}) {
            test::swbOutput({QStringLiteral("import"), m_csv, QStringLiteral("--db"), db}, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        test::swbOutput(QStringList{QStringLiteral("import"), m_csv, QStringLiteral("--db"), coordinator()}
                            + shardOptions(),
                        &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(serverCount(plain()), 6000);
        QCOMPARE(serverCount(coordinator()), 6000);
    }

    void countsAndFunnelsAgree_data()
    {
        QTest::addColumn<QByteArray>("definition");
        // The builder's six-rule definition of the README (country, age, newsletter, signup window, channel, NPS).
        QTest::newRow("six rules") << QByteArray(
            R"({"combinator":"and","rules":[{"field":"country","operator":"in","value":["DE","AT","CH"]},
                {"field":"age","operator":"between","value":[25,54]},{"field":"newsletter","operator":"=","value":true},
                {"field":"signup_date","operator":"inLastDays","value":720},
                {"field":"acquisition_channel","operator":"!=","value":"paid_search"},
                {"field":"nps","operator":">=","value":7}]})");
        QTest::newRow("patterns, any case")
            << QByteArray(R"({"combinator":"or","rules":[{"field":"email","operator":"endsWith","value":"@GMAIL.com"},
                {"field":"last_name","operator":"beginsWith","value":"lü"},
                {"field":"postal_code","operator":"beginsWith","value":"0_"}]})");
        QTest::newRow("not, nulls and dates")
            << QByteArray(R"({"combinator":"and","not":true,"rules":[{"field":"loyalty_tier","operator":"notNull"},
                {"combinator":"or","rules":[{"field":"signup_date","operator":"<","value":"2023-01-01"},
                {"field":"churned","operator":"=","value":false}]}]})");
        QTest::newRow("more than days ago")
            << QByteArray(R"({"combinator":"and","rules":[{"field":"signup_date","operator":"moreThanDaysAgo",
                "value":365},{"field":"gender","operator":"in","value":["female","diverse"]}]})");
    }

    void countsAndFunnelsAgree()
    {
        QFETCH(QByteArray, definition);
        QString error;
        for (const bool funnel : {false, true}) {
            const QByteArray reference = countJson(m_file, definition, funnel, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(reference.startsWith("{\"count\":"));
            QVERIFY2(!reference.startsWith("{\"count\":0") && !reference.startsWith("{\"count\":6000"), reference);
            QCOMPARE(countJson(plain(), definition, funnel, &error), reference);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(countJson(coordinator(), definition, funnel, &error), reference);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void sqlShowsTheServersStatement()
    {
        QString error;
        const QByteArray sql = test::swbOutput(
            {QStringLiteral("count"), QStringLiteral("--db"), plain(), QStringLiteral("--sql"),
             QStringLiteral("--filter"),
             QStringLiteral(R"({"combinator":"and","rules":[{"field":"email","operator":"contains","value":"50%"}]})")},
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(sql.contains("\"email\" COLLATE \"C\" ILIKE $1 ESCAPE '\\'"), sql.constData());
        QVERIFY2(sql.contains("-- $1 = '%50\\%%'"), sql.constData());
    }

    void errorsSayWhatIsWrong_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString filter = QStringLiteral(R"({"combinator":"and","rules":[]})");
        QTest::newRow("refused") << QStringList{
            QStringLiteral("count"), QStringLiteral("--db"), QStringLiteral("postgresql://swb@127.0.0.1:1/swb"),
            QStringLiteral("--filter"),
            filter} << QStringLiteral("Cannot use the server: No PostgreSQL server answers at this host and port");
        QTest::newRow("no such role") << QStringList{QStringLiteral("count"), QStringLiteral("--db"), QString(),
                                                     QStringLiteral("--filter"), filter}
                                      << QStringLiteral("role \"nobody_here\" does not exist");
        QTest::newRow("no workspace") << QStringList{QStringLiteral("count"), QStringLiteral("--db"), QString(),
                                                     QStringLiteral("--filter"), filter}
                                      << QStringLiteral("The database holds no workspace");
        QTest::newRow("not yet on a server") << QStringList{QStringLiteral("fields"), QStringLiteral("--db"), QString()}
                                             << QStringLiteral("this works on workspace files only so far");
        QTest::newRow("orders") << QStringList{QStringLiteral("import"), QStringLiteral("orders.csv"),
                                               QStringLiteral("--kind"), QStringLiteral("orders"),
                                               QStringLiteral("--db"),   QString()}
                                << QStringLiteral("replaces the customers so far");
        QTest::newRow("shard without server")
            << QStringList{QStringLiteral("import"),   QStringLiteral("x.csv"),   QStringLiteral("--db"),
                           QStringLiteral("x.sqlite"), QStringLiteral("--shard"), QStringLiteral("s=postgresql://h/d")}
            << QStringLiteral("--shard lays out a workspace on a PostgreSQL");
    }

    void errorsSayWhatIsWrong()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const qsizetype db = arguments.indexOf(QString());
        if (db >= 0) {
            QString uri = plain();
            if (QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("no such role"))
                uri.replace(QStringLiteral("//swb@"), QStringLiteral("//nobody_here@"));
            if (QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("no workspace")) {
                QString error;
                auto connection = PgConnection::open(plain(), &error);
                QVERIFY2(connection, qPrintable(error));
                connection->exec(QStringLiteral("DROP DATABASE IF EXISTS empty_ws"), &error);
                QVERIFY2(connection->exec(QStringLiteral("CREATE DATABASE empty_ws"), &error), qPrintable(error));
                uri = uri.left(uri.lastIndexOf(QLatin1Char('/'))) + QStringLiteral("/empty_ws");
            }
            arguments[db] = uri;
        }
        const test::ProcessRun run = test::runSwb(arguments, 60000);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    // Ctrl+C (here SIGINT) while the server works (the count waits for a lock another connection holds): the
    // server is asked to cancel, swb exits with 3 at once, and the lock holder's transaction is untouched.
    void interruptCancelsOnTheServer()
    {
        QString error;
        auto holder = PgConnection::open(plain(), &error);
        QVERIFY2(holder, qPrintable(error));
        QVERIFY2(holder->exec(QStringLiteral("BEGIN; LOCK TABLE customers IN ACCESS EXCLUSIVE MODE"), &error),
                 qPrintable(error));
        QProcess count;
        count.start(test::swbPath(),
                    {QStringLiteral("count"), QStringLiteral("--db"), plain(), QStringLiteral("--filter"),
                     QStringLiteral(R"({"combinator":"and","rules":[]})"), QStringLiteral("--as-of"),
                     QStringLiteral("2024-07-01")});
        QVERIFY(count.waitForStarted());
        // Until the server shows the count waiting for the lock (its statement runs; the cancel watcher is up).
        // Asked on a connection of its own: inside the holder's transaction pg_stat_activity would stay as it was.
        auto watcher = PgConnection::open(plain(), &error);
        QVERIFY2(watcher, qPrintable(error));
        auto waiting = [&] {
            QString ignored;
            return watcher
                       ->queryInt64(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE "
                                                   "wait_event_type = 'Lock' AND query LIKE 'SELECT count(*)%'"),
                                    {}, &ignored)
                       .value_or(0)
                > 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(waiting(), 30000);
        QCOMPARE(count.state(), QProcess::Running);
        QElapsedTimer timer;
        timer.start();
        ::kill(pid_t(count.processId()), SIGINT);
        QVERIFY(count.waitForFinished(10000));
        const qint64 stopped = timer.elapsed();
        QCOMPARE(count.exitCode(), 3);
        QVERIFY2(count.readAllStandardError().contains("Canceled"), "no cancel message");
        QVERIFY2(stopped < 3000, qPrintable(QString::number(stopped)));
        QVERIFY2(holder->exec(QStringLiteral("ROLLBACK"), &error), qPrintable(error));
        qInfo("the count stopped %lld ms after SIGINT", stopped);
    }

    // A role that may only read: counting works, saving and importing say why they cannot, nothing changes.
    void readOnlyRoleSaysWhyItCannotWrite()
    {
        QString error;
        auto owner = PgConnection::open(plain(), &error);
        QVERIFY2(owner, qPrintable(error));
        QVERIFY2(owner->exec(QStringLiteral("DROP ROLE IF EXISTS swb_reader; CREATE ROLE swb_reader LOGIN; GRANT "
                                            "SELECT ON ALL TABLES IN SCHEMA public TO swb_reader"),
                             &error),
                 qPrintable(error));
        QString reader = plain();
        reader.replace(QStringLiteral("//swb@"), QStringLiteral("//swb_reader@"));
        const QString everyone = QStringLiteral(R"({"combinator":"and","rules":[]})");
        QCOMPARE(
            test::swbOutput(
                {QStringLiteral("count"), QStringLiteral("--db"), reader, QStringLiteral("--filter"), everyone}, &error)
                .trimmed(),
            QByteArray("6000"));
        const test::ProcessRun save = test::runSwb({QStringLiteral("segment"), QStringLiteral("save"),
                                                    QStringLiteral("--db"), reader, QStringLiteral("--name"),
                                                    QStringLiteral("Everyone"), QStringLiteral("--filter"), everyone});
        QVERIFY(save.exitCode != 0);
        QVERIFY2(save.err.contains("This role may only read this workspace"), save.err.constData());
        const test::ProcessRun import = test::runSwb({QStringLiteral("import"), m_csv, QStringLiteral("--db"), reader});
        QVERIFY(import.exitCode != 0);
        QVERIFY2(import.err.contains("may only read") || import.err.contains("permission denied"),
                 import.err.constData());
        QCOMPARE(serverCount(plain()), 6000);
        owner->exec(QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM swb_reader; DROP ROLE swb_reader"),
                    &error);
    }

    // An import that fails (here --strict on a file with a bad record) leaves the server's customers as they were;
    // a new import replaces them on the shards, and the shards keep no table of the earlier one.
    void failedImportLeavesTheServerAsItWas()
    {
        QFile source(m_csv);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = source.readAll().split('\n');
        const QString broken = m_dir.filePath(QStringLiteral("broken.csv"));
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(lines.mid(0, 50).join('\n') + "\nonly,three,fields\n");
        out.close();
        const test::ProcessRun failed
            = test::runSwb(QStringList{QStringLiteral("import"), broken, QStringLiteral("--strict"),
                                       QStringLiteral("--db"), coordinator()}
                           + shardOptions());
        QVERIFY(failed.exitCode != 0);
        QCOMPARE(serverCount(coordinator()), 6000);

        const QString small = m_dir.filePath(QStringLiteral("small.csv"));
        QFile smallFile(small);
        QVERIFY(smallFile.open(QIODevice::WriteOnly));
        smallFile.write(lines.mid(0, 101).join('\n') + '\n');
        smallFile.close();
        QString error;
        test::swbOutput(QStringList{QStringLiteral("import"), small, QStringLiteral("--db"), coordinator()}
                            + shardOptions(),
                        &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(serverCount(coordinator()), 100);
        for (const char* shard : {"SWB_PG_SHARD1", "SWB_PG_SHARD2"}) {
            auto connection = PgConnection::open(m_servers.value(QLatin1String(shard)), &error);
            QVERIFY2(connection, qPrintable(error));
            QCOMPARE(connection->queryInt64(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE "
                                                           "tablename LIKE 'customers\\_p%'"),
                                            {}, &error),
                     std::optional<qint64>(1));
        }
        test::swbOutput(QStringList{QStringLiteral("import"), m_csv, QStringLiteral("--db"), coordinator()}
                            + shardOptions(),
                        &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(serverCount(coordinator()), 6000);
    }
};

QTEST_GUILESS_MAIN(TstPgCli)
#include "tst_pgcli.moc"
