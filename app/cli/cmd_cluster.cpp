// `swb cluster`: k-means on chosen customer fields, a k sweep with a suggested k, saving clusters as segments.
#include "analysis/threadpool.h"
#include "app/cli/cli.h"
#include "model/analytics/clusterservice.h"
#include "model/postgres/pgworkspace.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>

namespace swb::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("swb::cli::cluster", text);
}

// Far above what segmentation uses, and low enough that a typo does not run for minutes before failing.
constexpr int maxClusters = 1000;
constexpr int maxSweepK = 100;
constexpr int maxRestarts = 1000;

bool positive(const QString& text, int* value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && *value > 0;
}

void printTimings(const ClusterRun& run)
{
    const ClusterTimings& t = run.timings;
    auto ms = [](double seconds) {
        return QString::number(seconds * 1000.0, 'f', 1);
    };
    const QString text = tr("timings (ms): features %1 (from %2), scaling %3, k-means %4, silhouette %5, "
                            "Calinski-Harabasz and Davies-Bouldin %6, PCA %7, profiles %8, explain %9, save %10, "
                            "total %11\n")
                             .arg(ms(t.load), t.featureSource, ms(t.prepare), ms(t.kmeans), ms(t.silhouette),
                                  ms(t.indices), ms(t.pca), ms(t.profiles), ms(t.explain))
                             .arg(ms(t.save), ms(run.seconds));
    const QString fits = tr("chosen k: %1 Lloyd iterations over all restarts, seeding %2 ms, iterations %3 ms\n")
                             .arg(QString::number(run.kmeans.totalIterations), ms(run.kmeans.seedingSeconds),
                                  ms(run.kmeans.lloydSeconds));
    std::fputs((text + fits).toLocal8Bit().constData(), stderr);
}

int runCluster(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("k-means clustering of customers on numeric fields (dates count as days "
                                        "before the as-of date). Rows with a missing value are left out and counted. "
                                        "The inertia is reported in the scaled space."));
    parser.addOptions({
        workspaceOption(),
        {QStringLiteral("features"), tr("Comma-separated fields to cluster on."), tr("a,b,c")},
        {QStringLiteral("k"), tr("Number of clusters."), tr("N")},
        {QStringLiteral("k-range"), tr("Try every k in the range and use the suggested one, e.g. 2-10."), tr("A-B")},
        {QStringLiteral("n-init"), tr("Restarts; the lowest inertia wins (default 10)."), tr("N"),
         QStringLiteral("10")},
        {QStringLiteral("restart-sample"),
         tr("Compare the restarts on a seeded sample of N rows and iterate only the best one on all rows, when there "
            "are at least 4 x N rows (default 100000; 0: every restart on all rows, as scikit-learn's KMeans)."),
         tr("N"), QStringLiteral("100000")},
        {QStringLiteral("seed"), tr("Random seed (default 0)."), tr("S"), QStringLiteral("0")},
        {QStringLiteral("scale"), tr("zscore (default), minmax or none."), tr("METHOD"), QStringLiteral("zscore")},
        {QStringLiteral("log"), tr("Fields to transform with log1p before scaling."), tr("a,b")},
        {QStringLiteral("threads"), tr("Worker threads (default: all cores)."), tr("N"), QStringLiteral("0")},
        {QStringLiteral("segment"), tr("Cluster only this saved segment's customers."), tr("NAME")},
        {QStringLiteral("save-as"), tr("Save the run and one static segment per cluster: PREFIX 1, PREFIX 2, …"),
         tr("PREFIX")},
        {QStringLiteral("explain"),
         tr("Explain each cluster as a segment rule (a decision tree of depth 3 on the original values), with its "
            "precision and recall on the clustered customers.")},
        {QStringLiteral("timings"),
         tr("Also print where the time went (loading, scaling, k-means, indices, PCA, profiles) to stderr.")},
        jsonOption(),
    });
    int exitCode = Ok;
    if (!parseWithWorkspace(parser, arguments, &exitCode) || !require(parser, QStringLiteral("features"), &exitCode))
        return exitCode;
    ClusterRequest request;
    request.features = splitList(parser.value(QStringLiteral("features")));
    request.logFeatures = splitList(parser.value(QStringLiteral("log")));
    request.segment = parser.value(QStringLiteral("segment"));
    request.saveAsPrefix = parser.value(QStringLiteral("save-as")).trimmed();
    request.explain = parser.isSet(QStringLiteral("explain"));
    if (parser.isSet(QStringLiteral("k")) == parser.isSet(QStringLiteral("k-range")))
        return fail(tr("Give either --k or --k-range."), Usage);
    if (parser.isSet(QStringLiteral("k"))
        && (!positive(parser.value(QStringLiteral("k")), &request.k) || request.k > maxClusters))
        return fail(tr("--k needs a whole number from 1 to %1.").arg(maxClusters), Usage);
    if (parser.isSet(QStringLiteral("k-range"))) {
        const auto match = QRegularExpression(QStringLiteral("^\\s*(\\d+)\\s*-\\s*(\\d+)\\s*$"))
                               .match(parser.value(QStringLiteral("k-range")));
        if (!match.hasMatch())
            return fail(tr("--k-range needs two numbers such as 2-10."), Usage);
        request.kMin = match.captured(1).toInt();
        request.kMax = match.captured(2).toInt();
        if (request.kMin < 1 || request.kMax < request.kMin)
            return fail(tr("--k-range needs 1 <= first <= last, such as 2-10."), Usage);
        if (request.kMax > maxSweepK)
            return fail(tr("--k-range goes up to %1 at most (a sweep runs k-means once for every k in it); choose a "
                           "range such as 2-10.")
                            .arg(maxSweepK),
                        Usage);
    }
    if (!positive(parser.value(QStringLiteral("n-init")), &request.nInit) || request.nInit > maxRestarts)
        return fail(tr("--n-init needs a whole number from 1 to %1.").arg(maxRestarts), Usage);
    bool ok = false;
    request.restartSampleRows = parser.value(QStringLiteral("restart-sample")).toInt(&ok);
    if (!ok || request.restartSampleRows < 0)
        return fail(tr("--restart-sample needs a whole number of rows, 0 or more."), Usage);
    request.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(tr("--seed needs a non-negative whole number."), Usage);
    request.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || request.threads < 0 || request.threads > ThreadPool::maxThreads)
        return fail(tr("--threads needs a whole number from 0 (all cores) to %1.").arg(ThreadPool::maxThreads), Usage);
    const QString scale = parser.value(QStringLiteral("scale"));
    if (scale == QLatin1String("zscore"))
        request.scaling = ScalingMethod::ZScore;
    else if (scale == QLatin1String("minmax"))
        request.scaling = ScalingMethod::MinMax;
    else if (scale == QLatin1String("none"))
        request.scaling = ScalingMethod::None;
    else
        return fail(tr("--scale must be zscore, minmax or none."), Usage);

    if (PgWorkspace::isUri(parser.value(QStringLiteral("db"))) && request.explain)
        return fail(tr("On a PostgreSQL server, swb cluster does not explain the clusters as rules so far (--explain "
                       "works on workspace files)."));
    const ClusterOutcome outcome = ClusterService::compute(parser.value(QStringLiteral("db")), request);
    if (!outcome.run)
        return fail(outcome.error);
    const ClusterRun& run = *outcome.run;
    if (parser.isSet(QStringLiteral("timings")))
        printTimings(run);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(run.toJson());
        return Ok;
    }
    QString text = tr("k = %1 on %2 customers (%3 left out for a missing value), inertia %4, %5 iterations, %6 s\n")
                       .arg(QString::number(run.k), QString::number(run.rows), QString::number(run.droppedRows),
                            QString::number(run.kmeans.inertia, 'g', 8), QString::number(run.kmeans.iterations),
                            QString::number(run.seconds, 'f', 2));
    text += tr("silhouette %1, Calinski-Harabasz %2, Davies-Bouldin %3\n")
                .arg(run.silhouette ? QString::number(*run.silhouette, 'f', 3) : tr("n/a"),
                     run.calinskiHarabasz ? QString::number(*run.calinskiHarabasz, 'f', 1) : tr("n/a"),
                     run.daviesBouldin ? QString::number(*run.daviesBouldin, 'f', 3) : tr("n/a"));
    if (run.sweep)
        text += run.sweep->suggestionReason + QLatin1Char('\n');
    for (const ClusterProfile& profile : run.profiles.clusters)
        text += tr("cluster %1: %2 customers (%3%) — %4\n")
                    .arg(QString::number(profile.cluster + 1), QString::number(profile.size),
                         QString::number(profile.share * 100.0, 'f', 1), profile.label);
    if (run.explanations) {
        for (const ClusterExplanation& explanation : *run.explanations)
            text += tr("cluster %1 as a rule: %2\n  selects %3 of the clustered customers, %4 of them in the cluster: "
                       "precision %5, recall %6, F1 %7\n")
                        .arg(QString::number(explanation.cluster + 1), explanation.description,
                             QString::number(explanation.matched), QString::number(explanation.truePositives),
                             QString::number(explanation.precision, 'f', 3),
                             QString::number(explanation.recall, 'f', 3), QString::number(explanation.f1, 'f', 3));
    }
    if (!run.savedSegments.isEmpty())
        text += tr("saved segments: %1\n").arg(run.savedSegments.join(QStringLiteral(", ")));
    print(text);
    return Ok;
}

const Registrar registrar("cluster", "k-means clustering, k sweep, cluster profiles", &runCluster);

} // namespace
} // namespace swb::cli
