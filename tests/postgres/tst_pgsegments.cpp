// Saved segments on PostgreSQL: the demo workspace copied to one server and to the shards lists the same segments
// with the same sizes as the file; six random definitions saved as dynamic and static segments on all three have
// the same sizes and the same overlap matrix (with the demo's own segments); names are checked as on SQLite.
#include "model/jobs/segmenttasks.h"
#include "model/workspace.h"
#include "tests/support/definitiongenerator.h"
#include "tests/support/swbrunner.h"
#include "testsupport_pg.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

// name → kind and size, from `swb segment list --json`.
QStringList listed(const QByteArray& json)
{
    QStringList rows;
    for (const QJsonValue& value : QJsonDocument::fromJson(json).object().value(QStringLiteral("segments")).toArray()) {
        const QJsonObject segment = value.toObject();
        rows << QStringLiteral("%1 %2 %3")
                    .arg(segment.value(QStringLiteral("name")).toString(),
                         segment.value(QStringLiteral("kind")).toString())
                    .arg(segment.value(QStringLiteral("size")).toInteger(-1));
    }
    return rows;
}

} // namespace

class TstPgSegments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_servers;
    QString m_file;
    QStringList m_segments;

    QStringList databases() const
    {
        return {m_file, m_servers.value(QStringLiteral("SWB_PG_PLAIN")),
                m_servers.value(QStringLiteral("SWB_PG_COORD"))};
    }

    void compareLists(int segments)
    {
        QString error;
        QStringList expected;
        for (const QString& db : databases()) {
            const QByteArray json = test::swbOutput({QStringLiteral("segment"), QStringLiteral("list"),
                                                     QStringLiteral("--db"), db, QStringLiteral("--json")},
                                                    &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            if (expected.isEmpty()) {
                expected = listed(json);
                QCOMPARE(expected.size(), segments);
            } else {
                QCOMPARE(listed(json), expected);
            }
        }
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_file = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY2(test::demoOnServers(m_file, 4000, 31, &m_servers, &m_segments, &error), qPrintable(error));
    }

    void listIsTheSame() { compareLists(int(m_segments.size())); }

    void savedSegmentsAndOverlapAgree()
    {
        QString error;
        auto workspace = Workspace::open(m_file, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error));
        test::DefinitionGenerator generator(*workspace, 4711, m_segments);
        workspace.reset();
        QStringList names = m_segments;
        for (int i = 0; i < 6; ++i) {
            const QString definition
                = QString::fromUtf8(QJsonDocument(generator.group(0)).toJson(QJsonDocument::Compact));
            const QString name = QStringLiteral("random %1").arg(i);
            names << name;
            for (const QString& db : databases()) {
                QStringList arguments{QStringLiteral("segment"),  QStringLiteral("save"),
                                      QStringLiteral("--db"),     db,
                                      QStringLiteral("--name"),   name,
                                      QStringLiteral("--filter"), definition};
                if (i % 2 == 1)
                    arguments << QStringLiteral("--static");
                test::swbOutput(arguments, &error);
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
        QByteArray expected;
        for (const QString& db : databases()) {
            const QByteArray matrix
                = test::swbOutput({QStringLiteral("segment"), QStringLiteral("overlap"), QStringLiteral("--db"), db,
                                   QStringLiteral("--names"), names.join(QLatin1Char(',')), QStringLiteral("--json")},
                                  &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            if (expected.isEmpty())
                expected = matrix;
            else
                QCOMPARE(matrix, expected);
        }
        // Not every pair is empty or everyone: the matrix tells the segments apart.
        QVERIFY2(expected.contains(',') && !expected.contains("\"counts\":[[0"), expected.constData());
        compareLists(int(names.size()));
    }

    void namesAreCheckedAsOnSqlite_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("taken, other case") << QStringLiteral("RANDOM 0") << QStringLiteral("exists already");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("cannot contain a comma");
        QTest::newRow("spaces") << QStringLiteral(" x") << QStringLiteral("cannot start or end with spaces");
    }

    void namesAreCheckedAsOnSqlite()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        for (const QString& db : databases()) {
            const test::ProcessRun run
                = test::runSwb({QStringLiteral("segment"), QStringLiteral("save"), QStringLiteral("--db"), db,
                                QStringLiteral("--name"), name, QStringLiteral("--filter"),
                                QStringLiteral(R"({"combinator":"and","rules":[]})")});
            QVERIFY(run.exitCode != 0);
            QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        }
    }
    // The window's changes (SegmentTasks::write, as the segments dock runs them) do on a server what they do on the
    // file: the same outcome and message at each step, then the same list with the same sizes.
    void changesAgree()
    {
        const QByteArray refersToFirst = QStringLiteral(R"({"combinator":"and","rules":[{"field":"@segment",)"
                                                        R"("operator":"in","value":["%1"]}]})")
                                             .arg(m_segments.first())
                                             .toUtf8();
        const QByteArray adults = R"({"combinator":"and","rules":[{"field":"age","operator":">=","value":18}]})";
        auto change = [](SegmentChangeKind kind, const QString& name, const QString& newName = {},
                         const QByteArray& definition = {}) {
            SegmentChange c;
            c.kind = kind;
            c.name = name;
            c.newName = newName;
            c.definition = definition;
            return c;
        };
        const QList<SegmentChange> steps{
            change(SegmentChangeKind::SaveDynamic, QStringLiteral("Uses first"), {}, refersToFirst),
            change(SegmentChangeKind::Remove, m_segments.first()), // refused: "Uses first" refers to it
            change(SegmentChangeKind::Rename, m_segments.first(), QStringLiteral("First renamed")),
            change(SegmentChangeKind::Rename, QStringLiteral("Uses first"), m_segments.at(1).toUpper()), // taken
            change(SegmentChangeKind::SaveStatic, QStringLiteral("Frozen adults"), {}, adults),
            change(SegmentChangeKind::UpdateDefinition, QStringLiteral("Frozen adults"), {}, refersToFirst), // static
            change(SegmentChangeKind::Duplicate, QStringLiteral("Frozen adults"), QStringLiteral("Frozen copy")),
            change(SegmentChangeKind::Snapshot, QStringLiteral("Uses first")),
            change(SegmentChangeKind::UpdateDefinition, QStringLiteral("Uses first"), {}, adults),
            change(SegmentChangeKind::Snapshot, QStringLiteral("Uses first")),
            change(SegmentChangeKind::Snapshot, QStringLiteral("Frozen copy")),
            change(SegmentChangeKind::Remove, QStringLiteral("First renamed")),
            change(SegmentChangeKind::Remove, QStringLiteral("Frozen adults")),
        };
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QStringList outcomes;
            for (const QString& db : databases()) {
                const SegmentChange done = SegmentTasks::write(db, steps.at(i));
                outcomes << QStringLiteral("%1 %2").arg(done.ok ? QStringLiteral("ok") : QStringLiteral("refused"),
                                                        done.error);
            }
            QVERIFY2(outcomes.at(0) == outcomes.at(1) && outcomes.at(0) == outcomes.at(2),
                     qPrintable(QStringLiteral("step %1: %2").arg(i).arg(outcomes.join(QStringLiteral(" | ")))));
        }
        // The snapshots: sizes, who entered and who left, and their KPIs.
        QStringList histories;
        for (const QString& db : databases()) {
            const SnapshotHistories read
                = SegmentTasks::histories(db, {QStringLiteral("Uses first"), QStringLiteral("Frozen copy")});
            QVERIFY2(read.ok, qPrintable(read.error));
            QStringList lines;
            for (const QString& name : {QStringLiteral("Uses first"), QStringLiteral("Frozen copy")}) {
                for (const SegmentSnapshot& snapshot : read.snapshots.value(name))
                    lines << QStringLiteral("%1 %2 +%3 -%4 %5 %6")
                                 .arg(name)
                                 .arg(snapshot.size)
                                 .arg(snapshot.entered)
                                 .arg(snapshot.left)
                                 .arg(snapshot.first)
                                 .arg(QString::fromUtf8(QJsonDocument(snapshot.kpis).toJson(QJsonDocument::Compact)));
            }
            histories << lines.join(QLatin1Char('\n'));
        }
        QVERIFY2(histories.at(0).contains(QLatin1String("\"size\":")), qPrintable(histories.at(0)));
        QCOMPARE(histories.at(1), histories.at(0));
        QCOMPARE(histories.at(2), histories.at(0));
        QVERIFY2(histories.at(0).count(QLatin1Char('\n')) == 2, qPrintable(histories.at(0)));
        QVERIFY2(!histories.at(0).contains(QLatin1String("+0 -0 false")), qPrintable(histories.at(0)));
        QString error;
        const QByteArray fileList = test::swbOutput({QStringLiteral("segment"), QStringLiteral("list"),
                                                     QStringLiteral("--db"), m_file, QStringLiteral("--json")},
                                                    &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(listed(fileList).join(QLatin1Char(',')).contains(QLatin1String("Frozen copy static")));
        compareLists(int(listed(fileList).size()));
    }
};

QTEST_GUILESS_MAIN(TstPgSegments)
#include "tst_pgsegments.moc"
