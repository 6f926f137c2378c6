// What the RFM page shows of a workspace: the latest run's R × FM cell counts, its groups with their means and KPIs,
// the runs, and the transitions between the last two runs. Read on a worker's own connection.
#pragma once

#include "model/analytics/kpicalculator.h"
#include "model/analytics/rfmanalysis.h"

#include <QCoreApplication>

#include <optional>

namespace swb {

struct RfmGroupSummary
{
    QString group;
    qint64 customers = 0;
    std::optional<double> share; // of all customers
    std::optional<double> revenueShare; // of all customers' revenue
    std::optional<double> meanRecencyDays; // days from the date of the last purchase to the as-of date
    std::optional<double> meanFrequency; // orders
    std::optional<double> meanMonetary; // revenue
    KpiSet kpis; // design.md's KPIs of the group's customers
};

struct RfmOverview
{
    QDate asOfDate;
    RfmConfig config; // the latest run's levels and grid (the stored config when there is no run)
    QList<RfmRun> runs; // oldest first
    qint64 scored = 0;
    qint64 unscored = 0;
    QList<QList<qint64>> cells; // cells[levels - r][fm - 1]: customers with that R and FM (top row R = levels)
    QList<RfmGroupSummary> groups; // in grid order, empty groups included
    KpiSet base;
    QStringList unavailable; // KPIs without the field role they need
    // Between the last two runs, when there are two.
    std::optional<RfmTransitions> transitions;
    RfmRun transitionFrom, transitionTo;

    bool hasRun() const { return !runs.isEmpty(); }
    qint64 cell(int r, int fm) const { return cells.value(config.levels - r).value(fm - 1); }
};

struct RfmOverviewOutcome
{
    std::optional<RfmOverview> overview;
    QString error;
};

class RfmOverviewReader
{
    Q_DECLARE_TR_FUNCTIONS(swb::RfmOverviewReader)

public:
    static std::optional<RfmOverview> read(Workspace& workspace, QString* error, const CancelCheck& cancel = {},
                                           const ProgressCallback& progress = {});
    // Opens the workspace on this thread's own connection.
    static RfmOverviewOutcome read(const QString& workspacePath, const CancelCheck& cancel = {},
                                   const ProgressCallback& progress = {});
};

} // namespace swb
