#include "model/analytics/clusterruns.h"

#include "model/database.h"
#include "model/segments/segmentrepository.h"
#include "model/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace swb {

namespace {

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

std::optional<double> optionalDouble(const QJsonValue& value)
{
    return value.isDouble() && std::isfinite(value.toDouble()) ? std::optional<double>(value.toDouble()) : std::nullopt;
}

const QString s_userLabels = QStringLiteral("user_labels");

QHash<int, QStringList> labelsOf(const QJsonObject& result)
{
    QHash<int, QStringList> labels;
    const QJsonObject stored = result.value(s_userLabels).toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        labels.insert(it.key().toInt(), stringList(it.value()));
    return labels;
}

const char* s_columns = "SELECT id, created_at, features, parameters, k, silhouette, result FROM cluster_runs";

ClusterRunRecord recordFrom(const Statement& stmt)
{
    ClusterRunRecord record;
    record.id = stmt.toInt64(0);
    record.createdAt = stmt.toString(1);
    record.features = stringList(QJsonDocument::fromJson(stmt.toUtf8(2)).array());
    const QJsonObject parameters = parseObject(stmt.toString(3));
    record.k = int(stmt.toInt64(4));
    record.silhouette = stmt.isNull(5) ? std::nullopt : std::optional<double>(stmt.toDouble(5));
    const QJsonObject result = parseObject(stmt.toString(6));
    record.rows = result.value(QStringLiteral("rows")).toInteger();
    record.request = ClusterRuns::requestFromParameters(parameters, record.features);
    record.swept = record.request.k <= 0;
    record.request.k = record.k;
    record.sweep = ClusterRuns::sweepFromResult(result);
    record.labels = labelsOf(result);
    return record;
}

template<typename R, typename F>
R onWorkspace(const QString& path, QString* error, R failed, F work)
{
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, error);
    return workspace ? work(*workspace) : failed;
}

} // namespace

ClusterRequest ClusterRuns::requestFromParameters(const QJsonObject& parameters, const QStringList& features)
{
    ClusterRequest request;
    request.features = features;
    request.k = parameters.value(QStringLiteral("k")).toInt();
    request.kMin = parameters.value(QStringLiteral("k_min")).toInt(request.kMin);
    request.kMax = parameters.value(QStringLiteral("k_max")).toInt(request.kMax);
    request.nInit = parameters.value(QStringLiteral("n_init")).toInt(request.nInit);
    // Runs saved before restarts were screened on a sample ran every restart on all rows.
    request.restartSampleRows = parameters.value(QStringLiteral("restart_sample")).toInt(0);
    request.seed = parameters.value(QStringLiteral("seed")).toString().toULongLong();
    const QString scaling = parameters.value(QStringLiteral("scaling")).toString();
    request.scaling = scaling == QLatin1String("minmax") ? ScalingMethod::MinMax
        : scaling == QLatin1String("none")               ? ScalingMethod::None
                                                         : ScalingMethod::ZScore;
    request.logFeatures = stringList(parameters.value(QStringLiteral("log")));
    request.segment = parameters.value(QStringLiteral("segment")).toString();
    return request;
}

std::optional<KSweepResult> ClusterRuns::sweepFromResult(const QJsonObject& result)
{
    const QJsonObject sweep = result.value(QStringLiteral("sweep")).toObject();
    const QJsonArray ks = sweep.value(QStringLiteral("k")).toArray();
    if (ks.isEmpty())
        return std::nullopt;
    const QJsonArray inertia = sweep.value(QStringLiteral("inertia")).toArray();
    const QJsonArray silhouette = sweep.value(QStringLiteral("silhouette")).toArray();
    const QJsonArray ch = sweep.value(QStringLiteral("calinski_harabasz")).toArray();
    const QJsonArray db = sweep.value(QStringLiteral("davies_bouldin")).toArray();
    KSweepResult figures;
    for (qsizetype i = 0; i < ks.size(); ++i) {
        KSweepPoint point;
        point.k = ks.at(i).toInt();
        point.inertia = inertia.at(i).toDouble();
        point.silhouette = optionalDouble(silhouette.at(i));
        point.calinskiHarabasz = optionalDouble(ch.at(i));
        point.daviesBouldin = optionalDouble(db.at(i));
        figures.points << point;
    }
    figures.suggestedK = result.value(QStringLiteral("suggested_k")).toInt();
    figures.elbowK = result.value(QStringLiteral("elbow_k")).toInt();
    figures.suggestionReason = result.value(QStringLiteral("suggestion")).toString();
    return figures;
}

std::optional<QList<ClusterRunRecord>> ClusterRuns::list(Workspace& workspace, QString* error)
{
    Statement stmt
        = workspace.db().prepare(QString::fromLatin1(s_columns) + QStringLiteral(" ORDER BY id DESC"), error);
    if (!stmt.isValid())
        return std::nullopt;
    QList<ClusterRunRecord> records;
    while (stmt.next())
        records << recordFrom(stmt);
    if (stmt.failed()) {
        if (error)
            *error = stmt.errorMessage();
        return std::nullopt;
    }
    return records;
}

std::optional<ClusterRunRecord> ClusterRuns::load(Workspace& workspace, qint64 id, QString* error)
{
    Statement stmt = workspace.db().prepare(QString::fromLatin1(s_columns) + QStringLiteral(" WHERE id = ?"), error);
    if (!stmt.isValid())
        return std::nullopt;
    stmt.bind(1, id);
    if (stmt.next())
        return recordFrom(stmt);
    if (error)
        *error
            = stmt.failed() ? stmt.errorMessage() : tr("The clustering run %1 is no longer in the workspace.").arg(id);
    return std::nullopt;
}

bool ClusterRuns::record(Workspace& workspace, const ClusterRequest& request, ClusterRun* run, QString* error)
{
    ClusterRequest withoutSegments = request;
    withoutSegments.saveAsPrefix.clear();
    return ClusterAnalysis::save(workspace, withoutSegments, run, error);
}

bool ClusterRuns::setLabels(Workspace& workspace, qint64 id, int k, const QStringList& labels, QString* error)
{
    Database& db = workspace.db();
    Transaction transaction(db);
    Statement read = db.prepare(QStringLiteral("SELECT result FROM cluster_runs WHERE id = ?"), error);
    if (!read.isValid())
        return false;
    read.bind(1, id);
    if (!read.next()) {
        if (error)
            *error = read.failed() ? read.errorMessage()
                                   : tr("The clustering run %1 is no longer in the workspace.").arg(id);
        return false;
    }
    QJsonObject result = parseObject(read.toString(0));
    QJsonObject stored = result.value(s_userLabels).toObject();
    stored.insert(QString::number(k), QJsonArray::fromStringList(labels));
    result.insert(s_userLabels, stored);
    Statement write = db.prepare(QStringLiteral("UPDATE cluster_runs SET result = ? WHERE id = ?"), error);
    if (!write.isValid())
        return false;
    write.bind(1, QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
    write.bind(2, id);
    if (!write.run()) {
        if (error)
            *error = write.errorMessage();
        return false;
    }
    return transaction.commit(error);
}

ClusterSegmentsSaved ClusterRuns::saveSegments(Workspace& workspace, const ClusterRun& run, const QStringList& names)
{
    ClusterSegmentsSaved saved;
    if (names.size() != run.k) {
        saved.error = tr("Give each of the %n cluster(s) a name.", nullptr, run.k);
        return saved;
    }
    std::vector<std::vector<qint64>> members(size_t(run.k));
    for (size_t row = 0; row < run.kmeans.labels.size() && row < run.rowIds.size(); ++row)
        members[size_t(run.kmeans.labels[row])].push_back(run.rowIds[row]);
    Transaction transaction(workspace.db());
    SegmentRepository segments(workspace);
    for (int cluster = 0; cluster < run.k; ++cluster) {
        const QString name = segments.uniqueName(names.at(cluster).trimmed());
        if (!segments.saveStaticFromRowIds(name, members[size_t(cluster)], QStringLiteral("cluster"), &saved.error)) {
            saved.names.clear();
            saved.sizes.clear();
            return saved;
        }
        const QString description = run.runId > 0
            ? tr("Cluster %1 of %2 (clustering run %3)").arg(cluster + 1).arg(run.k).arg(run.runId)
            : tr("Cluster %1 of %2").arg(cluster + 1).arg(run.k);
        segments.setDescription(name, description, QString(), nullptr);
        saved.names << name;
        saved.sizes << qint64(members[size_t(cluster)].size());
    }
    if (!transaction.commit(&saved.error)) {
        saved.names.clear();
        saved.sizes.clear();
    }
    return saved;
}

std::optional<QList<ClusterRunRecord>> ClusterRuns::list(const QString& path, QString* error)
{
    return onWorkspace(path, error, std::optional<QList<ClusterRunRecord>>(),
                       [&](Workspace& workspace) { return list(workspace, error); });
}

std::optional<ClusterRunRecord> ClusterRuns::load(const QString& path, qint64 id, QString* error)
{
    return onWorkspace(path, error, std::optional<ClusterRunRecord>(),
                       [&](Workspace& workspace) { return load(workspace, id, error); });
}

bool ClusterRuns::setLabels(const QString& path, qint64 id, int k, const QStringList& labels, QString* error)
{
    return onWorkspace(path, error, false,
                       [&](Workspace& workspace) { return setLabels(workspace, id, k, labels, error); });
}

qint64 ClusterRuns::record(const QString& path, const ClusterRequest& request, ClusterRun run, QString* error)
{
    return onWorkspace(path, error, qint64(0), [&](Workspace& workspace) {
        return record(workspace, request, &run, error) ? run.runId : qint64(0);
    });
}

ClusterSegmentsSaved ClusterRuns::saveSegments(const QString& path, const ClusterRun& run, const QStringList& names)
{
    ClusterSegmentsSaved failed;
    QString error;
    ClusterSegmentsSaved saved
        = onWorkspace(path, &error, failed, [&](Workspace& workspace) { return saveSegments(workspace, run, names); });
    if (saved.names.isEmpty() && saved.error.isEmpty())
        saved.error = error;
    return saved;
}

std::optional<QStringList> ClusterRuns::customerKeys(const QString& path, const std::vector<qint64>& rowIds,
                                                     QString* error)
{
    return onWorkspace(path, error, std::optional<QStringList>(), [&](Workspace& workspace) {
        std::optional<QStringList> keys;
        Statement stmt = workspace.db().prepare(
            QStringLiteral("SELECT %1 FROM customers WHERE rowid = ?").arg(workspace.customerKeyExpression()), error);
        if (!stmt.isValid())
            return keys;
        keys.emplace();
        keys->reserve(qsizetype(rowIds.size()));
        for (const qint64 rowId : rowIds) {
            stmt.reset();
            stmt.bind(1, rowId);
            keys->append(stmt.next() ? stmt.toString(0) : QString());
        }
        return keys;
    });
}

} // namespace swb
