// RFM scoring (PERCENT_RANK quantiles with ties, n = 1, 3/4/5 levels, R order), FM, the named-group grids and
// their JSON form, and a hand-checked customer table.
#include "analysis/rfmgrid.h"
#include "analysis/rfmscoring.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace swb;

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(std::vector<int>)
Q_DECLARE_METATYPE(swb::RfmScoring::Order)

namespace {
const double kNull = std::numeric_limits<double>::quiet_NaN();
}

class TstRfm : public QObject
{
    Q_OBJECT

private slots:
    void scores_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<int>("levels");
        QTest::addColumn<RfmScoring::Order>("order");
        QTest::addColumn<std::vector<int>>("expected");
        const auto up = RfmScoring::Order::Ascending;
        const auto down = RfmScoring::Order::Descending;
        // percent ranks 0, .25, .5, .75, 1 -> 1 + floor(5 pr) = 1, 2, 3, 4, 6 capped to 5
        QTest::newRow("five-distinct") << std::vector<double>{10, 20, 30, 40, 50} << 5 << up
                                       << std::vector<int>{1, 2, 3, 4, 5};
        // sorted 1, 3, 5, 5, 5 -> ranks 1, 2, 3, 3, 3 -> pr 0, .25, .5 -> scores 1, 2, 3 (ties share)
        QTest::newRow("ties") << std::vector<double>{5, 1, 5, 3, 5} << 5 << up << std::vector<int>{3, 1, 3, 2, 3};
        QTest::newRow("all-tied") << std::vector<double>{7, 7, 7} << 5 << up << std::vector<int>{1, 1, 1};
        QTest::newRow("single-customer") << std::vector<double>{42} << 5 << up << std::vector<int>{1};
        // pr 0, .2, .4, .6, .8, 1 -> 1 + floor(3 pr) = 1, 1, 2, 2, 3, 4 capped to 3
        QTest::newRow("three-levels") << std::vector<double>{1, 2, 3, 4, 5, 6} << 3 << up
                                      << std::vector<int>{1, 1, 2, 2, 3, 3};
        QTest::newRow("four-levels") << std::vector<double>{1, 2, 3, 4, 5} << 4 << up
                                     << std::vector<int>{1, 2, 3, 4, 4};
        // R from last purchase dates (day numbers), ascending: the most recent scores highest.
        // sorted 10, 50, 100, 100 -> pr 0, 1/3, 2/3 -> 1, 1 + floor(5/3) = 2, 1 + floor(10/3) = 4
        QTest::newRow("r-by-date") << std::vector<double>{100, 50, 100, 10} << 5 << up << std::vector<int>{4, 2, 4, 1};
        // R from recency in days, descending: 365 first (pr 0) ... 1 day last (pr 1).
        QTest::newRow("r-by-days") << std::vector<double>{1, 30, 365, 2} << 5 << down << std::vector<int>{5, 2, 1, 4};
        // No value: not scored, not counted in n.
        QTest::newRow("null-unscored") << std::vector<double>{kNull, 3, 1} << 5 << up << std::vector<int>{0, 5, 1};
        QTest::newRow("empty") << std::vector<double>{} << 5 << up << std::vector<int>{};
    }
    void scores()
    {
        QFETCH(std::vector<double>, values);
        QFETCH(int, levels);
        QFETCH(RfmScoring::Order, order);
        QFETCH(std::vector<int>, expected);
        QCOMPARE(RfmScoring::scores(values, levels, order), expected);
    }

    void scoresMatchTheFloatingPointFormula()
    {
        // The integer formula equals floor(levels * ((rank - 1) / (n - 1))) in double, as SQL computes it.
        for (int n = 2; n <= 400; ++n) {
            std::vector<double> values(static_cast<size_t>(n));
            for (int i = 0; i < n; ++i)
                values[size_t(i)] = i;
            for (int levels : {3, 4, 5}) {
                const std::vector<int> scores = RfmScoring::scores(values, levels);
                for (int i = 0; i < n; ++i) {
                    const double pr = double(i) / double(n - 1);
                    const int expected = std::min(levels, 1 + int(std::floor(levels * pr)));
                    QCOMPARE(scores[size_t(i)], expected);
                }
            }
        }
    }

    void fmScore_data()
    {
        QTest::addColumn<int>("f");
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("fm");
        QTest::newRow("1-1") << 1 << 1 << 1;
        QTest::newRow("1-2-rounds-up") << 1 << 2 << 2;
        QTest::newRow("2-3") << 2 << 3 << 3;
        QTest::newRow("3-4") << 3 << 4 << 4;
        QTest::newRow("1-5") << 1 << 5 << 3;
        QTest::newRow("4-5") << 4 << 5 << 5;
        QTest::newRow("5-5") << 5 << 5 << 5;
        QTest::newRow("unscored") << 0 << 3 << 0;
    }
    void fmScore()
    {
        QFETCH(int, f);
        QFETCH(int, m);
        QFETCH(int, fm);
        QCOMPARE(RfmScoring::fmScore(f, m), fm);
        QCOMPARE(RfmScoring::fmScore(m, f), fm);
    }

    void defaultGridLookups_data()
    {
        QTest::addColumn<int>("levels");
        QTest::addColumn<int>("r");
        QTest::addColumn<int>("fm");
        QTest::addColumn<QString>("group");
        // design.md's 5 x 5 grid
        QTest::newRow("5: r5 fm1") << 5 << 5 << 1 << QStringLiteral("Recent Customers");
        QTest::newRow("5: r5 fm2") << 5 << 5 << 2 << QStringLiteral("Potential Loyalists");
        QTest::newRow("5: r5 fm3") << 5 << 5 << 3 << QStringLiteral("Loyal");
        QTest::newRow("5: r5 fm5") << 5 << 5 << 5 << QStringLiteral("Champions");
        QTest::newRow("5: r4 fm1") << 5 << 4 << 1 << QStringLiteral("Promising");
        QTest::newRow("5: r4 fm3") << 5 << 4 << 3 << QStringLiteral("Potential Loyalists");
        QTest::newRow("5: r4 fm5") << 5 << 4 << 5 << QStringLiteral("Champions");
        QTest::newRow("5: r3 fm2") << 5 << 3 << 2 << QStringLiteral("Need Attention");
        QTest::newRow("5: r3 fm5") << 5 << 3 << 5 << QStringLiteral("Loyal");
        QTest::newRow("5: r2 fm1") << 5 << 2 << 1 << QStringLiteral("About to Sleep");
        QTest::newRow("5: r2 fm3") << 5 << 2 << 3 << QStringLiteral("Need Attention");
        QTest::newRow("5: r2 fm4") << 5 << 2 << 4 << QStringLiteral("At Risk");
        QTest::newRow("5: r1 fm1") << 5 << 1 << 1 << QStringLiteral("Lost");
        QTest::newRow("5: r1 fm2") << 5 << 1 << 2 << QStringLiteral("Hibernating");
        QTest::newRow("5: r1 fm3") << 5 << 1 << 3 << QStringLiteral("At Risk");
        QTest::newRow("5: r1 fm5") << 5 << 1 << 5 << QStringLiteral("Can't Lose Them");
        QTest::newRow("5: out of range") << 5 << 6 << 1 << QString();
        QTest::newRow("5: fm 0") << 5 << 3 << 0 << QString();
        // 3 levels sample the 5 x 5 grid at scores 1, 3, 5
        QTest::newRow("3: r3 fm1") << 3 << 3 << 1 << QStringLiteral("Recent Customers");
        QTest::newRow("3: r3 fm2") << 3 << 3 << 2 << QStringLiteral("Loyal");
        QTest::newRow("3: r3 fm3") << 3 << 3 << 3 << QStringLiteral("Champions");
        QTest::newRow("3: r2 fm1") << 3 << 2 << 1 << QStringLiteral("Promising");
        QTest::newRow("3: r2 fm2") << 3 << 2 << 2 << QStringLiteral("Potential Loyalists");
        QTest::newRow("3: r1 fm1") << 3 << 1 << 1 << QStringLiteral("Lost");
        QTest::newRow("3: r1 fm2") << 3 << 1 << 2 << QStringLiteral("At Risk");
        QTest::newRow("3: r1 fm3") << 3 << 1 << 3 << QStringLiteral("Can't Lose Them");
        // 4 levels sample it at 1, 2, 4, 5
        QTest::newRow("4: r4 fm3") << 4 << 4 << 3 << QStringLiteral("Champions");
        QTest::newRow("4: r3 fm2") << 4 << 3 << 2 << QStringLiteral("Potential Loyalists");
        QTest::newRow("4: r3 fm3") << 4 << 3 << 3 << QStringLiteral("Loyal");
        QTest::newRow("4: r2 fm1") << 4 << 2 << 1 << QStringLiteral("About to Sleep");
        QTest::newRow("4: r2 fm2") << 4 << 2 << 2 << QStringLiteral("Need Attention");
        QTest::newRow("4: r1 fm2") << 4 << 1 << 2 << QStringLiteral("Hibernating");
        QTest::newRow("4: r1 fm4") << 4 << 1 << 4 << QStringLiteral("Can't Lose Them");
    }
    void defaultGridLookups()
    {
        QFETCH(int, levels);
        QFETCH(int, r);
        QFETCH(int, fm);
        QFETCH(QString, group);
        const RfmGrid grid = RfmGrid::defaultGrid(levels);
        QCOMPARE(grid.levels(), levels);
        QCOMPARE(grid.group(r, fm), group);
    }

    void defaultGridHasElevenGroups()
    {
        QCOMPARE(
            RfmGrid::defaultGrid(5).groupNames(),
            (QStringList{QStringLiteral("Recent Customers"), QStringLiteral("Potential Loyalists"),
                         QStringLiteral("Loyal"), QStringLiteral("Champions"), QStringLiteral("Promising"),
                         QStringLiteral("Need Attention"), QStringLiteral("About to Sleep"), QStringLiteral("At Risk"),
                         QStringLiteral("Lost"), QStringLiteral("Hibernating"), QStringLiteral("Can't Lose Them")}));
        QVERIFY(!RfmGrid::defaultGrid(1).isValid());
        QVERIFY(!RfmGrid::defaultGrid(11).isValid());
    }

    void gridIsEditable()
    {
        RfmGrid grid = RfmGrid::defaultGrid(3);
        QVERIFY(grid.setGroup(2, 2, QStringLiteral("  Middle  ")));
        QCOMPARE(grid.group(2, 2), QStringLiteral("Middle"));
        QVERIFY(!grid.setGroup(4, 1, QStringLiteral("X")));
        QVERIFY(!grid.setGroup(1, 1, QStringLiteral(" ")));
    }

    void gridJsonRoundTrip_data()
    {
        QTest::addColumn<int>("levels");
        QTest::newRow("3") << 3;
        QTest::newRow("4") << 4;
        QTest::newRow("5") << 5;
    }
    void gridJsonRoundTrip()
    {
        QFETCH(int, levels);
        RfmGrid grid = RfmGrid::defaultGrid(levels);
        grid.setGroup(1, levels, QStringLiteral("Whales asleep"));
        const QByteArray json = QJsonDocument(grid.toJson()).toJson(QJsonDocument::Compact);
        QString error;
        const auto back = RfmGrid::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == grid);
        if (levels == 5) {
            QVERIFY(json.startsWith(
                R"({"levels":5,"rows":[{"groups":["Recent Customers","Potential Loyalists","Loyal","Champions","Champions"],"r":5})"));
        }
    }

    void gridJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mention");
        QTest::newRow("levels-missing") << QByteArray(R"({"rows":[]})") << QStringLiteral("\"levels\"");
        QTest::newRow("too-few-rows") << QByteArray(R"({"levels":2,"rows":[{"r":2,"groups":["a","b"]}]})")
                                      << QStringLiteral("1 rows for 2 levels");
        QTest::newRow("duplicate-r") << QByteArray(
            R"({"levels":2,"rows":[{"r":2,"groups":["a","b"]},{"r":2,"groups":["c","d"]}]})")
                                     << QStringLiteral("\"r\" 2");
        QTest::newRow("short-row") << QByteArray(
            R"({"levels":2,"rows":[{"r":2,"groups":["a","b"]},{"r":1,"groups":["c"]}]})")
                                   << QStringLiteral("R = 1 of the RFM grid has 1 groups");
        QTest::newRow("empty-name") << QByteArray(
            R"({"levels":2,"rows":[{"r":2,"groups":["a","b"]},{"r":1,"groups":["c"," "]}]})")
                                    << QStringLiteral("R = 1, FM = 2");
    }
    void gridJsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mention);
        QString error;
        QVERIFY(!RfmGrid::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(mention), qPrintable(error));
    }

    void handCheckedCustomerTable()
    {
        // Six customers: last purchase (day number), orders, revenue; worked by hand.
        //   id  last  orders  revenue |  R  F  M  FM  group
        //   a   300   12      900     |  5  5  5  5   Champions
        //   b   290    1       50     |  5  1  2  2   Potential Loyalists
        //   c   100    3      200     |  1  3  3  3   At Risk
        //   d   200    3      300     |  3  3  4  4   Loyal
        //   e   150    1       20     |  2  1  1  1   About to Sleep
        //   f   200    6      500     |  3  5  5  5   Loyal
        // R: sorted 100, 150, 200, 200, 290, 300 -> ranks 1, 2, 3, 3, 5, 6 -> pr 0, .2, .4, .4, .8, 1
        //    -> 1, 2, 3, 3, 5, 6 capped to 5.
        const std::vector<double> last{300, 290, 100, 200, 150, 200};
        const std::vector<double> orders{12, 1, 3, 3, 1, 6};
        const std::vector<double> revenue{900, 50, 200, 300, 20, 500};
        const std::vector<int> r = RfmScoring::scores(last, 5);
        const std::vector<int> f = RfmScoring::scores(orders, 5);
        const std::vector<int> m = RfmScoring::scores(revenue, 5);
        // F: sorted 1, 1, 3, 3, 6, 12 -> ranks 1, 1, 3, 3, 5, 6 -> pr 0, 0, .4, .4, .8, 1 -> 1, 1, 3, 3, 5, 5
        // M: sorted 20, 50, 200, 300, 500, 900 -> pr 0, .2, .4, .6, .8, 1 -> 1, 2, 3, 4, 5, 5
        QCOMPARE(r, (std::vector<int>{5, 5, 1, 3, 2, 3}));
        QCOMPARE(f, (std::vector<int>{5, 1, 3, 3, 1, 5}));
        QCOMPARE(m, (std::vector<int>{5, 2, 3, 4, 1, 5}));
        const RfmGrid grid = RfmGrid::defaultGrid(5);
        QStringList groups;
        for (size_t i = 0; i < last.size(); ++i)
            groups.append(grid.group(r[i], RfmScoring::fmScore(f[i], m[i])));
        // FM: a 5, b floor(4/2) = 2, c 3, d floor(8/2) = 4, e 1, f 5
        QCOMPARE(
            groups,
            (QStringList{QStringLiteral("Champions"), QStringLiteral("Potential Loyalists"), QStringLiteral("At Risk"),
                         QStringLiteral("Loyal"), QStringLiteral("About to Sleep"), QStringLiteral("Loyal")}));
    }
};

QTEST_GUILESS_MAIN(TstRfm)
#include "tst_rfm.moc"
