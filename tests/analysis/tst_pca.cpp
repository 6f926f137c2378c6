// PCA projection: a hand-made cross with an exactly known principal axis, a noisy line, sign and sampling rules.
#include "analysis/pca.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace swb;

class TstPca : public QObject
{
    Q_OBJECT

private slots:
    void exactCross()
    {
        // +-5 along u = (0.6, 0.8) and +-1 along v = (-0.8, 0.6), shifted by (10, 20): covariance eigenvalues
        // 2*25/3 and 2*1/3, so explained variance ratios 25/26 and 1/26.
        const Eigen::RowVector2d u(0.6, 0.8);
        const Eigen::RowVector2d v(-0.8, 0.6);
        const Eigen::RowVector2d shift(10, 20);
        RowMatrix data(4, 2);
        data.row(0) = shift + 5 * u;
        data.row(1) = shift - 5 * u;
        data.row(2) = shift + v;
        data.row(3) = shift - v;
        const PcaProjection pca = Pca::project(data);
        QVERIFY2(pca.ok(), qPrintable(pca.error));
        QVERIFY((pca.mean - shift).norm() < 1e-12);
        // Signs: the largest-magnitude loading is positive, so PC1 = u = (0.6, 0.8) and PC2 = -v = (0.8, -0.6).
        QVERIFY((pca.components.row(0) - u).norm() < 1e-12);
        QVERIFY((pca.components.row(1) + v).norm() < 1e-12);
        QVERIFY(std::abs(pca.explainedVarianceRatio[0] - 25.0 / 26.0) < 1e-12);
        QVERIFY(std::abs(pca.explainedVarianceRatio[1] - 1.0 / 26.0) < 1e-12);
        QCOMPARE(pca.rows, (std::vector<int>{0, 1, 2, 3}));
        RowMatrix expected(4, 2);
        expected << 5, 0, -5, 0, 0, -1, 0, 1;
        QVERIFY((pca.coordinates - expected).cwiseAbs().maxCoeff() < 1e-12);
    }

    void noisyLineIn3d()
    {
        const Eigen::RowVector3d axis = Eigen::RowVector3d(1, 2, 2) / 3.0;
        const RowMatrix t = test::gaussian(5000, 1, 3);
        RowMatrix data = 10.0 * t * axis + 0.1 * test::gaussian(5000, 3, 4);
        const PcaProjection pca = Pca::project(data, 1000, 7);
        QVERIFY(pca.ok());
        QVERIFY((pca.components.row(0) - axis).norm() < 1e-3);
        QVERIFY(pca.explainedVarianceRatio[0] > 0.999);
        QVERIFY(pca.explainedVarianceRatio[0] + pca.explainedVarianceRatio[1] <= 1.0 + 1e-12);
        QVERIFY(std::abs(pca.components.row(0).dot(pca.components.row(1))) < 1e-9);
        // 1000 seeded rows; their coordinates are those of the full projection.
        QCOMPARE(pca.rows.size(), size_t(1000));
        QVERIFY(std::is_sorted(pca.rows.begin(), pca.rows.end()));
        for (size_t i = 0; i < pca.rows.size(); i += 97) {
            const RowMatrix one = data.row(pca.rows[i]);
            QVERIFY((pca.project(one) - pca.coordinates.row(Eigen::Index(i))).norm() < 1e-12);
        }
        QCOMPARE(Pca::project(data, 1000, 7).rows, pca.rows);
        QVERIFY(Pca::project(data, 1000, 8).rows != pca.rows);
    }

    void singleFeature()
    {
        RowMatrix data(3, 1);
        data << 1, 2, 6;
        const PcaProjection pca = Pca::project(data);
        QVERIFY(pca.ok());
        QCOMPARE(pca.explainedVarianceRatio[0], 1.0);
        QCOMPARE(pca.explainedVarianceRatio[1], 0.0);
        QVERIFY(pca.coordinates.col(1).isZero());
        QVERIFY(std::abs(pca.coordinates(2, 0) - 3.0) < 1e-12);
    }

    void rejectsTooLittleData() { QVERIFY(!Pca::project(RowMatrix(1, 3)).ok()); }
};

QTEST_GUILESS_MAIN(TstPca)
#include "tst_pca.moc"
