#include "model/postgres/pgtasks.h"

#include "model/analytics/kpiservice.h"
#include "model/filter/filterresolver.h"
#include "model/postgres/pgcancelwatch.h"
#include "model/postgres/pgconnection.h"
#include "model/postgres/pgexport.h"
#include "model/postgres/pgfeatures.h"
#include "model/postgres/pgsegments.h"
#include "model/postgres/pgworkspace.h"
#include "model/postgres/serverprofile.h"

#include <QElapsedTimer>

namespace swb {

QString PgTasks::notOnServer(const QString& feature)
{
    return tr("%1 works on workspace files so far, not on a PostgreSQL server.").arg(feature);
}

std::optional<QByteArray> PgTasks::definitionOf(const Selection& selection, QString* error)
{
    switch (selection.kind()) {
    case Selection::Kind::All:
        return QByteArrayLiteral(R"({"combinator":"and","rules":[]})");
    case Selection::Kind::Definition:
        return selection.definitionJson();
    case Selection::Kind::Segment:
        return FilterResolver::segmentReference(selection.segmentName());
    default:
        *error = notOnServer(tr("Customers picked in the table, and combined segments,"));
        return std::nullopt;
    }
}

CustomerCount PgTasks::count(const QString& uri, const Selection& selection)
{
    CustomerCount result;
    const auto definition = definitionOf(selection, &result.error);
    auto workspace = definition ? PgWorkspace::open(uri, &result.error) : nullptr;
    if (!workspace)
        return result;
    const auto resolved = FilterResolver::resolve(*definition, workspace->filterContext(), &result.error);
    const auto counted = resolved ? workspace->count(*resolved, &result.error) : std::nullopt;
    if (counted) {
        result.ok = true;
        result.count = *counted;
    }
    return result;
}

SegmentSelections PgTasks::segmentSelections(const QString& uri, const QString& only)
{
    SegmentSelections result;
    auto workspace = PgWorkspace::open(uri, &result.error);
    const auto segments = workspace ? PgSegments(*workspace).list(&result.error) : std::nullopt;
    if (!segments)
        return result;
    for (const Segment& segment : *segments) {
        if (only.isEmpty() || segment.name == only)
            result.segments.append(NamedSelection{segment.name, Selection::segment(segment.name), true});
    }
    if (!only.isEmpty() && result.segments.isEmpty()) {
        result.error = tr("There is no segment called \"%1\".").arg(only);
        return result;
    }
    result.ok = true;
    return result;
}

OverlapOutcome PgTasks::overlap(const QString& uri, const QStringList& names, const CancelCheck& cancel)
{
    OverlapOutcome outcome;
    auto workspace = PgWorkspace::open(uri, &outcome.error);
    if (!workspace)
        return outcome;
    const PgCancelWatch watch(workspace->connection(), cancel);
    outcome.matrix = PgSegments(*workspace).overlap(names, &outcome.error);
    return outcome;
}

SnapshotHistories PgTasks::histories(const QString& uri, const QStringList& names)
{
    SnapshotHistories result;
    auto workspace = PgWorkspace::open(uri, &result.error);
    if (!workspace)
        return result;
    PgSegments segments(*workspace);
    for (const QString& name : names) {
        auto snapshots = segments.snapshots(name, &result.error);
        if (!snapshots)
            return result;
        result.snapshots.insert(name, std::move(*snapshots));
    }
    result.ok = true;
    return result;
}

ClusterOutcome PgTasks::cluster(const QString& uri, const ClusterRequest& request, const CancelCheck& cancel,
                                const ProgressCallback& progress)
{
    ClusterOutcome outcome;
    // The explanations (rules checked against SQLite) are left out: the run has none, and the Clusters page shows
    // the clusters without their rules. Saving writes: refused.
    if (!request.saveAsPrefix.isEmpty()) {
        outcome.error = notOnServer(tr("Saving clusters as segments"));
        return outcome;
    }
    QElapsedTimer timer;
    timer.start();
    auto workspace = PgWorkspace::open(uri, &outcome.error);
    if (!workspace)
        return outcome;
    const FilterContext context = workspace->filterContext();
    std::optional<ResolvedGroup> selection;
    if (!request.segment.isEmpty()) {
        selection = FilterResolver::resolve(FilterResolver::segmentReference(request.segment), context, &outcome.error);
        if (!selection)
            return outcome;
    }
    const auto matrix = PgFeatures::load(*workspace, request.features, selection ? &*selection : nullptr,
                                         context.asOfDate, &outcome.error, cancel);
    if (!matrix) {
        outcome.canceled = cancel && cancel();
        return outcome;
    }
    const double load = double(timer.nsecsElapsed()) / 1e9;
    outcome = ClusterAnalysis::runOnMatrix(*matrix, workspace->fields(), request, cancel, progress);
    if (outcome.run) {
        outcome.run->timings.load = load;
        outcome.run->timings.featureSource = QStringLiteral("server");
        outcome.run->seconds = double(timer.nsecsElapsed()) / 1e9;
    }
    return outcome;
}

ClusterFeatureSurvey PgTasks::clusterSurvey(const QString& uri)
{
    ClusterFeatureSurvey failed;
    auto workspace = PgWorkspace::open(uri, &failed.error);
    if (!workspace)
        return failed;
    PgConnection& pg = workspace->connection();
    return ClusterFieldSurvey::survey(
        workspace->fields(), workspace->asOfDate(), SqlDialect::PostgreSQL,
        [&pg](const QString& sql, QString* error) -> std::optional<QList<std::optional<double>>> {
            const auto row = pg.query(sql, {}, error);
            if (!row || row->rowCount() < 1)
                return std::nullopt;
            QList<std::optional<double>> values;
            for (int c = 0; c < row->columnCount(); ++c)
                values << (row->isNull(0, c) ? std::nullopt : std::optional<double>(row->toDouble(0, c)));
            return values;
        });
}

QString PgTasks::check(const QString& uri)
{
    QString error;
    return PgWorkspace::open(uri, &error) ? QString() : error;
}

WorkspaceSummary PgTasks::load(const QString& uri)
{
    WorkspaceSummary summary;
    summary.path = uri;
    QString error;
    auto workspace = PgWorkspace::open(uri, &error);
    if (!workspace) {
        summary.error = tr("Cannot open the workspace on %1: %2").arg(ServerProfiles::displayUri(uri), error);
        return summary;
    }
    summary.catalog = workspace->fields();
    summary.fields = summary.catalog; // the server's columns are the catalog's (PgWorkspaceCopy creates them so)
    for (int i = 0; i < summary.fields.size(); ++i)
        summary.fields[i].position = i;
    summary.orderCatalog = workspace->fields(QStringLiteral("orders"));
    summary.hasCustomers = true;
    summary.hasOrders = !summary.orderCatalog.isEmpty();
    const auto customers
        = workspace->connection().queryInt64(QStringLiteral("SELECT count(*) FROM customers"), {}, &error);
    auto segments = PgSegments(*workspace).list(&error);
    if (!customers || !segments) {
        summary.error = tr("Cannot read the workspace on %1: %2").arg(ServerProfiles::displayUri(uri), error);
        return summary;
    }
    summary.customerCount = *customers;
    summary.segments = std::move(*segments);
    summary.keyExpression = workspace->customerKeyExpression();
    summary.asOfDateOverride = workspace->asOfDateOverride();
    summary.asOfDate = summary.asOfDateOverride ? *summary.asOfDateOverride : workspace->asOfDate();
    const auto writable = workspace->connection().queryInt64(
        QStringLiteral("SELECT (has_table_privilege('segments', 'INSERT') AND has_table_privilege('segments', "
                       "'UPDATE') AND has_table_privilege('segments', 'DELETE'))::int"),
        {}, &error);
    if (writable && *writable == 0)
        summary.readOnly = tr("This role may only read this workspace: saving, renaming and deleting segments need a "
                              "role that may write its tables (ask the server's administrator).");
    summary.ok = true;
    return summary;
}

SegmentChange PgTasks::write(const QString& uri, SegmentChange change)
{
    auto workspace = PgWorkspace::open(uri, &change.error);
    if (!workspace)
        return change;
    PgSegments segments(*workspace);
    switch (change.kind) {
    case SegmentChangeKind::SaveDynamic:
    case SegmentChangeKind::SaveStatic:
        change.ok
            = segments.save(change.name, change.definition, change.kind == SegmentChangeKind::SaveStatic, &change.error)
                  .has_value();
        break;
    case SegmentChangeKind::Rename:
        change.ok = segments.rename(change.name, change.newName, &change.error);
        break;
    case SegmentChangeKind::Duplicate:
        change.ok = segments.duplicate(change.name, change.newName, &change.error);
        break;
    case SegmentChangeKind::Remove:
        change.ok = segments.remove(change.name, &change.error);
        break;
    case SegmentChangeKind::UpdateDefinition:
        change.ok = segments.updateDefinition(change.name, change.definition, &change.error);
        break;
    case SegmentChangeKind::Snapshot:
        change.snapshot = segments.takeSnapshot(change.name, KpiService::snapshotKpis(uri, change.name), &change.error);
        change.ok = change.snapshot.has_value();
        break;
    }
    QString listError;
    if (auto listed = segments.list(&listError))
        change.segments = std::move(*listed);
    return change;
}

SegmentListing PgTasks::list(const QString& uri)
{
    SegmentListing listing;
    auto workspace = PgWorkspace::open(uri, &listing.error);
    if (!workspace)
        return listing;
    if (auto listed = PgSegments(*workspace).list(&listing.error)) {
        listing.segments = std::move(*listed);
        listing.ok = true;
    }
    return listing;
}

SegmentSizes PgTasks::sizes(const QString& uri, const QStringList& names, const CancelCheck& cancel)
{
    SegmentSizes result;
    QString error;
    auto workspace = PgWorkspace::open(uri, &error);
    for (const QString& name : names) {
        if (cancel && cancel())
            break;
        QString countError = error;
        const auto size = workspace ? PgSegments(*workspace).count(name, &countError) : std::nullopt;
        if (size)
            result.sizes.insert(name, *size);
        else
            result.errors.insert(name, countError);
    }
    return result;
}

ExportReport PgTasks::exportSelection(const QString& uri, const Selection& selection, const ExportOptions& options,
                                      const ExportCancel& cancel)
{
    ExportReport report = ExportReport::startedWith(options);
    if (options.preset != ExportPreset::Plain || options.suppression != SuppressionKind::None
        || options.segments.size() > 1) {
        report.error = notOnServer(tr("Export presets, suppression lists and several segments at once"));
        return report;
    }
    const auto definition = definitionOf(selection, &report.error);
    auto workspace = definition ? PgWorkspace::open(uri, &report.error) : nullptr;
    if (!workspace)
        return report;
    const auto resolved = FilterResolver::resolve(*definition, workspace->filterContext(), &report.error);
    if (!resolved)
        return report;
    return PgExport::run(*workspace, uri, *resolved, options, cancel);
}

} // namespace swb
