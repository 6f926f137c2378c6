#include "model/analytics/rfmoverview.h"

#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/workspace.h"

#include <QJsonDocument>

namespace swb {

namespace {

// The latest run's config, else the stored one.
RfmConfig latestConfig(Database& db)
{
    Statement latest = db.prepare(QStringLiteral("SELECT config FROM rfm_runs ORDER BY id DESC LIMIT 1"));
    if (latest.next()) {
        if (auto config = RfmConfig::fromJson(QJsonDocument::fromJson(latest.toUtf8(0)).object(), nullptr))
            return *config;
    }
    return RfmAnalysis::loadConfig(db);
}

bool readCells(Database& db, RfmOverview& overview, QString* error)
{
    const int levels = overview.config.levels;
    overview.cells = QList<QList<qint64>>(levels, QList<qint64>(levels, 0));
    Statement cells = db.prepare(QStringLiteral("SELECT rfm_r, (rfm_f + rfm_m + 1) / 2, count(*) FROM customers "
                                                "WHERE rfm_group IS NOT NULL GROUP BY 1, 2"),
                                 error);
    if (!cells.isValid())
        return false;
    while (cells.next()) {
        const qint64 r = cells.toInt64(0);
        const qint64 fm = cells.toInt64(1);
        if (r < 1 || r > levels || fm < 1 || fm > levels)
            continue; // scores of other levels than the run's (written by another program): not in the grid
        overview.cells[levels - int(r)][int(fm) - 1] += cells.toInt64(2);
        overview.scored += cells.toInt64(2);
    }
    if (cells.failed() && error)
        *error = cells.errorMessage();
    return !cells.failed();
}

// Mean recency (days), frequency and monetary value per group, NULLs left out as in the KPIs.
bool readMeans(Workspace& workspace, QHash<QString, RfmGroupSummary>& summaries, const QDate& asOfDate, QString* error)
{
    const QList<FieldInfo> fields = workspace.fields();
    const auto last = FieldCatalog::findByRole(fields, FieldRole::LastPurchaseDate);
    const auto orders = FieldCatalog::findByRole(fields, FieldRole::OrdersCount);
    const auto revenue = FieldCatalog::findByRole(fields, FieldRole::Revenue);
    const QString null = QStringLiteral("NULL");
    const QString sql
        = QStringLiteral("SELECT rfm_group, avg(julianday(?1) - julianday(date(%1))), avg(%2), avg(%3) "
                         "FROM customers WHERE rfm_group IS NOT NULL GROUP BY 1")
              .arg(last ? quoteIdentifier(last->name) : null, orders ? quoteIdentifier(orders->name) : null,
                   revenue ? quoteIdentifier(revenue->name) : null);
    Statement means = workspace.db().prepare(sql, error);
    if (!means.isValid())
        return false;
    means.bind(1, asOfDate.toString(Qt::ISODate));
    auto value = [&](int column) -> std::optional<double> {
        return means.isNull(column) ? std::nullopt : std::optional<double>(means.toDouble(column));
    };
    while (means.next()) {
        RfmGroupSummary& summary = summaries[means.toString(0)];
        summary.meanRecencyDays = value(1);
        summary.meanFrequency = value(2);
        summary.meanMonetary = value(3);
    }
    if (means.failed() && error)
        *error = means.errorMessage();
    return !means.failed();
}

} // namespace

std::optional<RfmOverview> RfmOverviewReader::read(Workspace& workspace, QString* error, const CancelCheck& cancel,
                                                   const ProgressCallback& progress)
{
    Database& db = workspace.db();
    if (!workspace.hasCustomers()) {
        if (error)
            *error = tr("The workspace has no customers yet: import a customer file first.");
        return std::nullopt;
    }
    RfmOverview overview;
    overview.asOfDate = workspace.asOfDate();
    overview.runs = RfmAnalysis::runs(db);
    overview.config = latestConfig(db);
    const bool scored
        = overview.hasRun() && db.columnNames(QStringLiteral("customers")).contains(QStringLiteral("rfm_group"));
    QHash<QString, RfmGroupSummary> summaries;
    if (scored) {
        if (!readCells(db, overview, error) || !readMeans(workspace, summaries, overview.asOfDate, error))
            return std::nullopt;
    } else {
        overview.cells = QList<QList<qint64>>(overview.config.levels, QList<qint64>(overview.config.levels, 0));
    }
    overview.unscored = workspace.customerCount() - overview.scored;
    if (cancel && cancel())
        return std::nullopt;

    const QStringList names = overview.config.grid.groupNames();
    QList<KpiSelection> selections;
    for (const QString& group : names)
        selections << KpiSelection{
            group, scored ? Selection::definition(RfmAnalysis::groupDefinition(group)) : Selection::nobody()};
    auto report = KpiCalculator::compute(workspace, overview.asOfDate, selections, error, cancel, [&](int percent) {
        if (progress)
            progress(percent * 9 / 10);
    });
    if (!report)
        return std::nullopt;
    overview.base = report->base;
    overview.unavailable = report->unavailable;
    const std::optional<double> baseRevenue = report->base.revenue.value;
    for (int i = 0; i < names.size(); ++i) {
        RfmGroupSummary summary = summaries.value(names[i]);
        summary.group = names[i];
        summary.kpis = report->segments.value(i);
        summary.customers = summary.kpis.size;
        summary.share = summary.kpis.share;
        if (summary.kpis.revenue.value && baseRevenue && *baseRevenue != 0.0)
            summary.revenueShare = *summary.kpis.revenue.value / *baseRevenue;
        overview.groups << summary;
    }

    if (overview.runs.size() >= 2) {
        overview.transitionFrom = overview.runs.at(overview.runs.size() - 2);
        overview.transitionTo = overview.runs.last();
        overview.transitions
            = RfmAnalysis::transitions(db, overview.transitionFrom.id, overview.transitionTo.id, error);
        if (!overview.transitions)
            return std::nullopt;
    }
    if (progress)
        progress(100);
    return overview;
}

RfmOverviewOutcome RfmOverviewReader::read(const QString& workspacePath, const CancelCheck& cancel,
                                           const ProgressCallback& progress)
{
    RfmOverviewOutcome outcome;
    auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &outcome.error);
    if (!workspace)
        return outcome;
    outcome.overview = read(*workspace, &outcome.error, cancel, progress);
    if (!outcome.overview && outcome.error.isEmpty())
        outcome.error = tr("Reading the RFM analysis was cancelled.");
    return outcome;
}

} // namespace swb
