// StoreSelections: overlaps by ANDing bitsets equal SQLite's counts of each pair's intersection; cancellable.
#include "model/analytics/overlapservice.h"
#include "model/segments/segmentrepository.h"
#include "model/selection/selectionsql.h"
#include "model/selection/storeselections.h"
#include "model/workspace.h"
#include "testsupport_filter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace swb;

class TstStoreSelections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    const QStringList m_names{QStringLiteral("static_a"), QStringLiteral("static_b"), QStringLiteral("dyn_young"),
                              QStringLiteral("dyn_rich"), QStringLiteral("dyn_nested")};

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("fixture.sqlite"));
        QString error;
        auto workspace = Workspace::open(m_path, Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY2(test::buildFilterFixture(*workspace, {}, &error), qPrintable(error));
    }

    void overlapMatchesSql()
    {
        QString error;
        auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error));
        const OverlapOutcome outcome = OverlapService::compute(m_path, m_names);
        QVERIFY2(outcome.matrix, qPrintable(outcome.error));
        QCOMPARE(outcome.matrix->names, m_names);
        SelectionSql sql(*workspace);
        qint64 offDiagonal = 0;
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            for (qsizetype j = 0; j < m_names.size(); ++j) {
                const auto expected = sql.count(
                    Selection::intersection(Selection::segment(m_names.at(i)), Selection::segment(m_names.at(j))),
                    &error);
                QVERIFY2(expected, qPrintable(error));
                QCOMPARE(outcome.matrix->counts.at(i).at(j), *expected);
                if (i != j)
                    offDiagonal += *expected;
            }
        }
        QVERIFY(offDiagonal > 0);
        // The repository (swb segment overlap) gives the same matrix.
        const auto repository = SegmentRepository(*workspace).overlap(m_names, &error);
        QVERIFY2(repository, qPrintable(error));
        QCOMPARE(repository->counts, outcome.matrix->counts);
    }

    void unknownSegmentFails()
    {
        const OverlapOutcome outcome
            = OverlapService::compute(m_path, {QStringLiteral("static_a"), QStringLiteral("no such")});
        QVERIFY(!outcome.matrix);
        QVERIFY(outcome.error.contains(QLatin1String("no such")));
    }

    void cancelsBetweenSegments()
    {
        QString error;
        auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error));
        auto selections = StoreSelections::load(*workspace, &error);
        QVERIFY2(selections, qPrintable(error));
        int checks = 0;
        const auto matrix = selections->overlap(m_names, &error, [&] { return ++checks > 2; });
        QVERIFY(!matrix);
        QCOMPARE(checks, 3);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstStoreSelections)
#include "tst_storeselections.moc"
