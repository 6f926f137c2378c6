// The saved clustering runs of a workspace (`cluster_runs`) for the window: list them, reopen one (its request, so
// that the same seed gives the same clusters again, and its stored sweep), keep the labels a user gave the
// clusters with the run, record a run the window made, and save clusters as static segments named after them.
#pragma once

#include "model/analytics/clusteranalysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <optional>

namespace swb {

struct ClusterRunRecord
{
    qint64 id = 0;
    QString createdAt; // UTC, "yyyy-MM-dd HH:mm:ss"
    int k = 0; // the k the run showed
    QStringList features;
    std::optional<double> silhouette;
    qint64 rows = 0;
    ClusterRequest request; // as run; k is the shown k, kMin/kMax the sweep's range when there was one
    bool swept = false; // the run swept a range of k
    std::optional<KSweepResult> sweep; // its figures per k (no labels)
    QHash<int, QStringList> labels; // labels the user edited, per k
};

struct ClusterSegmentsSaved
{
    QStringList names; // in cluster order
    QList<qint64> sizes;
    QString error;
};

class ClusterRuns
{
    Q_DECLARE_TR_FUNCTIONS(swb::ClusterRuns)

public:
    // Newest first.
    static std::optional<QList<ClusterRunRecord>> list(Workspace& workspace, QString* error);
    static std::optional<ClusterRunRecord> load(Workspace& workspace, qint64 id, QString* error);
    // Records a finished run (without segments); sets run->runId.
    static bool record(Workspace& workspace, const ClusterRequest& request, ClusterRun* run, QString* error);
    // Keeps `labels` (one per cluster) for the run's clustering with k clusters.
    static bool setLabels(Workspace& workspace, qint64 id, int k, const QStringList& labels, QString* error);
    // One static segment per cluster of `run`, named `names[cluster]` (made unique), all or none.
    static ClusterSegmentsSaved saveSegments(Workspace& workspace, const ClusterRun& run, const QStringList& names);

    // The same on a workspace file, for a job (each opens its own connection).
    static std::optional<QList<ClusterRunRecord>> list(const QString& path, QString* error);
    static std::optional<ClusterRunRecord> load(const QString& path, qint64 id, QString* error);
    static bool setLabels(const QString& path, qint64 id, int k, const QStringList& labels, QString* error);
    // Records `run`; its id in `cluster_runs`, or 0 with the reason in `error`.
    static qint64 record(const QString& path, const ClusterRequest& request, ClusterRun run, QString* error);
    static ClusterSegmentsSaved saveSegments(const QString& path, const ClusterRun& run, const QStringList& names);

    // The customer key of each of `rowIds` (customers rowids), in that order (the scatter's tooltips).
    static std::optional<QStringList> customerKeys(const QString& path, const std::vector<qint64>& rowIds,
                                                   QString* error);

    // The request stored in a run's `parameters` (and `features`) column.
    static ClusterRequest requestFromParameters(const QJsonObject& parameters, const QStringList& features);
    // The figures per k stored in a run's result ("sweep", "suggested_k", …); nullopt without a sweep.
    static std::optional<KSweepResult> sweepFromResult(const QJsonObject& result);
};

} // namespace swb
