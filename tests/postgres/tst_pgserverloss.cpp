// A PostgreSQL server that goes away mid-job (issue 19): `swb import` into it is cut off while its COPY runs — the
// command fails saying the connection was lost, and once the server is back its workspace is the one before the
// import, whole; the window's live count says the same while the server is down and counts again, on a new
// connection, once it is back. The server is stopped at once (pg_ctl -m immediate, as a crash) and started again
// with scripts/pg-test-servers.sh crash|revive.
#include "model/filter/countservice.h"
#include "model/postgres/pgconnection.h"
#include "tests/support/swbrunner.h"
#include "testsupport_pg.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

class TstPgServerLoss : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_servers;
    QString m_plain;

    static bool serverScript(const QString& command)
    {
        const QString dir = QFileInfo(qEnvironmentVariable("SWB_PG_ENV")).absolutePath();
        const test::ProcessRun run = test::runProgram(
            QStringLiteral("bash"), {QStringLiteral(SWB_PG_SCRIPT), command, dir, QStringLiteral("plain")}, 60000);
        if (run.exitCode != 0)
            qWarning("pg-test-servers.sh %s: %s", qPrintable(command), run.err.constData());
        return run.exitCode == 0;
    }

    QString scalar(const QString& sql)
    {
        QString error;
        auto connection = PgConnection::open(m_plain, &error);
        const auto rows = connection ? connection->query(sql, {}, &error) : std::nullopt;
        return rows && rows->rowCount() > 0 ? rows->text(0, 0) : QStringLiteral("<%1>").arg(error);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QStringList segments;
        QVERIFY2(
            test::demoOnServers(m_dir.filePath(QStringLiteral("demo.sqlite")), 3000, 5, &m_servers, &segments, &error),
            qPrintable(error));
        m_plain = m_servers.value(QStringLiteral("SWB_PG_PLAIN"));
    }

    void importCutOffKeepsTheWorkspace()
    {
        const QString csvDir = m_dir.filePath(QStringLiteral("csv"));
        const test::ProcessRun demo = test::runSwb(
            {QStringLiteral("demo"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("unused.sqlite")),
             QStringLiteral("--customers"), QStringLiteral("400000"), QStringLiteral("--seed"), QStringLiteral("9"),
             QStringLiteral("--csv-dir"), csvDir, QStringLiteral("--no-import")});
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        const QString fieldsBefore
            = scalar(QStringLiteral("SELECT string_agg(name, ',' ORDER BY position) FROM fields"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers")), QStringLiteral("3000"));

        QProcess import;
        import.start(
            test::swbPath(),
            {QStringLiteral("import"), csvDir + QStringLiteral("/customers.csv"), QStringLiteral("--db"), m_plain});
        QVERIFY(import.waitForStarted());
        // Wait for its COPY to run on the server, then take the server away.
        QString error;
        auto watcher = PgConnection::open(m_plain, &error);
        QVERIFY2(watcher, qPrintable(error));
        bool copying = false;
        QElapsedTimer timer;
        timer.start();
        while (!copying && import.state() == QProcess::Running && timer.elapsed() < 120000) {
            const auto active = watcher->queryInt64(
                QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'COPY %'"),
                {}, &error);
            QVERIFY2(active, qPrintable(error));
            copying = *active > 0;
            if (!copying)
                QTest::qWait(2);
        }
        watcher.reset();
        QVERIFY2(copying, "the import ended before its COPY was seen on the server");
        QVERIFY(serverScript(QStringLiteral("crash")));
        // Whatever fails below, the server comes back for the tests after this one.
        auto revive = qScopeGuard([] { serverScript(QStringLiteral("revive")); });
        QVERIFY(import.waitForFinished(60000));
        const QString stderrText = QString::fromUtf8(import.readAllStandardError());
        QVERIFY2(import.exitStatus() == QProcess::NormalExit && import.exitCode() != 0, qPrintable(stderrText));
        QVERIFY2(stderrText.contains(QLatin1String("connection to the server was lost")), qPrintable(stderrText));
        qInfo("swb import said: %s", qPrintable(stderrText.trimmed()));

        revive.dismiss();
        QVERIFY(serverScript(QStringLiteral("revive")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customers")), QStringLiteral("3000"));
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(name, ',' ORDER BY position) FROM fields")), fieldsBefore);
    }

    void liveCountReconnects()
    {
        CountService service;
        QSignalSpy loaded(&service, &CountService::loaded);
        QSignalSpy ready(&service, &CountService::countReady);
        QSignalSpy failed(&service, &CountService::countFailed);
        service.open(m_plain);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().first().toLongLong(), 3000);
        const QByteArray definition = R"({"combinator":"and","rules":[{"field":"age","operator":">=","value":40}]})";
        const QString expected = scalar(QStringLiteral("SELECT count(*) FROM customers WHERE age >= 40"));

        service.requestCount(definition);
        QVERIFY(ready.wait(20000));
        QCOMPARE(QString::number(ready.last().at(1).toLongLong()), expected);

        QVERIFY(serverScript(QStringLiteral("crash")));
        auto revive = qScopeGuard([] { serverScript(QStringLiteral("revive")); });
        service.requestCount(definition);
        QVERIFY(failed.wait(30000));
        const QString error = failed.last().at(1).toString();
        QVERIFY2(error.contains(QLatin1String("No PostgreSQL server answers"))
                     || error.contains(QLatin1String("connection to the server was lost")),
                 qPrintable(error));

        revive.dismiss();
        QVERIFY(serverScript(QStringLiteral("revive")));
        service.requestCount(definition);
        QVERIFY(ready.wait(30000));
        QCOMPARE(QString::number(ready.last().at(1).toLongLong()), expected);
    }
};

QTEST_MAIN(TstPgServerLoss)
#include "tst_pgserverloss.moc"
