// Clusters the same data for a range of k and suggests one (elbow of the inertia curve + silhouette).
#pragma once

#include "analysis/kmeans.h"

#include <optional>

namespace swb {

struct KSweepOptions
{
    int kMin = 2;
    int kMax = 10;
    KMeansOptions kmeans; // k is replaced by each value of the range; seed, n_init, threads, ... apply
    int silhouetteSampleSize = 10000; // exact silhouette up to this many rows, else on a seeded sample
    bool keepResults = true; // keep every k's labels and centres (else only the per-k figures)
};

struct KSweepPoint
{
    int k = 0;
    double inertia = 0;
    int iterations = 0;
    std::optional<double> silhouette; // higher is better, in [-1, 1]
    std::optional<double> calinskiHarabasz; // higher is better
    std::optional<double> daviesBouldin; // lower is better
};

struct KSweepResult
{
    QList<KSweepPoint> points;
    std::vector<KMeansResult> results; // one per k when keepResults
    int elbowK = 0; // 0 when fewer than 3 values of k
    int suggestedK = 0;
    QString suggestionReason; // one translated sentence
    bool canceled = false;
    QString error;
    // Wall time over all k (diagnostics).
    double kmeansSeconds = 0;
    double silhouetteSeconds = 0;
    double indicesSeconds = 0; // Calinski-Harabasz and Davies-Bouldin

    bool ok() const { return error.isEmpty() && !canceled; }
};

class KMeansSweep
{
    Q_DECLARE_TR_FUNCTIONS(swb::KMeansSweep)

public:
    static KSweepResult run(const RowMatrix& data, const KSweepOptions& options, const CancelCheck& cancel = {},
                            const ProgressCallback& progress = {});

    // The elbow of a decreasing curve: the point farthest below the chord joining its first and last points,
    // both axes normalised to [0, 1] (the "kneedle" idea). Returns an index into ks; -1 for fewer than 3 points
    // or when no point is at least 0.01 below the chord (a straight line has no elbow).
    static int elbowIndex(const QList<int>& ks, const QList<double>& inertias);

    // The rule: the k with the highest silhouette; k whose silhouette is within 0.01 of the best count as tied,
    // and among tied ones the k nearest the elbow wins (then the smaller k). Without any silhouette: the elbow,
    // else the smallest k. Fills suggestedK, elbowK and suggestionReason.
    static void suggest(KSweepResult* result);
};

} // namespace swb
