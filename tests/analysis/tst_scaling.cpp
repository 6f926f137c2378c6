// Scaling (z-score with the population sd, min-max, none, constant features) and the feature pipeline
// (missing rows, log1p and its error, mapping centres back to original units).
#include "analysis/featurepipeline.h"
#include "analysis/scaling.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace swb;

Q_DECLARE_METATYPE(swb::ScalingMethod)
Q_DECLARE_METATYPE(swb::FeatureMatrix)

namespace {

const double kNan = std::numeric_limits<double>::quiet_NaN();

RowMatrix matrix(int rows, int cols, std::initializer_list<double> values)
{
    RowMatrix m(rows, cols);
    std::copy(values.begin(), values.end(), m.data());
    return m;
}

} // namespace

class TstScaling : public QObject
{
    Q_OBJECT

private slots:
    void fitsScaler_data()
    {
        QTest::addColumn<ScalingMethod>("method");
        QTest::addColumn<RowMatrix>("values");
        QTest::addColumn<RowMatrix>("expected");
        // Column 1: 2, 4, 4, 4, 5, 5, 7, 9 -> mean 5, population sd 2 (sample sd would be 2.138).
        // Column 2: constant 3 -> scale 1, scaled to 0.
        const RowMatrix values = matrix(8, 2, {2, 3, 4, 3, 4, 3, 4, 3, 5, 3, 5, 3, 7, 3, 9, 3});
        QTest::newRow("zscore-population-sd")
            << ScalingMethod::ZScore << values
            << matrix(8, 2, {-1.5, 0, -0.5, 0, -0.5, 0, -0.5, 0, 0, 0, 0, 0, 1, 0, 2, 0});
        QTest::newRow("minmax") << ScalingMethod::MinMax << values
                                << matrix(8, 2,
                                          {0, 0, 2.0 / 7, 0, 2.0 / 7, 0, 2.0 / 7, 0, 3.0 / 7, 0, 3.0 / 7, 0, 5.0 / 7, 0,
                                           1, 0});
        QTest::newRow("none") << ScalingMethod::None << values << values;
    }
    void fitsScaler()
    {
        QFETCH(ScalingMethod, method);
        QFETCH(RowMatrix, values);
        QFETCH(RowMatrix, expected);
        const Scaler scaler = Scaler::fit(values, method);
        const RowMatrix scaled = scaler.transform(values);
        QVERIFY2((scaled - expected).cwiseAbs().maxCoeff() < 1e-12,
                 qPrintable(QString::number((scaled - expected).norm())));
        QCOMPARE(scaler.scales()[1], 1.0); // the constant column
        // Inverse gives back the input.
        QVERIFY((scaler.inverseTransform(scaled) - values).cwiseAbs().maxCoeff() < 1e-12);
    }

    void nearlyConstantColumnCountsAsConstant()
    {
        // Rounding noise around a large value is "constant" for scikit-learn's StandardScaler too.
        RowMatrix values(3, 1);
        values << 1e10, 1e10 + 1e-6, 1e10;
        QCOMPARE(Scaler::fit(values, ScalingMethod::ZScore).scales()[0], 1.0);
        values << 1e10, 1e10 + 10, 1e10;
        QVERIFY(Scaler::fit(values, ScalingMethod::ZScore).scales()[0] > 1.0);
    }

    void pipelineDropsIncompleteRows()
    {
        FeatureMatrix input(matrix(5, 2, {1, 10, kNan, 20, 3, 30, 4, kNan, 5, 50}),
                            {QStringLiteral("orders"), QStringLiteral("revenue")}, {101, 102, 103, 104, 105});
        const PreparedFeatures prepared = FeaturePipeline::prepare(input, {});
        QVERIFY2(prepared.ok(), qPrintable(prepared.error));
        QCOMPARE(prepared.droppedRows, qint64(2));
        QCOMPARE(prepared.rowIds, (std::vector<qint64>{101, 103, 105}));
        QCOMPARE(prepared.original, matrix(3, 2, {1, 10, 3, 30, 5, 50}));
        // Default z-score: mean 0, population variance 1 per column.
        QVERIFY(prepared.scaled.colwise().mean().cwiseAbs().maxCoeff() < 1e-12);
        QVERIFY((prepared.scaled.array().square().colwise().mean() - 1.0).abs().maxCoeff() < 1e-12);
    }

    void pipelineNumbersRowsWithoutIds()
    {
        FeatureMatrix input(matrix(3, 1, {kNan, 2, 3}), {QStringLiteral("x")});
        const PreparedFeatures prepared = FeaturePipeline::prepare(input, {});
        QCOMPARE(prepared.rowIds, (std::vector<qint64>{2, 3}));
    }

    void pipelineAppliesLog1pThenScales()
    {
        FeatureMatrix input(matrix(4, 2, {0, 1, 9, 2, 99, 3, 999, 4}),
                            {QStringLiteral("revenue"), QStringLiteral("n")});
        FeaturePipelineOptions options;
        options.scaling = ScalingMethod::None;
        options.logFeatures = {QStringLiteral("revenue")};
        const PreparedFeatures prepared = FeaturePipeline::prepare(input, options);
        QVERIFY2(prepared.ok(), qPrintable(prepared.error));
        QCOMPARE(prepared.logTransformed, (QList<bool>{true, false}));
        for (int r = 0; r < 4; ++r)
            QVERIFY(std::abs(prepared.scaled(r, 0) - std::log1p(input.values(r, 0))) < 1e-12);
        QCOMPARE(prepared.scaled.col(1), input.values.col(1));
        QCOMPARE(prepared.original, input.values); // profiles see original units
    }

    void mapsCentresBackToOriginalUnits_data()
    {
        QTest::addColumn<ScalingMethod>("method");
        QTest::addColumn<bool>("log");
        QTest::newRow("zscore") << ScalingMethod::ZScore << false;
        QTest::newRow("minmax") << ScalingMethod::MinMax << false;
        QTest::newRow("zscore-log") << ScalingMethod::ZScore << true;
        QTest::newRow("none-log") << ScalingMethod::None << true;
    }
    void mapsCentresBackToOriginalUnits()
    {
        QFETCH(ScalingMethod, method);
        QFETCH(bool, log);
        RowMatrix values = test::gaussian(50, 3, 5).array().abs() * 100.0;
        FeatureMatrix input(values, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        FeaturePipelineOptions options;
        options.scaling = method;
        if (log)
            options.logFeatures = {QStringLiteral("b")};
        const PreparedFeatures prepared = FeaturePipeline::prepare(input, options);
        QVERIFY(prepared.ok());
        // Every row of the scaled data maps back onto itself in original units.
        const RowMatrix back = prepared.toOriginalUnits(prepared.scaled);
        QVERIFY((back - values).cwiseAbs().maxCoeff() < 1e-9);
    }

    void rejectsLog1pBelowMinusOne_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("minus-two") << -2.0;
        QTest::newRow("exactly-minus-one") << -1.0;
    }
    void rejectsLog1pBelowMinusOne()
    {
        QFETCH(double, value);
        FeatureMatrix input(matrix(3, 2, {1, 5, 2, value, 3, 7}), {QStringLiteral("orders"), QStringLiteral("balance")},
                            {11, 12, 13});
        FeaturePipelineOptions options;
        options.logFeatures = {QStringLiteral("balance")};
        const PreparedFeatures prepared = FeaturePipeline::prepare(input, options);
        QVERIFY(!prepared.ok());
        QVERIFY2(prepared.error.contains(QStringLiteral("\"balance\"")), qPrintable(prepared.error));
        QVERIFY2(prepared.error.contains(QStringLiteral("row 12")), qPrintable(prepared.error));
        // -0.5 is fine (log1p(-0.5) is finite).
        input.values(1, 1) = -0.5;
        QVERIFY(FeaturePipeline::prepare(input, options).ok());
    }

    void reportsOtherProblems_data()
    {
        QTest::addColumn<FeatureMatrix>("input");
        QTest::addColumn<QStringList>("logFeatures");
        QTest::addColumn<QString>("mention");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("unknown-log-feature") << FeatureMatrix(matrix(2, 1, {1, 2}), {QStringLiteral("a")})
                                             << QStringList{QStringLiteral("zz")} << QStringLiteral("\"zz\"");
        QTest::newRow("all-rows-missing") << FeatureMatrix(matrix(2, 1, {kNan, kNan}), {QStringLiteral("a")})
                                          << QStringList{} << QStringLiteral("missing value");
        QTest::newRow("infinite") << FeatureMatrix(matrix(2, 2, {1, 2, 3, inf}),
                                                   {QStringLiteral("a"), QStringLiteral("b")})
                                  << QStringList{} << QStringLiteral("\"b\" is infinite in row 2");
        QTest::newRow("no-features") << FeatureMatrix(RowMatrix(3, 0), {}) << QStringList{}
                                     << QStringLiteral("No features");
        QTest::newRow("names-mismatch") << FeatureMatrix(matrix(1, 2, {1, 2}), {QStringLiteral("a")}) << QStringList{}
                                        << QStringLiteral("1 feature names for 2 features");
    }
    void reportsOtherProblems()
    {
        QFETCH(FeatureMatrix, input);
        QFETCH(QStringList, logFeatures);
        QFETCH(QString, mention);
        FeaturePipelineOptions options;
        options.logFeatures = logFeatures;
        const PreparedFeatures prepared = FeaturePipeline::prepare(input, options);
        QVERIFY(!prepared.ok());
        QVERIFY2(prepared.error.contains(mention), qPrintable(prepared.error));
    }
};

QTEST_GUILESS_MAIN(TstScaling)
#include "tst_scaling.moc"
