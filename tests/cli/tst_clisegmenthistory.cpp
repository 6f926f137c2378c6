// `swb segment snapshot` keeps the segment's KPIs (those of `swb kpis`), `swb segment history` lists the snapshots
// with them, in JSON and as text.
#include "tests/support/demoworkspace.h"
#include "tests/support/swbrunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using swb::test::ProcessRun;
using swb::test::runSwb;

class TstCliSegmentHistory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    const QString m_segment = QStringLiteral("Loyal gold and platinum");

    ProcessRun segment(const QString& action, const QStringList& more = {})
    {
        return runSwb(QStringList{QStringLiteral("segment"), action, QStringLiteral("--db"), m_db} + more);
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QString error;
        QVERIFY2(swb::test::makeDemoWorkspace(m_db, 3000, &error).contains(m_segment), qPrintable(error));
    }

    void snapshotsKeepTheKpisOfSwbKpis()
    {
        const ProcessRun kpis = runSwb({QStringLiteral("kpis"), QStringLiteral("--db"), m_db,
                                        QStringLiteral("--segment"), m_segment, QStringLiteral("--json")});
        QVERIFY2(kpis.exitCode == 0, kpis.err.constData());
        const QJsonObject expected
            = kpis.json().value(QStringLiteral("segments")).toObject().value(m_segment).toObject();
        QVERIFY(expected.value(QStringLiteral("size")).toInteger() > 0);
        QVERIFY(expected.contains(QStringLiteral("lift_revenue")));

        for (int i = 0; i < 2; ++i) {
            const ProcessRun snapshot
                = segment(QStringLiteral("snapshot"), {QStringLiteral("--name"), m_segment, QStringLiteral("--json")});
            QVERIFY2(snapshot.exitCode == 0, snapshot.err.constData());
            const QJsonObject taken = snapshot.json().value(QStringLiteral("snapshot")).toObject();
            QCOMPARE(taken.value(QStringLiteral("kpis")).toObject(), expected);
        }

        const ProcessRun history
            = segment(QStringLiteral("history"), {QStringLiteral("--name"), m_segment, QStringLiteral("--json")});
        QVERIFY2(history.exitCode == 0, history.err.constData());
        QCOMPARE(history.json().keys(), QStringList{QStringLiteral("snapshots")});
        const QJsonArray snapshots = history.json().value(QStringLiteral("snapshots")).toArray();
        QCOMPARE(snapshots.size(), 2);
        const qint64 size = expected.value(QStringLiteral("size")).toInteger();
        const QStringList keys{QStringLiteral("entered"), QStringLiteral("kpis"), QStringLiteral("left"),
                               QStringLiteral("size"), QStringLiteral("taken_at")};
        for (qsizetype i = 0; i < snapshots.size(); ++i) {
            const QJsonObject snapshot = snapshots.at(i).toObject();
            QCOMPARE(snapshot.keys(), keys);
            QCOMPARE(snapshot.value(QStringLiteral("size")).toInteger(), size);
            QCOMPARE(snapshot.value(QStringLiteral("entered")).toInteger(), i == 0 ? size : 0);
            QCOMPARE(snapshot.value(QStringLiteral("left")).toInteger(), 0);
            QCOMPARE(snapshot.value(QStringLiteral("kpis")).toObject(), expected);
            QVERIFY(!snapshot.value(QStringLiteral("taken_at")).toString().isEmpty());
        }

        // The text form: a header and one line per snapshot with its size and revenue.
        const ProcessRun text = segment(QStringLiteral("history"), {QStringLiteral("--name"), m_segment});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QStringList lines = QString::fromUtf8(text.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QString revenue = QString::number(expected.value(QStringLiteral("revenue")).toDouble(), 'f', 2);
        for (int i = 1; i < 3; ++i) {
            const QStringList cells = lines.at(i).split(QLatin1Char('\t'));
            QCOMPARE(cells.value(1), QString::number(size));
            QCOMPARE(cells.value(4), revenue);
        }
    }

    void historyOfAnUnknownSegmentFails()
    {
        const ProcessRun run
            = segment(QStringLiteral("history"), {QStringLiteral("--name"), QStringLiteral("No such segment")});
        QVERIFY(run.exitCode != 0);
        QVERIFY(run.err.contains("No such segment"));
        QVERIFY(run.out.isEmpty());
    }

    void historyWithoutSnapshotsSaysHowToTakeOne()
    {
        const ProcessRun json
            = segment(QStringLiteral("history"),
                      {QStringLiteral("--name"), QStringLiteral("DACH win-back"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QCOMPARE(json.json().value(QStringLiteral("snapshots")).toArray().size(), 0);
        const ProcessRun text
            = segment(QStringLiteral("history"), {QStringLiteral("--name"), QStringLiteral("DACH win-back")});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY(text.out.contains("swb segment snapshot"));
    }
};

QTEST_GUILESS_MAIN(TstCliSegmentHistory)
#include "tst_clisegmenthistory.moc"
