// Back-calculated segment trends: definitions evaluated as of past dates (month or week ends) on a workspace with
// orders, without snapshots.
//
// As of a date D:
// - the order-derived fields (orders count, revenue, first/last purchase, average order value) come from the order
//   lines dated on or before D, with the rules of the import (OrdersAggregator). A line without a date (or with one
//   that is not YYYY-MM-DD) is on or before no date: it is left out of every point;
// - the base is the customers whose signup date (role signup_date) is on or before D, or who have an order line
//   dated on or before D; customers with neither a signup date nor a dated order line are in every period;
// - relative-date rules count from D (the definition is resolved with asOfDate = D);
// - every other field (and a static segment's members) is taken as it is today.
// A point's size = the definition's rows on that store ∧ the base at D; its KPIs are those of these rows on that
// store, with recency counted to D. The lines are swept once, in date order, across all points.
#pragma once

#include "analysis/jobcallbacks.h"
#include "model/analytics/kpicalculator.h"
#include "model/analytics/orderlines.h"
#include "model/filter/columnstore.h"
#include "model/filter/filterresolver.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace swb {

class Database;

enum class TrendStep { Month, Week };

struct TrendSegment
{
    QString name;
    QByteArray definition; // react-querybuilder JSON (a saved segment: `@segment in [name]`)
};

struct TrendPoint
{
    QDate date;
    qint64 size = 0; // the segment's customers in the base at `date`
    KpiSet kpis; // theirs as of `date` (StoreKpis on the as-of store; share of the base at `date`)
};

struct TrendSeries
{
    QString name;
    QList<TrendPoint> points; // one per date of the result
};

struct TrendResult
{
    QList<QDate> dates;
    QList<qint64> baseSizes; // the base at each date
    QList<KpiSet> baseKpis; // the base's KPIs at each date
    QStringList unavailable; // KPIs without the field they need, with the reason (StoreKpis::unavailable())
    QList<TrendSeries> series; // in the order of the input's segments, without the left-out ones
    QList<QPair<QString, QString>> leftOut; // segments without a line (name, why), e.g. those with order rules
    qint64 orderLines = 0; // dated lines taken into account
    qint64 undatedLines = 0;
    qint64 unmatchedLines = 0;
    bool signupDates = false; // the base used a signup date column
};

struct TrendInput
{
    std::shared_ptr<const ColumnStore> store; // today's customers
    std::shared_ptr<const OrderLines> lines; // matched with `store`
    FilterContext context; // fields and segment lookup; the as-of date is set for each point
    QList<TrendSegment> segments;
    QList<QDate> dates; // ascending
    bool kpis = true; // false: sizes only (the KPIs of the points and of the base stay empty; most of the time)
    // 0: the later half of the points on a second thread (own copy and connection) when there are KPIs to compute
    // for at least 100,000 customers; 1: one thread; 2: two whenever `db` is a file.
    int threads = 0;
    // For static segments (members) and Irregular columns (answered by SQLite); may be null without either.
    Database* db = nullptr;
    QString keyExpression;
};

class TrendCalculator
{
    Q_DECLARE_TR_FUNCTIONS(swb::TrendCalculator)

public:
    static constexpr int maxPoints = 1000;

    // The ends of the months (or of the ISO weeks, Sundays) that fall in [from, to].
    static QList<QDate> periodEnds(const QDate& from, const QDate& to, TrendStep step);
    // The period ends of the last `months` months up to `asOf`: those in (asOf − months, asOf]. For months that
    // is `months` points, the last on or before `asOf`.
    static QList<QDate> lastMonths(const QDate& asOf, int months, TrendStep step);

    static std::optional<TrendResult> compute(const TrendInput& input, QString* error, const CancelCheck& cancel = {},
                                              const ProgressCallback& progress = {});
};

} // namespace swb
