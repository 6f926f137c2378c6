#include "analysis/kmeanssweep.h"

#include "analysis/clustermetrics.h"

#include <QElapsedTimer>
#include <QLocale>

#include <cmath>

namespace swb {

int KMeansSweep::elbowIndex(const QList<int>& ks, const QList<double>& inertias)
{
    const qsizetype n = std::min(ks.size(), inertias.size());
    if (n < 3)
        return -1;
    const double k0 = ks.first();
    const double k1 = ks.at(n - 1);
    const double top = inertias.first();
    const double bottom = inertias.at(n - 1);
    if (k1 == k0 || top == bottom)
        return -1;
    // A (nearly) straight curve has no elbow: the bend must reach 1% of the normalised range.
    int best = -1;
    double bestGap = 0.01;
    for (qsizetype i = 1; i + 1 < n; ++i) {
        const double x = (ks.at(i) - k0) / (k1 - k0);
        const double y = (inertias.at(i) - bottom) / (top - bottom); // 1 at the first k, 0 at the last
        const double gap = (1.0 - x) - y; // how far below the chord
        if (gap > bestGap) {
            bestGap = gap;
            best = int(i);
        }
    }
    return best;
}

void KMeansSweep::suggest(KSweepResult* result)
{
    QList<int> ks;
    QList<double> inertias;
    for (const KSweepPoint& point : result->points) {
        ks.append(point.k);
        inertias.append(point.inertia);
    }
    const int elbow = elbowIndex(ks, inertias);
    result->elbowK = elbow >= 0 ? ks.at(elbow) : 0;
    const QLocale locale;

    double bestSilhouette = -std::numeric_limits<double>::infinity();
    for (const KSweepPoint& point : result->points) {
        if (point.silhouette)
            bestSilhouette = std::max(bestSilhouette, *point.silhouette);
    }
    if (!std::isfinite(bestSilhouette)) {
        result->suggestedK = result->elbowK > 0 ? result->elbowK : (ks.isEmpty() ? 0 : ks.first());
        result->suggestionReason = result->elbowK > 0
            ? tr("k = %1 is at the elbow of the inertia curve (no silhouette could be computed).").arg(result->elbowK)
            : tr("No silhouette could be computed and the range is too short for an elbow; k = %1 is the smallest "
                 "tried.")
                  .arg(result->suggestedK);
        return;
    }
    constexpr double tieBand = 0.01;
    int chosen = 0;
    int tied = 0;
    for (const KSweepPoint& point : result->points) {
        if (!point.silhouette || *point.silhouette < bestSilhouette - tieBand)
            continue;
        ++tied;
        if (chosen == 0) {
            chosen = point.k;
            continue;
        }
        if (result->elbowK > 0 && std::abs(point.k - result->elbowK) < std::abs(chosen - result->elbowK))
            chosen = point.k;
    }
    result->suggestedK = chosen;
    double chosenSilhouette = 0;
    for (const KSweepPoint& point : result->points) {
        if (point.k == chosen)
            chosenSilhouette = point.silhouette.value_or(0);
    }
    if (tied <= 1) {
        result->suggestionReason
            = tr("k = %1 has the highest silhouette (%2).").arg(chosen).arg(locale.toString(chosenSilhouette, 'f', 3));
    } else if (result->elbowK > 0) {
        result->suggestionReason = tr("k = %1: its silhouette (%2) is within %3 of the best, and of those it is the "
                                      "nearest to the elbow of the inertia curve (k = %4).")
                                       .arg(chosen)
                                       .arg(locale.toString(chosenSilhouette, 'f', 3))
                                       .arg(locale.toString(tieBand, 'f', 2))
                                       .arg(result->elbowK);
    } else {
        result->suggestionReason = tr("k = %1: its silhouette (%2) is within %3 of the best, and it is the smallest "
                                      "such k.")
                                       .arg(chosen)
                                       .arg(locale.toString(chosenSilhouette, 'f', 3))
                                       .arg(locale.toString(tieBand, 'f', 2));
    }
}

KSweepResult KMeansSweep::run(const RowMatrix& data, const KSweepOptions& options, const CancelCheck& cancel,
                              const ProgressCallback& progress)
{
    KSweepResult result;
    if (options.kMin < 1 || options.kMax < options.kMin) {
        result.error = tr("The range of k must go from at least 1 up, not %1 to %2.")
                           .arg(QString::number(options.kMin), QString::number(options.kMax));
        return result;
    }
    KMeans engine(data, options.kmeans.threads, options.kmeans.featureNames);
    if (!engine.error().isEmpty()) {
        result.error = engine.error();
        return result;
    }
    // Before any k is tried: a range past the rows or the distinct points would otherwise fail only at its end.
    if (options.kMax > engine.rows()) {
        result.error
            = tr("Cannot form up to %1 clusters from %n row(s). Choose a range up to %n.", nullptr, engine.rows())
                  .arg(options.kMax);
        return result;
    }
    if (const int distinct = engine.distinctPoints(options.kMax); distinct < options.kMax) {
        result.error = tr("The data has only %n distinct point(s), fewer than the largest k asked for (%1). Choose "
                          "a range up to %n.",
                          nullptr, distinct)
                           .arg(options.kMax);
        return result;
    }
    const int steps = options.kMax - options.kMin + 1;
    int lastPercent = 0;
    QElapsedTimer timer;
    auto lap = [&timer] {
        return double(timer.nsecsElapsed()) / 1e9;
    };
    for (int k = options.kMin; k <= options.kMax; ++k) {
        const int step = k - options.kMin;
        auto report = [&](double fraction) {
            lastPercent = std::max(lastPercent, std::min(99, int(100.0 * (step + fraction) / steps)));
            if (progress)
                progress(lastPercent);
        };
        KMeansOptions kOptions = options.kmeans;
        kOptions.k = k;
        kOptions.initialCentres = {}; // start centres cannot fit every k
        // k-means is ~80% of a step, the indices the rest.
        timer.start();
        KMeansResult run = engine.cluster(kOptions, cancel, [&](int percent) { report(0.8 * percent / 100.0); });
        if (run.canceled) {
            result.canceled = true;
            return result;
        }
        if (!run.error.isEmpty()) {
            result.error = run.error;
            return result;
        }
        result.kmeansSeconds += lap();
        timer.start();
        KSweepPoint point;
        point.k = k;
        point.inertia = run.inertia;
        point.iterations = run.iterations;
        point.silhouette = ClusterMetrics::silhouette(data, run.labels, options.silhouetteSampleSize,
                                                      options.kmeans.seed, &engine.pool(), cancel);
        if (cancel && cancel()) {
            result.canceled = true;
            return result;
        }
        result.silhouetteSeconds += lap();
        timer.start();
        report(0.9);
        const ClusterMetrics::SeparationIndices indices = ClusterMetrics::separation(data, run.labels, &engine.pool());
        point.calinskiHarabasz = indices.calinskiHarabasz;
        point.daviesBouldin = indices.daviesBouldin;
        result.indicesSeconds += lap();
        report(1.0);
        result.points.append(point);
        if (options.keepResults)
            result.results.push_back(std::move(run));
    }
    suggest(&result);
    if (progress)
        progress(100);
    return result;
}

} // namespace swb
