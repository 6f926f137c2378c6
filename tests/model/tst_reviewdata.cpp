// ReviewReport::gather on a demo workspace against the command line run as a separate program: sizes as `swb count`,
// KPIs as `swb kpis`, overlaps as `swb segment overlap`, each segment's trend as `swb trend`; the top differences are
// the largest, each the segment's share minus the base's; unknown segments, a bad month count and a cancel fail with
// a message; progress rises to 100.
#include "model/analytics/reviewreport.h"
#include "tests/support/demoworkspace.h"
#include "tests/support/swbrunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace swb;

namespace {

QByteArray runSwb(const QStringList& arguments)
{
    QString error;
    const QByteArray out = test::swbOutput(arguments, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return out;
}

QJsonObject swbJson(const QStringList& arguments)
{
    return QJsonDocument::fromJson(runSwb(arguments + QStringList{QStringLiteral("--json")})).object();
}

} // namespace

class TstReviewData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gathersWhatTheCommandLinePrints();
    void trendsMatchSwbTrend();
    void topDifferencesAreTheLargest();
    void chosenSegmentsInTheirOrder();
    void failures();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_names;
    ReviewData m_data;
};

void TstReviewData::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("review.sqlite"));
    QString error;
    m_names = test::makeDemoWorkspace(m_db, 2500, &error);
    QVERIFY2(m_names.size() == 3, qPrintable(error));
    QList<int> progress;
    ReviewRequest request;
    request.workspacePath = m_db;
    const ReviewOutcome outcome = ReviewReport::gather(request, {}, [&](int percent) { progress << percent; });
    QVERIFY2(outcome.data, qPrintable(outcome.error));
    m_data = *outcome.data;
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), 100);
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
}

void TstReviewData::gathersWhatTheCommandLinePrints()
{
    QCOMPARE(m_data.workspaceName, QStringLiteral("review"));
    QCOMPARE(m_data.months, 12);
    QStringList names;
    for (const ReviewSegment& segment : std::as_const(m_data.segments))
        names << segment.name;
    QCOMPARE(names, m_names); // all saved segments when none is named, by name
    const QJsonObject kpis = swbJson(test::swbKpisArguments(m_db, m_names));
    QCOMPARE(m_data.asOf.toString(Qt::ISODate), kpis.value(QStringLiteral("as_of")).toString());
    QCOMPARE(m_data.kpis.base.size,
             kpis.value(QStringLiteral("base")).toObject().value(QStringLiteral("size")).toInteger());
    for (int i = 0; i < m_names.size(); ++i) {
        const KpiSet& set = m_data.kpis.segments.at(i);
        QCOMPARE(set.name, m_names[i]);
        const QJsonObject reference = kpis.value(QStringLiteral("segments")).toObject().value(m_names[i]).toObject();
        QCOMPARE(set.size, reference.value(QStringLiteral("size")).toInteger());
        QVERIFY(set.revenue.value && *set.revenue.value == reference.value(QStringLiteral("revenue")).toDouble());
        const QByteArray count
            = runSwb({QStringLiteral("count"), QStringLiteral("--db"), m_db, QStringLiteral("--segment"), m_names[i]});
        QCOMPARE(set.size, count.trimmed().toLongLong());
        const ReviewSegment& segment = m_data.segments.at(i);
        QVERIFY2(segment.definition.startsWith(QStringLiteral("Customers where")), qPrintable(segment.definition));
    }
    const QJsonObject overlap = swbJson({QStringLiteral("segment"), QStringLiteral("overlap"), QStringLiteral("--db"),
                                         m_db, QStringLiteral("--names"), m_names.join(QLatin1Char(','))});
    QCOMPARE(m_data.overlap.names, m_names);
    const QJsonArray rows = overlap.value(QStringLiteral("counts")).toArray();
    QCOMPARE(rows.size(), m_names.size());
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < rows.size(); ++column)
            QCOMPARE(m_data.overlap.counts[row][column], rows[row].toArray()[column].toInteger());
    }
}

void TstReviewData::trendsMatchSwbTrend()
{
    QVERIFY(!m_data.trendNote.isEmpty());
    for (const ReviewSegment& segment : std::as_const(m_data.segments)) {
        QVERIFY2(segment.trend, qPrintable(segment.trendMissing));
        const QJsonArray points
            = swbJson({QStringLiteral("trend"), QStringLiteral("--db"), m_db, QStringLiteral("--segment"), segment.name,
                       QStringLiteral("--months"), QStringLiteral("12")})
                  .value(QStringLiteral("points"))
                  .toArray();
        QCOMPARE(points.size(), 12);
        QCOMPARE(segment.trend->sizes.size(), points.size());
        for (int i = 0; i < points.size(); ++i) {
            const QJsonObject point = points[i].toObject();
            QCOMPARE(segment.trend->dates[i].toString(Qt::ISODate), point.value(QStringLiteral("date")).toString());
            QCOMPARE(segment.trend->sizes[i], point.value(QStringLiteral("size")).toInteger());
            QCOMPARE(segment.trend->baseSizes[i], point.value(QStringLiteral("base_size")).toInteger());
        }
        QVERIFY(segment.trend->dates.last() <= m_data.asOf);
    }
}

void TstReviewData::topDifferencesAreTheLargest()
{
    for (const ReviewSegment& segment : std::as_const(m_data.segments)) {
        QVERIFY2(!segment.differences.isEmpty(), qPrintable(segment.differencesMissing));
        QVERIFY(segment.differences.size() <= 6);
        for (int i = 0; i < segment.differences.size(); ++i) {
            const ReviewDifference& d = segment.differences[i];
            QVERIFY(!d.field.isEmpty() && !d.bin.isEmpty());
            QVERIFY(std::abs(d.points - (d.segmentShare - d.baseShare) * 100.0) < 1e-9);
            if (i > 0)
                QVERIFY(std::abs(segment.differences[i - 1].points) >= std::abs(d.points));
        }
    }
}

void TstReviewData::chosenSegmentsInTheirOrder()
{
    ReviewRequest request;
    request.workspacePath = m_db;
    request.segments = {m_names[2], m_names[0], m_names[2]};
    request.months = 3;
    const ReviewOutcome outcome = ReviewReport::gather(request);
    QVERIFY2(outcome.data, qPrintable(outcome.error));
    QCOMPARE(outcome.data->segments.size(), 2); // a name given twice is reviewed once
    QCOMPARE(outcome.data->segments[0].name, m_names[2]);
    QCOMPARE(outcome.data->segments[1].name, m_names[0]);
    QCOMPARE(outcome.data->kpis.segments.size(), 2);
    QCOMPARE(outcome.data->kpis.segments[0].name, m_names[2]);
    QVERIFY(outcome.data->segments[0].trend);
    QCOMPARE(outcome.data->segments[0].trend->sizes.size(), 3);
}

void TstReviewData::failures()
{
    ReviewRequest request;
    request.workspacePath = m_db;
    request.segments = {m_names[0], QStringLiteral("Nobody")};
    ReviewOutcome outcome = ReviewReport::gather(request);
    QVERIFY(!outcome.data);
    QVERIFY2(outcome.error.contains(QStringLiteral("“Nobody”")) && outcome.error.contains(m_names[1]),
             qPrintable(outcome.error));

    request.segments = {};
    request.months = 0;
    outcome = ReviewReport::gather(request);
    QVERIFY(!outcome.data);
    QVERIFY2(outcome.error.contains(QStringLiteral("months")), qPrintable(outcome.error));

    request.months = 12;
    int checks = 0;
    outcome = ReviewReport::gather(request, [&] { return ++checks > 3; });
    QVERIFY(!outcome.data);
    QVERIFY2(outcome.error.contains(QStringLiteral("cancelled")), qPrintable(outcome.error));

    request.workspacePath = m_dir.filePath(QStringLiteral("missing.sqlite"));
    outcome = ReviewReport::gather(request);
    QVERIFY(!outcome.data);
    QVERIFY(!outcome.error.isEmpty());
    QVERIFY(!QFileInfo::exists(request.workspacePath)); // opening never creates a workspace
}

QTEST_GUILESS_MAIN(TstReviewData)
#include "tst_reviewdata.moc"
