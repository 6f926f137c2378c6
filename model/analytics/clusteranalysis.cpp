#include "model/analytics/clusteranalysis.h"

#include "analysis/clustermetrics.h"
#include "analysis/threadpool.h"
#include "model/analytics/clusterfeatures.h"
#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/segments/segmentrepository.h"
#include "model/selection/selectionsql.h"
#include "model/workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace swb {

namespace {

QJsonValue optionalJson(const std::optional<double>& value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray matrixJson(const RowMatrix& matrix)
{
    QJsonArray rows;
    for (Eigen::Index r = 0; r < matrix.rows(); ++r) {
        QJsonArray row;
        for (Eigen::Index c = 0; c < matrix.cols(); ++c)
            row << (std::isfinite(matrix(r, c)) ? QJsonValue(matrix(r, c)) : QJsonValue(QJsonValue::Null));
        rows << row;
    }
    return rows;
}

QString scalingName(ScalingMethod method)
{
    switch (method) {
    case ScalingMethod::ZScore:
        return QStringLiteral("zscore");
    case ScalingMethod::MinMax:
        return QStringLiteral("minmax");
    case ScalingMethod::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

QJsonObject ClusterRun::toJson() const
{
    QJsonArray sizes;
    for (const qint64 size : kmeans.sizes)
        sizes << size;
    QJsonArray profileList;
    for (const ClusterProfile& profile : profiles.clusters) {
        QJsonArray means, zScores;
        for (Eigen::Index f = 0; f < profile.mean.size(); ++f) {
            means << (std::isfinite(profile.mean(f)) ? QJsonValue(profile.mean(f)) : QJsonValue(QJsonValue::Null));
            zScores << (std::isfinite(profile.zScore(f)) ? QJsonValue(profile.zScore(f))
                                                         : QJsonValue(QJsonValue::Null));
        }
        profileList << QJsonObject{{QStringLiteral("cluster"), profile.cluster + 1},
                                   {QStringLiteral("size"), profile.size},
                                   {QStringLiteral("share"), profile.share},
                                   {QStringLiteral("label"), profile.label},
                                   {QStringLiteral("mean"), means},
                                   {QStringLiteral("z_score"), zScores}};
    }
    QJsonObject object{{QStringLiteral("k"), k},
                       {QStringLiteral("inertia"), kmeans.inertia},
                       {QStringLiteral("iterations"), kmeans.iterations},
                       {QStringLiteral("restart_sample_rows"), kmeans.restartSampleRows},
                       {QStringLiteral("sizes"), sizes},
                       {QStringLiteral("silhouette"), optionalJson(silhouette)},
                       {QStringLiteral("calinski_harabasz"), optionalJson(calinskiHarabasz)},
                       {QStringLiteral("davies_bouldin"), optionalJson(daviesBouldin)},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("dropped_rows"), droppedRows},
                       {QStringLiteral("features"), QJsonArray::fromStringList(features)},
                       {QStringLiteral("feature_labels"), QJsonArray::fromStringList(featureLabels)},
                       {QStringLiteral("centres"), matrixJson(centresOriginal)},
                       {QStringLiteral("profiles"), profileList},
                       {QStringLiteral("segments"), QJsonArray::fromStringList(savedSegments)}};
    if (runId > 0)
        object.insert(QStringLiteral("run_id"), runId);
    if (sweep) {
        QJsonArray ks, inertias, silhouettes, ch, db;
        for (const KSweepPoint& point : sweep->points) {
            ks << point.k;
            inertias << point.inertia;
            silhouettes << optionalJson(point.silhouette);
            ch << optionalJson(point.calinskiHarabasz);
            db << optionalJson(point.daviesBouldin);
        }
        object.insert(QStringLiteral("sweep"),
                      QJsonObject{{QStringLiteral("k"), ks},
                                  {QStringLiteral("inertia"), inertias},
                                  {QStringLiteral("silhouette"), silhouettes},
                                  {QStringLiteral("calinski_harabasz"), ch},
                                  {QStringLiteral("davies_bouldin"), db}});
        object.insert(QStringLiteral("suggested_k"), sweep->suggestedK);
        object.insert(QStringLiteral("elbow_k"), sweep->elbowK);
        object.insert(QStringLiteral("suggestion"), sweep->suggestionReason);
    }
    if (explanations) {
        QJsonArray list;
        for (const ClusterExplanation& explanation : *explanations)
            list << explanation.toJson();
        object.insert(QStringLiteral("explanations"), list);
    }
    return object;
}

std::optional<FeatureMatrix> ClusterAnalysis::loadFeatures(Workspace& workspace, const QStringList& features,
                                                           const Selection& selection, QString* error)
{
    return ClusterFeatures::load(workspace, features, selection, error);
}

ClusterOutcome ClusterAnalysis::run(Workspace& workspace, const ClusterRequest& request, const CancelCheck& cancel,
                                    const ProgressCallback& progress)
{
    QElapsedTimer timer;
    timer.start();
    ClusterOutcome outcome;
    const Selection selection = request.segment.isEmpty() ? Selection::all() : Selection::segment(request.segment);
    ClusterFeatures::Source source = ClusterFeatures::Source::Sqlite;
    const auto matrix = ClusterFeatures::load(workspace, request.features, selection, &outcome.error, &source);
    if (!matrix)
        return outcome;
    const double load = double(timer.nsecsElapsed()) / 1e9;
    if (progress)
        progress(5);
    outcome = runOnMatrix(*matrix, workspace.fields(), request, cancel, [&progress](int percent) {
        if (progress)
            progress(5 + percent * 92 / 100);
    });
    if (!outcome.run)
        return outcome;
    ClusterRun& run = *outcome.run;
    run.timings.load = load;
    run.timings.featureSource = source == ClusterFeatures::Source::Memory ? QStringLiteral("memory")
        : source == ClusterFeatures::Source::Copy                         ? QStringLiteral("copy")
                                                                          : QStringLiteral("sqlite");
    QElapsedTimer stageTimer;
    stageTimer.start();
    if (request.explain) {
        ClusterExplainInput input;
        input.features = request.features;
        input.original = &run.original;
        input.rowIds = &run.rowIds;
        input.labels = &run.kmeans.labels;
        input.k = run.k;
        input.seed = request.seed;
        run.explanations = ClusterExplainer::explain(workspace, input, &outcome.error);
        if (!run.explanations) {
            outcome.run.reset();
            return outcome;
        }
    }
    run.timings.explain = double(stageTimer.nsecsElapsed()) / 1e9;
    stageTimer.start();
    if (!request.saveAsPrefix.isEmpty() && !save(workspace, request, &run, &outcome.error)) {
        outcome.run.reset();
        return outcome;
    }
    run.timings.save = double(stageTimer.nsecsElapsed()) / 1e9;
    if (progress)
        progress(100);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return outcome;
}

ClusterOutcome ClusterAnalysis::runOnMatrix(const FeatureMatrix& featureMatrix, const QList<FieldInfo>& catalog,
                                            const ClusterRequest& request, const CancelCheck& cancel,
                                            const ProgressCallback& progress)
{
    QElapsedTimer timer;
    timer.start();
    QElapsedTimer stageTimer;
    stageTimer.start();
    // Seconds since the previous lap.
    auto lap = [&stageTimer] {
        const qint64 nanoseconds = stageTimer.nsecsElapsed();
        stageTimer.start();
        return double(nanoseconds) / 1e9;
    };
    ClusterTimings timings;
    ClusterOutcome outcome;
    auto report = [&](int percent) {
        if (progress)
            progress(percent);
    };
    // Maps a sub-task's 0..100 onto [from, to] of the whole run.
    auto stage = [&](int from, int to) {
        return ProgressCallback([&report, from, to](int percent) { report(from + (to - from) * percent / 100); });
    };

    const FeatureMatrix* matrix = &featureMatrix;
    FeaturePipelineOptions pipelineOptions;
    pipelineOptions.scaling = request.scaling;
    pipelineOptions.logFeatures = request.logFeatures;
    PreparedFeatures prepared = FeaturePipeline::prepare(*matrix, pipelineOptions);
    if (!prepared.ok()) {
        outcome.error = prepared.error;
        return outcome;
    }
    timings.prepare = lap();
    report(10);

    ClusterRun run;
    run.features = request.features;
    // Profiles speak the user's language: original headers, and dates as the days since them.
    for (const QString& name : request.features) {
        const auto field = FieldCatalog::findByName(catalog, name);
        const QString header = field ? fieldLabel(*field) : name;
        run.featureLabels << (field && isTemporal(field->type) ? tr("days since %1").arg(header) : header);
    }
    run.rows = prepared.scaled.rows();
    run.droppedRows = prepared.droppedRows;
    run.rowIds = prepared.rowIds;
    KMeansOptions options;
    options.nInit = request.nInit;
    options.restartSampleRows = request.restartSampleRows;
    options.seed = request.seed;
    options.threads = request.threads;
    options.featureNames = run.featureLabels;
    if (request.k > 0) {
        options.k = request.k;
        KMeans kmeans(prepared.scaled, request.threads, request.features);
        if (!kmeans.error().isEmpty()) {
            outcome.error = kmeans.error();
            return outcome;
        }
        run.kmeans = kmeans.cluster(options, cancel, stage(10, 80));
        timings.kmeans = lap();
        if (run.kmeans.canceled || (cancel && cancel())) {
            outcome.canceled = true;
            outcome.error = tr("The clustering was cancelled.");
            return outcome;
        }
        if (!run.kmeans.ok()) {
            outcome.error = run.kmeans.error;
            return outcome;
        }
        run.silhouette = ClusterMetrics::silhouette(prepared.scaled, run.kmeans.labels, 10000, request.seed,
                                                    &kmeans.pool(), cancel);
        timings.silhouette = lap();
        const ClusterMetrics::SeparationIndices indices
            = ClusterMetrics::separation(prepared.scaled, run.kmeans.labels, &kmeans.pool());
        run.calinskiHarabasz = indices.calinskiHarabasz;
        run.daviesBouldin = indices.daviesBouldin;
        timings.indices = lap();
        run.k = request.k;
    } else {
        KSweepOptions sweepOptions;
        sweepOptions.kMin = request.kMin;
        sweepOptions.kMax = request.kMax;
        sweepOptions.kmeans = options;
        KSweepResult sweep = KMeansSweep::run(prepared.scaled, sweepOptions, cancel, stage(10, 90));
        lap();
        timings.kmeans = sweep.kmeansSeconds;
        timings.silhouette = sweep.silhouetteSeconds;
        timings.indices = sweep.indicesSeconds;
        if (sweep.canceled || (cancel && cancel())) {
            outcome.canceled = true;
            outcome.error = tr("The clustering was cancelled.");
            return outcome;
        }
        if (!sweep.ok()) {
            outcome.error = sweep.error;
            return outcome;
        }
        run.k = sweep.suggestedK;
        for (qsizetype i = 0; i < sweep.points.size(); ++i) {
            if (sweep.points.at(i).k != run.k)
                continue;
            run.kmeans = sweep.results.at(size_t(i));
            run.silhouette = sweep.points.at(i).silhouette;
            run.calinskiHarabasz = sweep.points.at(i).calinskiHarabasz;
            run.daviesBouldin = sweep.points.at(i).daviesBouldin;
        }
        sweep.results.clear(); // the chosen k's result is kept in run.kmeans
        run.sweep = std::move(sweep);
    }
    report(92);
    run.centresOriginal = prepared.toOriginalUnits(run.kmeans.centres);
    run.profiles = ClusterProfiler::describe(prepared.original, run.kmeans.labels, run.k, run.featureLabels);
    timings.profiles = lap();
    ThreadPool pool(request.threads);
    run.projection = Pca::project(prepared.scaled, request.pcaSample, request.seed, &pool);
    timings.pca = lap();
    report(95);
    run.original = std::move(prepared.original);
    report(100);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.timings = timings;
    outcome.run = std::move(run);
    return outcome;
}

bool ClusterAnalysis::save(Workspace& workspace, const ClusterRequest& request, ClusterRun* run, QString* error)
{
    Database& db = workspace.db();
    const QJsonObject parameters{{QStringLiteral("k"), request.k},
                                 {QStringLiteral("k_min"), request.kMin},
                                 {QStringLiteral("k_max"), request.kMax},
                                 {QStringLiteral("n_init"), request.nInit},
                                 {QStringLiteral("restart_sample"), request.restartSampleRows},
                                 {QStringLiteral("seed"), QString::number(request.seed)},
                                 {QStringLiteral("scaling"), scalingName(request.scaling)},
                                 {QStringLiteral("log"), QJsonArray::fromStringList(request.logFeatures)},
                                 {QStringLiteral("segment"), request.segment}};
    Statement insert = db.prepare(
        QStringLiteral("INSERT INTO cluster_runs(created_at, features, parameters, k, inertia, silhouette, "
                       "calinski_harabasz, davies_bouldin, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        error);
    if (!insert.isValid())
        return false;
    auto bindOptional = [&insert](int index, const std::optional<double>& value) {
        if (value)
            insert.bind(index, *value);
        else
            insert.bindNull(index);
    };
    insert.bind(1, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    insert.bind(
        2,
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(request.features)).toJson(QJsonDocument::Compact)));
    insert.bind(3, QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact)));
    insert.bind(4, qint64(run->k));
    insert.bind(5, run->kmeans.inertia);
    bindOptional(6, run->silhouette);
    bindOptional(7, run->calinskiHarabasz);
    bindOptional(8, run->daviesBouldin);
    insert.bind(9, QString::fromUtf8(QJsonDocument(run->toJson()).toJson(QJsonDocument::Compact)));
    if (!insert.run()) {
        if (error)
            *error = insert.errorMessage();
        return false;
    }
    run->runId = db.lastInsertRowId();
    if (request.saveAsPrefix.isEmpty())
        return true; // the run alone (the window names its segments after the labels, on request)

    SegmentRepository segments(workspace);
    std::vector<std::vector<qint64>> members(size_t(run->k));
    for (size_t row = 0; row < run->kmeans.labels.size(); ++row)
        members[size_t(run->kmeans.labels[row])].push_back(run->rowIds[row]);
    for (int cluster = 0; cluster < run->k; ++cluster) {
        const QString name
            = segments.uniqueName(QStringLiteral("%1 %2").arg(request.saveAsPrefix, QString::number(cluster + 1)));
        const QString label
            = cluster < run->profiles.clusters.size() ? run->profiles.clusters.at(cluster).label : QString();
        if (!segments.saveStaticFromRowIds(name, members[size_t(cluster)], QStringLiteral("cluster"), error))
            return false;
        segments.setDescription(
            name,
            tr("Cluster %1 of %2 (run %3): %4")
                .arg(QString::number(cluster + 1), QString::number(run->k), QString::number(run->runId), label),
            QString(), nullptr);
        run->savedSegments << name;
    }
    return true;
}

} // namespace swb
