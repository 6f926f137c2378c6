// Crash trials: `swb import` (customers and orders, replace, upsert and append), `swb segment snapshot`,
// `swb rfm --save-segments` and `swb export` killed with SIGKILL at seeded random moments. After each kill the next
// opening recovers the workspace; it must pass PRAGMA integrity_check and hold exactly the state before the command or
// the state after it, and the export target must be absent or complete.
#include "testsupport_hostile.h"

#include <algorithm>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace swb::test;

namespace {

// What a command may change, read with the sqlite3 shell: a content hash or counts of the tables it writes.
QByteArray sqlite3(const QString& ws, const QStringList& commands)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("sqlite3")), QStringList{ws} + commands);
    process.waitForFinished(60000);
    return process.readAllStandardOutput() + process.readAllStandardError();
}

struct TrialKind
{
    const char* name;
    QStringList arguments; // {ws}, {customers}, {orders}, {out} replaced
    QStringList stateCommands; // sqlite3 commands whose output is the state
    int trials;
};

} // namespace

class TstCrashTrials : public QObject
{
    Q_OBJECT

private:
    HostileFixture m_fixture;
    QString m_customersCsv;
    QString m_ordersCsv;
    int m_total = 0;

    QStringList expand(QStringList arguments, const QString& ws, const QString& out) const
    {
        for (QString& a : arguments)
            a.replace(QStringLiteral("{ws}"), ws)
                .replace(QStringLiteral("{customers}"), m_customersCsv)
                .replace(QStringLiteral("{orders}"), m_ordersCsv)
                .replace(QStringLiteral("{out}"), out);
        return arguments;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.init(&error), qPrintable(error));
        const QString csvDir = m_fixture.path(QStringLiteral("csv"));
        const HostileRun demo = HostileFixture::swb(
            {QStringLiteral("demo"), QStringLiteral("--db"), m_fixture.path(QStringLiteral("unused.sqlite")),
             QStringLiteral("--customers"), QStringLiteral("20000"), QStringLiteral("--seed"), QStringLiteral("11"),
             QStringLiteral("--csv-dir"), csvDir, QStringLiteral("--no-import")},
            300);
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        m_customersCsv = QDir(csvDir).filePath(QStringLiteral("customers.csv"));
        m_ordersCsv = QDir(csvDir).filePath(QStringLiteral("orders.csv"));
    }

    void cleanupTestCase() { qInfo("crash trials run: %d", m_total); }

    void killedCommandsLeaveBeforeOrAfter_data()
    {
        QTest::addColumn<int>("kind");
        for (int i = 0; i < 7; ++i)
            QTest::newRow(kinds().at(i).name) << i;
    }

    void killedCommandsLeaveBeforeOrAfter()
    {
        QFETCH(int, kind);
        const TrialKind trial = kinds().at(kind);
        const bool isExport = trial.arguments.first() == QLatin1String("export");
        const QString out = m_fixture.path(QStringLiteral("export/list.csv"));
        QDir().mkpath(QFileInfo(out).absolutePath());

        // The states before and after a whole run, and how long a run takes (to spread the kills over it).
        const QString reference = m_fixture.freshWorkspace(QStringLiteral("reference.sqlite"));
        const QByteArray before = sqlite3(reference, trial.stateCommands);
        QElapsedTimer timer;
        timer.start();
        const HostileRun full = HostileFixture::swb(expand(trial.arguments, reference, out), 300);
        qint64 fullMs = std::max<qint64>(timer.elapsed(), 20);
        QVERIFY2(full.exitCode == 0, full.err.constData());
        const QByteArray after = sqlite3(reference, trial.stateCommands);
        if (!isExport)
            QVERIFY2(before != after, "the command changes nothing that the trial can see");
        QByteArray completeExport;
        if (isExport) {
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            completeExport = file.readAll();
            file.close();
            QFile::remove(out);
        }

        QRandomGenerator random(quint32(20261206 + kind));
        int killed = 0, sawBefore = 0, sawAfter = 0;
        for (int t = 0; t < trial.trials; ++t) {
            ++m_total;
            const QString ws = m_fixture.freshWorkspace(QStringLiteral("trial.sqlite"));
            QFile::remove(out);
            QProcess process;
            process.start(QStringLiteral(SWB_BIN_DIR "/swb"), expand(trial.arguments, ws, out));
            QVERIFY(process.waitForStarted());
            const qint64 delayMs = qint64(random.bounded(double(fullMs) * 2.0));
            QThread::usleep(quint64(delayMs) * 1000);
            // waitForFinished(0) reaps a process that already ended (state() is not updated without an event loop).
            if (!process.waitForFinished(0) && process.state() != QProcess::NotRunning) {
                process.kill();
                ++killed;
            } else {
                // The first timed run may have been slow (a cold page cache, a busy machine): a run that ended
                // before its kill bounds the run time, so the kills stay spread over a run rather than after it.
                fullMs = std::clamp<qint64>(delayMs, 20, fullMs);
            }
            if (process.state() != QProcess::NotRunning)
                QVERIFY(process.waitForFinished(60000));

            // The next opening (any swb command) rolls back what the killed one left unfinished.
            const HostileRun reopen = HostileFixture::swb({QStringLiteral("fields"), QStringLiteral("--db"), ws});
            QVERIFY2(reopen.exitCode == 0, reopen.err.constData());
            QCOMPARE(sqlite3(ws, {QStringLiteral("PRAGMA integrity_check;")}), QByteArray("ok\n"));
            const QByteArray state = sqlite3(ws, trial.stateCommands);
            QVERIFY2(state == before || state == after,
                     qPrintable(QStringLiteral("trial %1: neither before nor after: %2")
                                    .arg(QString::number(t), QString::fromUtf8(state.left(300)))));
            (state == before ? sawBefore : sawAfter) += 1;
            if (isExport && QFile::exists(out)) {
                QFile file(out);
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(file.readAll() == completeExport, "a partial export under the target name");
            }
        }
        qInfo("%s: %d trials, run time bound %lld ms, %d killed while running; before %d, after %d", trial.name,
              trial.trials, fullMs, killed, sawBefore, sawAfter);
        QVERIFY2(killed >= trial.trials / 5, "too few kills hit a running command");
    }

private:
    static QList<TrialKind> kinds()
    {
        const QString import = QStringLiteral("import");
        const QString db = QStringLiteral("--db");
        const QString mode = QStringLiteral("--mode");
        const QString kind = QStringLiteral("--kind");
        const QStringList customers{QStringLiteral(".sha3sum customers")};
        const QStringList customersAndOrders{QStringLiteral(".sha3sum customers"), QStringLiteral(".sha3sum orders")};
        return {
            {"import customers, replace",
             {import, QStringLiteral("{customers}"), db, QStringLiteral("{ws}")},
             customers,
             40},
            {"import customers, upsert",
             {import, QStringLiteral("{customers}"), db, QStringLiteral("{ws}"), mode, QStringLiteral("upsert")},
             customers,
             30},
            {"import orders, replace",
             {import, QStringLiteral("{orders}"), db, QStringLiteral("{ws}"), kind, QStringLiteral("orders")},
             customersAndOrders,
             30},
            {"import orders, append",
             {import, QStringLiteral("{orders}"), db, QStringLiteral("{ws}"), kind, QStringLiteral("orders"), mode,
              QStringLiteral("append")},
             customersAndOrders,
             25},
            {"segment snapshot",
             {QStringLiteral("segment"), QStringLiteral("snapshot"), db, QStringLiteral("{ws}"),
              QStringLiteral("--name"), QStringLiteral("DACH win-back")},
             {QStringLiteral("SELECT count(*) FROM segment_snapshots; SELECT count(*) FROM snapshot_members;")},
             25},
            {"rfm --save-segments",
             {QStringLiteral("rfm"), db, QStringLiteral("{ws}"), QStringLiteral("--save-segments")},
             {QStringLiteral("SELECT count(*) FROM rfm_runs; SELECT count(*) FROM rfm_assignments; SELECT count(*) "
                             "FROM segments; SELECT count(*) FROM segment_members;"),
              QStringLiteral(".sha3sum customers")},
             30},
            {"export",
             {QStringLiteral("export"), db, QStringLiteral("{ws}"), QStringLiteral("--filter"),
              QStringLiteral("{\"combinator\":\"and\",\"rules\":[]}"), QStringLiteral("--pii"), QStringLiteral("hash"),
              QStringLiteral("--out"), QStringLiteral("{out}")},
             {QStringLiteral("SELECT count(*) FROM segments;")},
             30},
        };
    }
};

QTEST_GUILESS_MAIN(TstCrashTrials)
#include "tst_crashtrials.moc"
