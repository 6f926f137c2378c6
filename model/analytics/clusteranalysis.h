// k-means clustering of the workspace's customers: reads the chosen fields, runs analysis/, saves the run.
#pragma once

#include "analysis/clusterprofile.h"
#include "analysis/featurepipeline.h"
#include "analysis/jobcallbacks.h"
#include "analysis/kmeans.h"
#include "analysis/kmeanssweep.h"
#include "analysis/pca.h"
#include "model/analytics/clusterexplainer.h"
#include "model/selection/selection.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace swb {

class Database;
class Workspace;

struct ClusterRequest
{
    QStringList features; // numeric or date columns of `customers` (dates become days before the as-of date)
    int k = 0; // > 0: one k; 0: sweep kMin..kMax and use the suggested k
    int kMin = 2;
    int kMax = 10;
    int nInit = 10;
    // Restarts compared on a seeded sample of this many rows when there are at least 4 times as many (KMeansOptions::
    // restartSampleRows); 0: every restart on all rows.
    int restartSampleRows = 100000;
    quint64 seed = 0;
    int threads = 0; // 0: all cores
    ScalingMethod scaling = ScalingMethod::ZScore;
    QStringList logFeatures; // log1p before scaling
    QString segment; // cluster only this saved segment's customers (empty: everyone)
    QString saveAsPrefix; // non-empty: save the run and one static segment per cluster, "PREFIX 1", …
    int pcaSample = 5000; // points of the 2-D projection for drawing
    bool explain = false; // explain each cluster as a rule (ClusterExplainer)
};

// Where the wall time of a run went (diagnostics: `swb cluster --timings`, the pipeline benchmark).
struct ClusterTimings
{
    QString featureSource; // "memory" (a column store another job holds), "copy" (its file), "sqlite", "server"
    double load = 0; // the features, including the selection
    double prepare = 0; // missing values, log1p, scaling
    double kmeans = 0; // all fits (a sweep: every k)
    double silhouette = 0;
    double indices = 0; // Calinski-Harabasz and Davies-Bouldin
    double pca = 0;
    double profiles = 0; // profiles and centres in original units
    double explain = 0;
    double save = 0;
};

struct ClusterRun
{
    qint64 runId = 0; // in `cluster_runs`, when saved
    int k = 0;
    qint64 rows = 0; // clustered customers
    qint64 droppedRows = 0; // left out for a missing value
    QStringList features;
    QStringList featureLabels; // original headers; "days since …" for dates
    KMeansResult kmeans; // labels per clustered row, centres in the scaled space, inertia (scaled space)
    std::vector<qint64> rowIds; // customers rowid per clustered row
    RowMatrix original; // the clustered rows in original units (what the explainer reads); not in toJson
    RowMatrix centresOriginal; // k x features, original units
    std::optional<double> silhouette;
    std::optional<double> calinskiHarabasz;
    std::optional<double> daviesBouldin;
    std::optional<KSweepResult> sweep; // when k was not given
    ClusterProfiles profiles;
    PcaProjection projection;
    QStringList savedSegments;
    std::optional<std::vector<ClusterExplanation>> explanations; // when asked for, in cluster order
    double seconds = 0.0;
    ClusterTimings timings;

    // Stable keys: k, inertia, iterations, sizes, silhouette, calinski_harabasz, davies_bouldin, seconds; with a
    // sweep also "sweep" {k: […], inertia: […], silhouette: […], calinski_harabasz: […], davies_bouldin: […]}
    // and suggested_k; plus rows, dropped_rows, features, centres, profiles, run_id, segments; when explained,
    // "explanations" [{cluster, rule, matched, true_positives, precision, recall, f1}, …] in cluster order.
    QJsonObject toJson() const;
};

struct ClusterOutcome
{
    std::optional<ClusterRun> run;
    QString error;
    bool canceled = false;
};

class ClusterAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(swb::ClusterAnalysis)

public:
    // The chosen columns of the selected customers as a matrix (NULL → NaN), row ids = customers rowid, in rowid
    // order: ClusterFeatures::load (the column store at hand, else SQLite).
    static std::optional<FeatureMatrix> loadFeatures(Workspace& workspace, const QStringList& features,
                                                     const Selection& selection, QString* error);

    static ClusterOutcome run(Workspace& workspace, const ClusterRequest& request, const CancelCheck& cancel = {},
                              const ProgressCallback& progress = {});
    // The clustering of `matrix` (features as `request.features`, described by `catalog`): scaling, k-means or the
    // sweep, metrics, profiles and projection; no explanation, nothing saved (a server's features come this way).
    // `timings.load` is the caller's.
    static ClusterOutcome runOnMatrix(const FeatureMatrix& matrix, const QList<FieldInfo>& catalog,
                                      const ClusterRequest& request, const CancelCheck& cancel = {},
                                      const ProgressCallback& progress = {});

    // Records a finished run in `cluster_runs` and, with a prefix, saves one static segment per cluster.
    static bool save(Workspace& workspace, const ClusterRequest& request, ClusterRun* run, QString* error);
};

} // namespace swb
