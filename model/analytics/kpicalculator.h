// Segment KPIs of design.md for the whole base and any set of segments, with lift against the base.
#pragma once

#include "analysis/jobcallbacks.h"
#include "analysis/kpimath.h"
#include "model/field.h"
#include "model/selection/selection.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace swb {

class StoreSelections;
class Workspace;

// The KPIs of one set of customers. A KPI whose field role is missing is unavailable (not 0).
struct KpiSet
{
    QString name; // segment name, or empty for the whole base
    qint64 size = 0;
    std::optional<double> share; // size / base size
    KpiValue revenue; // Σ revenue
    KpiValue revenuePerCustomer; // revenue / size
    KpiValue averageOrderValue; // Σ revenue / Σ orders
    KpiValue purchaseFrequency; // Σ orders / size
    KpiValue medianRecencyDays; // days from the last purchase to the as-of date
    KpiValue churnRate; // mean of the churn flag
    KpiValue nps; // % 9–10 − % 0–6
    KpiValue clv; // historical: revenue per customer
    KpiValue predictedClv; // mean of the derived field predicted_clv (swb clv --save), money to millionths

    // {"size":…, "share":…, "revenue":…, …, "unknown": {"revenue": n, …}}; with `base`, also "lift_<kpi>".
    QJsonObject toJson(const KpiSet* base = nullptr) const;
};

struct KpiReport
{
    QDate asOfDate;
    KpiSet base;
    QList<KpiSet> segments;
    QStringList unavailable; // KPIs without the field role they need, e.g. "nps (no field has the NPS role)"

    // {"as_of": "…", "base": {…}, "segments": {"NAME": {…}}, "unavailable": […]}
    QJsonObject toJson() const;
};

// The fields the KPIs read, found by their roles; a missing one leaves its KPIs unavailable.
struct KpiFields
{
    std::optional<FieldInfo> revenue;
    std::optional<FieldInfo> orders;
    std::optional<FieldInfo> lastPurchase;
    std::optional<FieldInfo> churn;
    std::optional<FieldInfo> nps;
    std::optional<FieldInfo> predictedClv; // the derived field ClvSave writes (no role: found by its name)
};

// The values of one set of customers, one per customer (NaN: unknown), for the fields it has; recency in days
// from the date part of the last purchase to the as-of date.
struct KpiInputs
{
    qint64 size = 0;
    std::vector<double> revenue, orders, recency, churn, nps, predictedClv;
};

// The aggregates a set's KPIs are made of (what KpiCalculator::fromInputs takes from the values), for a set whose
// aggregates are kept up to date instead of read again (RunningKpis).
struct KpiParts
{
    qint64 size = 0;
    KpiValue revenue; // KpiMath::moneySum of the revenues
    KpiValue orders; // KpiMath::sum of the orders counts
    KpiValue recency; // KpiMath::median of the recencies
    KpiValue churn; // KpiMath::sum of the churn flags
    KpiValue nps; // KpiMath::nps of the answers
    KpiValue predictedClv; // KpiMath::moneySum of the predicted values
};

struct KpiSelection
{
    QString name;
    Selection selection;
};

class KpiCalculator
{
    Q_DECLARE_TR_FUNCTIONS(swb::KpiCalculator)

public:
    // Roles come from the catalog; the selections are resolved against the workspace (their relative dates count
    // from its as-of date). Computed on the workspace's column store (loaded through ColumnStoreCache; progress up
    // to 50 % while it loads), or by SQL when the store holds a KPI column as Irregular. On the workspace's
    // connection (a worker's own).
    static std::optional<KpiReport> compute(Workspace& workspace, const QDate& asOfDate,
                                            const QList<KpiSelection>& segments, QString* error,
                                            const CancelCheck& cancel = {}, const ProgressCallback& progress = {});
    // The same on a loaded store: each selection's rows by the filter evaluator, their KPIs by StoreKpis. Nothing,
    // with `error`, when a KPI column is Irregular (computeBySql answers then).
    static std::optional<KpiReport> computeOnStore(StoreSelections& selections, const QDate& asOfDate,
                                                   const QList<KpiSelection>& segments, QString* error,
                                                   const CancelCheck& cancel = {},
                                                   const ProgressCallback& progress = {});
    // The same with one SELECT per set, read row by row from SQLite (the reference the fast path is checked
    // against, and the answer when the column store holds a KPI column as Irregular).
    static std::optional<KpiReport> computeBySql(Workspace& workspace, const QDate& asOfDate,
                                                 const QList<KpiSelection>& segments, QString* error,
                                                 const CancelCheck& cancel = {}, const ProgressCallback& progress = {});

    // The name of the derived field predicted_clv (ClvSave::fieldNames() writes it) that the KPI of that name reads.
    static QString predictedClvField() { return QStringLiteral("predicted_clv"); }
    // The KPI fields among `fields`; `unavailable` gets a text for each group of KPIs whose field is missing.
    static KpiFields findFields(const QList<FieldInfo>& fields, QStringList* unavailable);
    // The KPIs of one set from its values (the one place that turns values into KPIs). `share` is left empty.
    static KpiSet fromInputs(const QString& name, const KpiFields& fields, const KpiInputs& inputs);
    // The same from the aggregates of the values (a part whose field is missing is not read).
    static KpiSet fromParts(const QString& name, const KpiFields& fields, const KpiParts& parts);
    // SQLite's julianday() of the midnight that starts `date`.
    static double julianMidnight(const QDate& date) { return double(date.toJulianDay()) - 0.5; }
};

} // namespace swb
