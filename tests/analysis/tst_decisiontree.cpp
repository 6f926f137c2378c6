// The explanation tree: readable thresholds, exact rules on separable data, NULLs as SQLite treats them, the depth
// cap, and the rule's counts against a direct count.
#include "analysis/decisiontree.h"
#include "analysis/readablethreshold.h"

#include <QDate>
#include <QTest>

#include <cmath>
#include <limits>

using namespace swb;

namespace {

constexpr double missingValue = std::numeric_limits<double>::quiet_NaN();

double day(int y, int m, int d)
{
    return double(QDate(y, m, d).toJulianDay());
}

RowMatrix column(const std::vector<double>& values)
{
    RowMatrix x(Eigen::Index(values.size()), 1);
    for (size_t i = 0; i < values.size(); ++i)
        x(Eigen::Index(i), 0) = values[i];
    return x;
}

int depthOf(const std::vector<TreeNode>& nodes, int node)
{
    const TreeNode& n = nodes[size_t(node)];
    return n.feature < 0 ? 0 : 1 + std::max(depthOf(nodes, n.left), depthOf(nodes, n.right));
}

} // namespace

class TstDecisionTree : public QObject
{
    Q_OBJECT

private slots:
    void significantDigits_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::newRow("1200") << 1200.0 << 2;
        QTest::newRow("0.05") << 0.05 << 1;
        QTest::newRow("0") << 0.0 << 1;
        QTest::newRow("-37.5") << -37.5 << 3;
        QTest::newRow("12345") << 12345.0 << 5;
    }
    void significantDigits()
    {
        QFETCH(double, value);
        QFETCH(int, digits);
        QCOMPARE(ReadableThreshold::significantDigits(value), digits);
    }

    void candidates_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("exact"); // NaN: no readable threshold in (low, high]
        QTest::addColumn<QList<double>>("rounder"); // tried too, each as its own split
        const int number = int(TreeFeatureKind::Number);
        const int date = int(TreeFeatureKind::Date);
        // Exact splits: the roundest number in (low, high], closest to the middle; then the middle rounded.
        QTest::newRow("integers") << 3.0 << 4.0 << number << 4.0 << QList<double>{4.0, 3.5, 3.5};
        QTest::newRow("wide gap") << 1.234 << 7.89 << number << 5.0 << QList<double>{5.0, 4.6, 4.56};
        QTest::newRow("hundreds") << 1234.5 << 1299.0 << number << 1270.0 << QList<double>{1000.0, 1300.0, 1270.0};
        QTest::newRow("small") << 0.0123 << 0.0131 << number << 0.013 << QList<double>{0.01, 0.013, 0.0127};
        QTest::newRow("negative") << -7.2 << -6.9 << number << -7.0 << QList<double>{-7.0, -7.1, -7.05};
        // No number of 3 digits in the gap: only the middle rounded.
        QTest::newRow("narrow") << 1234.5 << 1234.6 << number << missingValue << QList<double>{1000.0, 1200.0, 1230.0};
        // Dates: a 1 January, else a first of the month, else a whole day; then the nearest firsts of month and year.
        QTest::newRow("new year") << day(2022, 11, 3) << day(2023, 2, 9) << date << day(2023, 1, 1)
                                  << QList<double>{day(2022, 12, 1), day(2023, 1, 1), day(2022, 1, 1), day(2023, 1, 1)};
        QTest::newRow("month") << day(2023, 3, 15) << day(2023, 4, 20) << date << day(2023, 4, 1)
                               << QList<double>{day(2023, 4, 1), day(2023, 5, 1), day(2023, 1, 1), day(2024, 1, 1)};
        QTest::newRow("day") << day(2023, 3, 15) << day(2023, 3, 17) << date << day(2023, 3, 16)
                             << QList<double>{day(2023, 3, 1), day(2023, 4, 1), day(2023, 1, 1), day(2024, 1, 1)};
        QTest::newRow("same day") << day(2023, 3, 15) + 0.25 << day(2023, 3, 15) + 0.75 << date << missingValue
                                  << QList<double>{day(2023, 3, 15), day(2023, 3, 16), day(2023, 3, 1),
                                                   day(2023, 4, 1),  day(2023, 1, 1),  day(2024, 1, 1)};
        QTest::newRow("yes/no") << 0.0 << 1.0 << int(TreeFeatureKind::Boolean) << 1.0 << QList<double>{};
    }
    void candidates()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(int, kind);
        QFETCH(double, exact);
        QFETCH(QList<double>, rounder);
        QList<double> expected = rounder;
        if (!std::isnan(exact))
            expected.prepend(exact);
        const std::vector<double> got = ReadableThreshold::candidates(low, high, TreeFeatureKind(kind), 3);
        QCOMPARE(QList<double>(got.begin(), got.end()), expected);
    }

    void roughness_data()
    {
        QTest::addColumn<double>("threshold");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("roughness");
        QTest::newRow("1200") << 1200.0 << int(TreeFeatureKind::Number) << 2;
        QTest::newRow("1 January") << day(2024, 1, 1) << int(TreeFeatureKind::Date) << 1;
        QTest::newRow("1 May") << day(2024, 5, 1) << int(TreeFeatureKind::Date) << 2;
        QTest::newRow("17 May") << day(2024, 5, 17) << int(TreeFeatureKind::Date) << 3;
    }
    void roughness()
    {
        QFETCH(double, threshold);
        QFETCH(int, kind);
        QFETCH(int, roughness);
        QCOMPARE(ReadableThreshold::roughness(threshold, TreeFeatureKind(kind)), roughness);
    }

    void aRounderThresholdWinsWhenNearlyAsGood()
    {
        // The class is x < 1013 (4 digits are allowed here); x < 1010 misclassifies 3 of 2,000 rows and keeps 99.4 %
        // of the impurity decrease, x < 1000 misclassifies 13 and keeps 97.4 %: with a tolerance of 1 % 1010 is
        // taken, with 50 % the rounder 1000, with none the exact 1013.
        std::vector<double> values;
        std::vector<bool> target;
        for (int i = 0; i < 2000; ++i) {
            values.push_back(i);
            target.push_back(i < 1013);
        }
        DecisionTreeOptions options;
        options.maxDepth = 1;
        options.significantDigits = 4;
        options.roundingTolerance = 0.0;
        const RuleTree exact = DecisionTree::fit(column(values), {TreeFeatureKind::Number}, target, options);
        QVERIFY(exact.nodes.front().threshold == 1013.0);
        options.roundingTolerance = 0.01;
        const RuleTree near = DecisionTree::fit(column(values), {TreeFeatureKind::Number}, target, options);
        QVERIFY2(near.nodes.front().threshold == 1010.0, qPrintable(QString::number(near.nodes.front().threshold)));
        options.roundingTolerance = 0.5;
        const RuleTree round = DecisionTree::fit(column(values), {TreeFeatureKind::Number}, target, options);
        QVERIFY2(round.nodes.front().threshold == 1000.0, qPrintable(QString::number(round.nodes.front().threshold)));
    }

    void separableDataGivesTheExactRule_data()
    {
        QTest::addColumn<int>("criterion");
        QTest::newRow("gini") << int(DecisionTreeOptions::Criterion::Gini);
        QTest::newRow("entropy") << int(DecisionTreeOptions::Criterion::Entropy);
    }
    void separableDataGivesTheExactRule()
    {
        QFETCH(int, criterion);
        // Two features; the class is a < 30 and b >= 0.5 (a yes/no), or a >= 75.
        RowMatrix x(200, 2);
        std::vector<bool> target(200);
        for (int i = 0; i < 200; ++i) {
            x(i, 0) = double(i % 100) + 0.37;
            x(i, 1) = double(i % 3 == 0);
            target[size_t(i)] = (x(i, 0) < 30 && x(i, 1) >= 0.5) || x(i, 0) >= 75;
        }
        DecisionTreeOptions options;
        options.criterion = DecisionTreeOptions::Criterion(criterion);
        const RuleTree tree
            = DecisionTree::fit(x, {TreeFeatureKind::Number, TreeFeatureKind::Boolean}, target, options);
        QVERIFY2(tree.ok(), qPrintable(tree.error));
        QVERIFY(tree.f1 == 1.0);
        QCOMPARE(tree.matched, tree.positives);
        QCOMPARE(tree.rule.size(), size_t(2));
        // Thresholds fall on round numbers in the gaps (29.37, 30.37] and (74.37, 75.37].
        bool sawLow = false, sawHigh = false;
        for (const TreeConjunction& conjunction : tree.rule) {
            for (const TreeClause& clause : conjunction) {
                if (clause.feature == 0 && clause.upper)
                    sawLow = sawLow || *clause.upper == 30.0;
                if (clause.feature == 0 && clause.lower && !clause.upper)
                    sawHigh = sawHigh || *clause.lower == 75.0;
                if (clause.feature == 1)
                    QVERIFY(clause.lower && *clause.lower == 1.0 && !clause.upper);
            }
        }
        QVERIFY(sawLow);
        QVERIFY(sawHigh);
    }

    void siblingLeavesMergeIntoTheirParent()
    {
        // x < 50 is the class; a split of the right side alone does not make it separate leaves in the rule.
        std::vector<double> values;
        std::vector<bool> target;
        for (int i = 0; i < 100; ++i) {
            values.push_back(i);
            target.push_back(i < 50);
        }
        const RuleTree tree = DecisionTree::fit(column(values), {TreeFeatureKind::Number}, target);
        QCOMPARE(tree.rule.size(), size_t(1));
        QCOMPARE(tree.rule.front().size(), size_t(1));
        QVERIFY(tree.rule.front().front().upper && *tree.rule.front().front().upper == 50.0);
        QVERIFY(!tree.rule.front().front().lower);
    }

    void missingValuesNeverSatisfyAComparison()
    {
        // Rows 2, 3 and 5 are in the class; row 5's value is missing, so no rule on x can select it (as in SQLite).
        const RowMatrix x = column({0, 1, 2, 3, missingValue, missingValue});
        const std::vector<bool> target{false, false, true, true, false, true};
        const RuleTree tree = DecisionTree::fit(x, {TreeFeatureKind::Number}, target);
        QCOMPARE(tree.nodes.front().missing, qint64(2));
        QCOMPARE(tree.matched, qint64(2));
        QCOMPARE(tree.truePositives, qint64(2));
        QVERIFY(!DecisionTree::matchesAny(tree.rule, x, 4));
        QVERIFY(!DecisionTree::matchesAny(tree.rule, x, 5));
        QVERIFY(DecisionTree::matchesAny(tree.rule, x, 2));
        QCOMPARE(tree.recall, 2.0 / 3.0);
        // A clause with only a lower bound is still false for NaN.
        QVERIFY(!DecisionTree::matches({TreeClause{0, -1e300, std::nullopt}}, x, 4));
    }

    void missingValuesKeepSiblingsApart()
    {
        // Everyone with a value is in the class, but merging the two leaves into "every row" would take in the
        // rows without a value: the rule must keep the comparison.
        const RowMatrix x = column({1, 2, 3, 4, missingValue, missingValue, missingValue});
        const std::vector<bool> target{true, true, true, true, false, false, false};
        const RuleTree tree = DecisionTree::fit(x, {TreeFeatureKind::Number}, target);
        QCOMPARE(tree.matched, qint64(4));
        QVERIFY(tree.f1 == 1.0);
        QVERIFY(!tree.rule.empty());
        for (const TreeConjunction& conjunction : tree.rule)
            QVERIFY(!conjunction.empty());
    }

    void depthIsCapped_data()
    {
        QTest::addColumn<int>("maxDepth");
        for (int depth = 0; depth <= 3; ++depth)
            QTest::addRow("depth %d", depth) << depth;
    }
    void depthIsCapped()
    {
        QFETCH(int, maxDepth);
        // Odd numbers: no shallow tree separates them, so the tree grows as deep as it may.
        std::vector<double> values;
        std::vector<bool> target;
        for (int i = 0; i < 64; ++i) {
            values.push_back(i);
            target.push_back(i % 2 == 1);
        }
        DecisionTreeOptions options;
        options.maxDepth = maxDepth;
        const RuleTree tree = DecisionTree::fit(column(values), {TreeFeatureKind::Number}, target, options);
        QVERIFY(tree.ok());
        QVERIFY(depthOf(tree.nodes, 0) <= maxDepth);
        QVERIFY(tree.rule.size() <= size_t(1) << maxDepth);
    }

    void countsMatchADirectCount()
    {
        // Random data with NaNs: the tree's counts are what applying its rule row by row gives.
        RowMatrix x(500, 3);
        std::vector<bool> target(500);
        quint32 state = 7;
        auto next = [&state] {
            return (state = state * 1664525u + 1013904223u) >> 8;
        };
        for (int i = 0; i < 500; ++i) {
            for (int f = 0; f < 3; ++f)
                x(i, f) = next() % 17 == 0 ? missingValue : double(next() % 1000) / 7.0;
            target[size_t(i)] = (x(i, 0) > 60 && x(i, 1) < 90) || next() % 10 == 0;
        }
        const RuleTree tree
            = DecisionTree::fit(x, {TreeFeatureKind::Number, TreeFeatureKind::Number, TreeFeatureKind::Number}, target);
        qint64 matched = 0, truePositives = 0, positives = 0;
        for (int i = 0; i < 500; ++i) {
            positives += target[size_t(i)] ? 1 : 0;
            if (DecisionTree::matchesAny(tree.rule, x, i)) {
                ++matched;
                truePositives += target[size_t(i)] ? 1 : 0;
            }
        }
        QCOMPARE(tree.matched, matched);
        QCOMPARE(tree.truePositives, truePositives);
        QCOMPARE(tree.positives, positives);
        QVERIFY(tree.f1 > 0.7);
        for (const TreeConjunction& conjunction : tree.rule) {
            for (const TreeClause& clause : conjunction) {
                for (const auto& bound : {clause.lower, clause.upper}) {
                    if (bound)
                        QVERIFY2(ReadableThreshold::significantDigits(*bound) <= 3,
                                 qPrintable(QString::number(*bound)));
                }
            }
        }
    }

    void mismatchedInputIsAnError()
    {
        const RuleTree tree = DecisionTree::fit(column({1, 2}), {TreeFeatureKind::Number}, {true});
        QVERIFY(!tree.ok());
    }
};

QTEST_GUILESS_MAIN(TstDecisionTree)
#include "tst_decisiontree.moc"
