// The backtest's weekly tracking curve on the CDNOW log (calibration end 1997-09-30, the papers' 39-week holdout):
// the cumulative repeat transactions week by week against the Python reference's own count of the order log, the
// predicted curve against scipy's E[Y(t)], and both ending at the backtest's totals.
#include "analysis/clvbacktest.h"
#include "testsupportclv.h"

#include <QJsonArray>
#include <QTest>

using namespace swb;

class TstClvTracking : public QObject
{
    Q_OBJECT

private slots:
    void cdnowWeeklyMatchesReference()
    {
        const std::vector<ClvOrderLine> lines = test::cdnowOrderLines();
        const ClvData data = test::cdnowData();
        const BgNbdParams p{0.2425945, 4.413598, 0.7929199, 2.425907};
        const std::vector<ClvTrackingPoint> weekly = ClvBacktester::weeklyTracking(lines, data, p);
        QString error;
        const QJsonDocument doc = test::runClvReference(
            {QStringLiteral("weekly"), QStringLiteral(SWB_TEST_DATA_DIR "/cdnow/cdnow_elog.csv"),
             QStringLiteral("1997-09-30"), QString::number(p.r, 'g', 17), QString::number(p.alpha, 'g', 17),
             QString::number(p.a, 'g', 17), QString::number(p.b, 'g', 17)},
            {}, &error);
        QVERIFY2(doc.isArray(), qPrintable(error));
        const QJsonArray reference = doc.array();
        QCOMPARE(qsizetype(weekly.size()), qsizetype(39));
        QCOMPARE(reference.size(), qsizetype(39));
        for (qsizetype w = 0; w < reference.size(); ++w) {
            const QJsonArray row = reference[w].toArray();
            const ClvTrackingPoint& point = weekly[std::size_t(w)];
            QVERIFY(test::close(point.week, row[0].toDouble(), 1e-12));
            QVERIFY2(
                point.actual == row[1].toDouble(),
                qPrintable(QStringLiteral("week %1: %2 vs %3").arg(w + 1).arg(point.actual).arg(row[1].toDouble())));
            QVERIFY(test::close(point.predicted, row[2].toDouble(), 1e-9));
        }
        const ClvBacktest backtest = ClvBacktester::run(data, p, {6.25, 3.74, 15.44});
        QCOMPARE(weekly.back().actual, backtest.actual);
        QVERIFY(test::close(weekly.back().predicted, backtest.predicted, 1e-9));
        QVERIFY(weekly.front().actual > 0 && weekly.front().actual < weekly.back().actual);
    }

    // Without orders after the calibration end there is no curve.
    void noHoldoutNoCurve()
    {
        ClvData data = test::cdnowData();
        data.holdoutWeeks = 0;
        QVERIFY(ClvBacktester::weeklyTracking(test::cdnowOrderLines(), data, {0.24, 4.4, 0.79, 2.4}).empty());
    }
};

QTEST_MAIN(TstClvTracking)
#include "tst_clvtracking.moc"
