#include "model/analytics/rfmoverview.h"

#include "model/database.h"
#include "model/fieldcatalog.h"
#include "model/workspace.h"

#include <QJsonDocument>

#include <array>

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

// Sums and counts of known values, to make means of (NULLs left out, as in the KPIs).
struct Sum
{
    double sum = 0.0;
    qint64 known = 0;

    void add(const Statement& row, int sumColumn, int knownColumn)
    {
        if (!row.isNull(sumColumn))
            sum += row.toDouble(sumColumn);
        known += row.toInt64(knownColumn);
    }
    std::optional<double> mean() const { return known > 0 ? std::optional<double>(sum / double(known)) : std::nullopt; }
};

// One pass over the scored customers: customers per (R, FM) cell, and each group's mean recency (days from the date
// of the last purchase to the as-of date), frequency and monetary value.
bool readCellsAndMeans(Workspace& workspace, RfmOverview& overview, QHash<QString, RfmGroupSummary>& summaries,
                       QString* error)
{
    const QList<FieldInfo> fields = workspace.fields();
    const auto last = FieldCatalog::findByRole(fields, FieldRole::LastPurchaseDate);
    const auto orders = FieldCatalog::findByRole(fields, FieldRole::OrdersCount);
    const auto revenue = FieldCatalog::findByRole(fields, FieldRole::Revenue);
    const QString null = QStringLiteral("NULL");
    const QString recency
        = last ? QStringLiteral("julianday(?1) - julianday(date(%1))").arg(quoteIdentifier(last->name)) : null;
    const QString sql
        = QStringLiteral("SELECT rfm_r, (rfm_f + rfm_m + 1) / 2, rfm_group, count(*), sum(r), count(r), "
                         "sum(f), count(f), sum(m), count(m) FROM (SELECT rfm_r, rfm_f, rfm_m, rfm_group, "
                         "%1 AS r, %2 AS f, %3 AS m FROM customers WHERE rfm_group IS NOT NULL) "
                         "GROUP BY 1, 2, 3")
              .arg(recency, orders ? quoteIdentifier(orders->name) : null,
                   revenue ? quoteIdentifier(revenue->name) : null);
    Statement rows = workspace.db().prepare(sql, error);
    if (!rows.isValid())
        return false;
    if (last)
        rows.bind(1, overview.asOfDate.toString(Qt::ISODate));
    const int levels = overview.config.levels;
    overview.cells = QList<QList<qint64>>(levels, QList<qint64>(levels, 0));
    QHash<QString, std::array<Sum, 3>> sums;
    while (rows.next()) {
        const qint64 r = rows.toInt64(0);
        const qint64 fm = rows.toInt64(1);
        const qint64 customers = rows.toInt64(3);
        overview.scored += customers;
        // Scores of other levels than the run's (written by another program) are not in the grid.
        if (r >= 1 && r <= levels && fm >= 1 && fm <= levels)
            overview.cells[levels - int(r)][int(fm) - 1] += customers;
        std::array<Sum, 3>& group = sums[rows.toString(2)];
        for (int i = 0; i < 3; ++i)
            group[size_t(i)].add(rows, 4 + 2 * i, 5 + 2 * i);
    }
    if (rows.failed()) {
        if (error)
            *error = rows.errorMessage();
        return false;
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        RfmGroupSummary& summary = summaries[it.key()];
        summary.meanRecencyDays = it.value()[0].mean();
        summary.meanFrequency = it.value()[1].mean();
        summary.meanMonetary = it.value()[2].mean();
    }
    return true;
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
        if (!readCellsAndMeans(workspace, overview, summaries, error))
            return std::nullopt;
    } else {
        overview.cells = QList<QList<qint64>>(overview.config.levels, QList<qint64>(overview.config.levels, 0));
    }
    overview.unscored = workspace.customerCount() - overview.scored;
    if (cancel && cancel())
        return std::nullopt;

    const QStringList names = overview.config.grid.groupNames();
    if (!scored) {
        // Nothing scored yet: the grid's groups, empty, and no KPIs to compute.
        for (const QString& group : names)
            overview.groups << RfmGroupSummary{group, 0, {}, {}, {}, {}, {}, {}};
        return overview;
    }
    QList<KpiSelection> selections;
    for (const QString& group : names)
        selections << KpiSelection{group, Selection::definition(RfmAnalysis::groupDefinition(group))};
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
