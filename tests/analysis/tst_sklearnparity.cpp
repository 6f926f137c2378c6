// Parity with scikit-learn (Debian's python3-sklearn, run as a reference): the cluster indices and ARI of our
// labels, Lloyd iterations/labels from the same start for several tolerances, and the n_init = 10 optimum,
// on the public Mall Customers data (income, spending score; z-scored) and on seeded synthetic data.
#include "analysis/clustermetrics.h"
#include "analysis/featurepipeline.h"
#include "analysis/kmeans.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

// Reads X (rows of numbers) and our labels, prints scikit-learn's view as one JSON object.
const char* const s_reference = R"PY(
import json, sys
import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import (adjusted_rand_score, calinski_harabasz_score, davies_bouldin_score,
                             silhouette_score)
X = np.loadtxt(sys.argv[1], delimiter=",", ndmin=2)
ours = np.loadtxt(sys.argv[2], dtype=int)
k = int(sys.argv[3])
out = {
    "silhouette": float(silhouette_score(X, ours)),
    "calinski_harabasz": float(calinski_harabasz_score(X, ours)),
    "davies_bouldin": float(davies_bouldin_score(X, ours)),
}
best = KMeans(n_clusters=k, n_init=10, random_state=0, algorithm="lloyd").fit(X)
out["best_inertia"] = float(best.inertia_)
out["ari_with_ours"] = float(adjusted_rand_score(ours, best.labels_))
out["same_start"] = []
for tol in (0.0, 1e-4, 1e-2, 1e-1):
    run = KMeans(n_clusters=k, init=X[:k], n_init=1, tol=tol, algorithm="lloyd").fit(X)
    out["same_start"].append({"tol": tol, "n_iter": int(run.n_iter_), "inertia": float(run.inertia_),
                              "labels": run.labels_.tolist()})
print(json.dumps(out))
)PY";

bool writeCsv(const QString& path, const RowMatrix& data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (Eigen::Index i = 0; i < data.rows(); ++i) {
        QByteArray line;
        for (Eigen::Index f = 0; f < data.cols(); ++f)
            line += (f ? "," : "") + QByteArray::number(data(i, f), 'g', 17);
        file.write(line + '\n');
    }
    return true;
}

RowMatrix mallCustomers()
{
    QFile file(QStringLiteral(SWB_TEST_DATA_DIR "/Mall_Customers.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    RowMatrix data(lines.size() - 1, 2);
    Eigen::Index row = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).trimmed().split(',');
        if (cells.size() != 5)
            continue;
        data(row, 0) = cells.at(3).toDouble();
        data(row, 1) = cells.at(4).toDouble();
        ++row;
    }
    data.conservativeResize(row, 2);
    return data;
}

} // namespace

class TstSklearnParity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QJsonObject reference(const RowMatrix& data, const std::vector<int>& labels, int k)
    {
        const QString x = m_dir.filePath(QStringLiteral("x.csv"));
        const QString l = m_dir.filePath(QStringLiteral("labels.txt"));
        writeCsv(x, data);
        QFile file(l);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        for (int label : labels)
            file.write(QByteArray::number(label) + '\n');
        file.close();
        QProcess python;
        python.start(QStringLiteral(SWB_PYTHON),
                     {QStringLiteral("-c"), QString::fromUtf8(s_reference), x, l, QString::number(k)});
        if (!python.waitForFinished(120000) || python.exitCode() != 0) {
            qWarning("%s", python.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

private slots:
    void pythonIsAvailable()
    {
        // Not skipped when missing: the parity checks are required.
        QVERIFY2(QFile::exists(QStringLiteral(SWB_PYTHON)), "configure found no python3 with scikit-learn");
    }

    void matchesScikitLearn_data()
    {
        QTest::addColumn<RowMatrix>("data");
        QTest::addColumn<int>("k");
        const RowMatrix mall = mallCustomers();
        QTest::newRow("mall-customers-k5") << FeaturePipeline::prepare(FeatureMatrix(mall, {}), {}).scaled << 5;
        QTest::newRow("mall-customers-k3") << FeaturePipeline::prepare(FeatureMatrix(mall, {}), {}).scaled << 3;
        RowMatrix centres = 3.0 * test::gaussian(6, 4, 2);
        QTest::newRow("synthetic-4d-k6") << test::blobs(centres, 300, 1.0, 3) << 6;
    }
    void matchesScikitLearn()
    {
        QFETCH(RowMatrix, data);
        QFETCH(int, k);
        QVERIFY(data.rows() >= 200);
        KMeansOptions options;
        options.k = k;
        options.nInit = 10;
        const KMeansResult ours = kmeans(data, options);
        QVERIFY2(ours.ok(), qPrintable(ours.error));
        const QJsonObject ref = reference(data, ours.labels, k);
        QVERIFY2(!ref.isEmpty(), "the scikit-learn reference failed");

        auto closeTo = [](double ours, double theirs, double relative) {
            return std::abs(ours - theirs) <= relative * std::max(1.0, std::abs(theirs));
        };
        const double silhouette = ClusterMetrics::silhouette(data, ours.labels).value();
        const double ch = ClusterMetrics::calinskiHarabasz(data, ours.labels).value();
        const double db = ClusterMetrics::daviesBouldin(data, ours.labels).value();
        QVERIFY2(closeTo(silhouette, ref.value(QStringLiteral("silhouette")).toDouble(), 1e-9),
                 qPrintable(QString::number(silhouette, 'g', 17)));
        QVERIFY(closeTo(ch, ref.value(QStringLiteral("calinski_harabasz")).toDouble(), 1e-9));
        QVERIFY(closeTo(db, ref.value(QStringLiteral("davies_bouldin")).toDouble(), 1e-9));

        // n_init = 10 (different random streams): the same optimum.
        const double theirsBest = ref.value(QStringLiteral("best_inertia")).toDouble();
        QVERIFY2(ours.inertia <= theirsBest * (1 + 1e-9),
                 qPrintable(QStringLiteral("%1 vs %2").arg(ours.inertia, 0, 'g', 12).arg(theirsBest, 0, 'g', 12)));
        QVERIFY(closeTo(ref.value(QStringLiteral("ari_with_ours")).toDouble(), 1.0, 1e-12));

        // The same start, several tolerances: identical iterations, labels and inertia.
        for (const auto& value : ref.value(QStringLiteral("same_start")).toArray()) {
            const QJsonObject run = value.toObject();
            KMeansOptions same;
            same.k = k;
            same.tolerance = run.value(QStringLiteral("tol")).toDouble();
            same.initialCentres = data.topRows(k);
            const KMeansResult result = kmeans(data, same);
            QVERIFY(result.ok());
            const QString context = QStringLiteral("tol %1").arg(same.tolerance);
            QVERIFY2(result.iterations == run.value(QStringLiteral("n_iter")).toInt(),
                     qPrintable(context
                                + QStringLiteral(": %1 vs %2 iterations")
                                      .arg(result.iterations)
                                      .arg(run.value(QStringLiteral("n_iter")).toInt())));
            std::vector<int> theirs;
            for (const auto& label : run.value(QStringLiteral("labels")).toArray())
                theirs.push_back(label.toInt());
            QVERIFY2(result.labels == theirs, qPrintable(context));
            QVERIFY2(closeTo(result.inertia, run.value(QStringLiteral("inertia")).toDouble(), 1e-7),
                     qPrintable(context));
            // Our ARI agrees with scikit-learn's on a non-trivial pair.
            QVERIFY(closeTo(ClusterMetrics::adjustedRandIndex(result.labels, ours.labels).value(),
                            ClusterMetrics::adjustedRandIndex(theirs, ours.labels).value(), 1e-12));
        }
    }
};

QTEST_GUILESS_MAIN(TstSklearnParity)
#include "tst_sklearnparity.moc"
