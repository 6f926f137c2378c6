// The KPIs of design.md on a PostgreSQL workspace: the aggregates of every set (the base and each segment) in one
// statement, `count(*) FILTER (WHERE definition)` and the like, turned into KPIs by KpiCalculator::fromParts — the
// same last step as on SQLite, so that the numbers are the same (tests/postgres/tst_pgkpis).
//
// Money is added up as SQLite's side does (MoneySum): each amount rounded half away from zero to millionths and
// the millionths added exactly; the median recency is percentile_cont(0.5) (the mean of the two middle values, as
// KpiMath::median). On shards the median needs every recency: the statement runs over the partitioned table, whose
// scans postgres_fdw sends to the shards with the WHERE of each set, and the coordinator aggregates.
#pragma once

#include "analysis/jobcallbacks.h"
#include "model/analytics/kpicalculator.h"
#include "model/filter/resolvedfilter.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace swb {

class PgWorkspace;

struct PgKpiSet
{
    QString name;
    ResolvedGroup definition;
};

class PgKpis
{
public:
    static std::optional<KpiReport> compute(PgWorkspace& workspace, const QDate& asOfDate,
                                            const QList<PgKpiSet>& segments, QString* error);
    // The base and the saved segments `names` (as KpiService::compute on a workspace file); the as-of date is the
    // workspace's unless given.
    // `cancel` stops the statement on the server (PQcancel).
    static std::optional<KpiReport> compute(const QString& uri, const QStringList& names, std::optional<QDate> asOfDate,
                                            QString* error, const CancelCheck& cancel = {});
};

} // namespace swb
