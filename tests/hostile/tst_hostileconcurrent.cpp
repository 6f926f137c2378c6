// Programs running at the same time on one workspace: a count, an export, a segment save or a field listing while an
// import of 300,000 customers runs; a writer that holds the workspace longer than the 5 s wait; two imports at once.
// Every program must end by itself, and either work (seeing the data before or after the import, never a mix) or say
// that another program writes the workspace and what to do; the workspace must pass integrity_check afterwards.
#include "testsupport_hostile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace swb::test;

namespace {

// The sqlite3 shell as another writer: it takes the write lock (with the rollback journal, as an import running
// alone does, or in the WAL) and keeps it for `seconds`.
QProcess* holdWriteLock(const QString& ws, bool rollbackJournal, int seconds)
{
    auto* process = new QProcess;
    QStringList commands{ws};
    if (rollbackJournal)
        commands << QStringLiteral("PRAGMA journal_mode = DELETE");
    commands << QStringLiteral("BEGIN IMMEDIATE") << QStringLiteral("DELETE FROM segments")
             << QStringLiteral(".shell sleep %1").arg(seconds) << QStringLiteral("ROLLBACK")
             << QStringLiteral("PRAGMA journal_mode = WAL");
    process->start(QStandardPaths::findExecutable(QStringLiteral("sqlite3")), commands);
    process->waitForStarted();
    QThread::msleep(500); // the lock is taken
    return process;
}

const QStringList s_busyWords{QStringLiteral("another program"), QStringLiteral("when that has finished")};

// The verdict with the exit code and stderr as bytes (a message that ends in a carriage return hides itself).
QByteArray explain(const QString& verdict, const HostileRun& run)
{
    return (verdict
            + QStringLiteral(" [exit %1 after %2 s, stderr: %3]")
                  .arg(QString::number(run.exitCode), QString::number(run.seconds),
                       QString::fromLatin1(run.err.toPercentEncoding(" :,.\"\n"))))
        .toLocal8Bit();
}

} // namespace

class TstHostileConcurrent : public QObject
{
    Q_OBJECT

private:
    HostileFixture m_fixture;
    QString m_bigCsv;
    QString m_smallCsv;
    int m_cases = 0;

    QStringList command(const QString& which, const QString& ws, int round) const
    {
        const QString db = QStringLiteral("--db");
        if (which == QLatin1String("count"))
            return {which, db, ws, QStringLiteral("--filter"), QStringLiteral("{\"combinator\":\"and\",\"rules\":[]}")};
        if (which == QLatin1String("export"))
            return {which,
                    db,
                    ws,
                    QStringLiteral("--filter"),
                    QStringLiteral("{\"combinator\":\"and\",\"rules\":[]}"),
                    QStringLiteral("--out"),
                    m_fixture.path(QStringLiteral("during%1.csv").arg(round))};
        if (which == QLatin1String("segment save"))
            return {QStringLiteral("segment"),
                    QStringLiteral("save"),
                    db,
                    ws,
                    QStringLiteral("--name"),
                    QStringLiteral("During %1").arg(round),
                    QStringLiteral("--filter"),
                    QStringLiteral("{\"combinator\":\"and\",\"rules\":[]}")};
        if (which == QLatin1String("import"))
            return {which, m_smallCsv, db, ws};
        return {which, db, ws};
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.init(&error), qPrintable(error));
        m_bigCsv = m_fixture.demoCustomersCsv(300000, &error);
        QVERIFY2(!m_bigCsv.isEmpty(), qPrintable(error));
        QFile big(m_bigCsv);
        QVERIFY(big.open(QIODevice::ReadOnly));
        QByteArray small;
        for (int line = 0; line < 1001; ++line)
            small += big.readLine();
        m_smallCsv = m_fixture.writeFile(QStringLiteral("small.csv"), small);
    }

    void cleanupTestCase() { qInfo("hostile concurrency cases run: %d", m_cases); }

    void commandDuringImport_data()
    {
        QTest::addColumn<QString>("which");
        for (const char* which : {"count", "export", "segment save", "fields"})
            QTest::newRow(which) << QString::fromLatin1(which);
    }

    // The README: while an import writes, another program that opens the workspace waits for it (up to 5 s). The
    // command runs again and again from the import's start to its end; each run works and a count sees the customers
    // before or after the import, or (the import taking longer than 5 s on a busy machine) says so.
    void commandDuringImport()
    {
        QFETCH(QString, which);
        const QString ws = m_fixture.freshWorkspace(QStringLiteral("during.sqlite"));
        const QByteArray before = HostileFixture::sqlite3(ws, QStringLiteral("SELECT count(*) FROM customers"));
        QProcess import;
        import.start(QStringLiteral(SWB_BIN_DIR "/swb"),
                     {QStringLiteral("import"), m_bigCsv, QStringLiteral("--db"), ws});
        QVERIFY(import.waitForStarted());
        QList<HostileRun> runs;
        for (int round = 0; import.state() == QProcess::Running && round < 25; ++round) {
            ++m_cases;
            runs << HostileFixture::swb(command(which, ws, round), 60);
            QThread::msleep(20 * (round % 5));
        }
        QVERIFY(import.waitForFinished(120000));
        QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
        const QByteArray after = HostileFixture::sqlite3(ws, QStringLiteral("SELECT count(*) FROM customers"));
        for (const HostileRun& run : runs) {
            if (run.exitCode != 0 && run.seconds >= 4.5) {
                const QString verdict = HostileFixture::judge(run, Outcome::Failure, s_busyWords);
                QVERIFY2(verdict.isEmpty(), explain(verdict, run).constData());
                continue;
            }
            const QString verdict = HostileFixture::judge(run, Outcome::Success);
            QVERIFY2(verdict.isEmpty(), explain(verdict, run).constData());
            if (which == QLatin1String("count"))
                QVERIFY2(run.out.trimmed() == before || run.out.trimmed() == after, run.out.constData());
        }
        QCOMPARE(HostileFixture::sqlite3(ws, QStringLiteral("PRAGMA integrity_check")), QByteArray("ok"));
        QCOMPARE(HostileFixture::sqlite3(ws, QStringLiteral("PRAGMA journal_mode")), QByteArray("wal"));
    }

    void waitsThenSaysSo_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<bool>("rollbackJournal");
        for (const char* which : {"count", "export", "segment save", "fields", "import"}) {
            QTest::addRow("%s, rollback journal", which) << QString::fromLatin1(which) << true;
            QTest::addRow("%s, WAL", which) << QString::fromLatin1(which) << false;
        }
    }

    // Another writer keeps the workspace for 7 s: the program waits 5 s (not less: SQLite does not wait by itself
    // when the workspace must go back from the rollback journal to the WAL), then says what to do; nothing changed.
    void waitsThenSaysSo()
    {
        QFETCH(QString, which);
        QFETCH(bool, rollbackJournal);
        ++m_cases;
        const QString ws = m_fixture.freshWorkspace(QStringLiteral("held.sqlite"));
        const QByteArray before = HostileFixture::contentHash(ws);
        std::unique_ptr<QProcess> holder(holdWriteLock(ws, rollbackJournal, 7));
        const HostileRun run = HostileFixture::swb(command(which, ws, 0), 60);
        QVERIFY(holder->waitForFinished(30000));
        const bool reads
            = which == QLatin1String("count") || which == QLatin1String("export") || which == QLatin1String("fields");
        if (reads && !rollbackJournal) { // the WAL lets readers read beside a writer
            const QString verdict = HostileFixture::judge(run, Outcome::Success);
            QVERIFY2(verdict.isEmpty(), explain(verdict, run).constData());
            QVERIFY2(run.seconds < 4, qPrintable(QString::number(run.seconds)));
            return;
        }
        const QString verdict = HostileFixture::judge(run, Outcome::Failure, s_busyWords);
        QVERIFY2(verdict.isEmpty(), explain(verdict, run).constData());
        QVERIFY2(run.seconds >= 4.5 && run.seconds < 7, qPrintable(QString::number(run.seconds)));
        QCOMPARE(HostileFixture::contentHash(ws), before);
    }

    // Two imports into one workspace at the same moment, five times with different delays: each works or is refused
    // clearly, and the workspace holds exactly one file's customers, never a mix.
    void twoImportsAtOnce()
    {
        // A workspace without orders, so that replacing the customers keeps none for their orders.
        const QString ws = m_fixture.path(QStringLiteral("two.sqlite"));
        const HostileRun made = HostileFixture::swb(command(QStringLiteral("import"), ws, 0));
        QVERIFY2(made.exitCode == 0, made.err.constData());
        for (int round = 0; round < 5; ++round) {
            ++m_cases;
            QProcess first;
            first.start(QStringLiteral(SWB_BIN_DIR "/swb"),
                        {QStringLiteral("import"), m_bigCsv, QStringLiteral("--db"), ws});
            QVERIFY(first.waitForStarted());
            QThread::msleep(100 * round);
            const HostileRun second = HostileFixture::swb(command(QStringLiteral("import"), ws, round), 120);
            QVERIFY(first.waitForFinished(120000));
            QCOMPARE(first.exitStatus(), QProcess::NormalExit);
            const QString verdict = second.exitCode == 0 ? HostileFixture::judge(second, Outcome::Success)
                                                         : HostileFixture::judge(second, Outcome::Failure, s_busyWords);
            QVERIFY2(verdict.isEmpty(), explain(verdict, second).constData());
            QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
            QCOMPARE(HostileFixture::sqlite3(ws, QStringLiteral("PRAGMA integrity_check")), QByteArray("ok"));
            const QByteArray customers = HostileFixture::sqlite3(ws, QStringLiteral("SELECT count(*) FROM customers"));
            QVERIFY2(customers == "300000" || customers == "1000", customers.constData());
            // The last import that worked is the one whose customers are there.
            const QByteArray lastFile
                = HostileFixture::sqlite3(ws,
                                          QStringLiteral("SELECT file FROM imports WHERE finished_at IS NOT NULL "
                                                         "ORDER BY id DESC LIMIT 1"));
            QVERIFY2(lastFile.endsWith(customers == "1000" ? "small.csv" : "customers.csv"), lastFile.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TstHostileConcurrent)
#include "tst_hostileconcurrent.moc"
