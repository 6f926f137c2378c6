// The numbers of the review report (File > Export Review Report…, `segment-workbench WS --report FILE.pdf`), gathered
// in one job: the KPIs of the chosen segments and the base, their overlaps, and per segment its definition in words,
// its back-calculated trend and the bins of its fields where it differs most from the base. Plain values: the
// report's pages are drawn from them in ui/report/.
#pragma once

#include "analysis/jobcallbacks.h"
#include "model/analytics/kpicalculator.h"
#include "model/segments/segmentrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace swb {

struct ReviewRequest
{
    QString workspacePath;
    QStringList segments; // saved segments to review, in this order; empty: all saved ones, by name
    std::optional<QDate> asOf; // default: the workspace's as-of date
    int months = 12; // trend: the last `months` month ends up to the as-of date
    int topDifferences = 6; // distribution bins shown per segment
};

// A segment's size at each month end (the back-calculation of TrendService).
struct ReviewTrend
{
    QList<QDate> dates;
    QList<qint64> sizes;
    QList<qint64> baseSizes;
};

// One bin of a field where the segment's share differs from the base's (DistributionCalculator::topDifferences).
struct ReviewDifference
{
    QString field; // the field's original header
    QString bin; // the bin's label ("DE", "500 – 1,000", "unknown")
    double segmentShare = 0.0; // 0…1
    double baseShare = 0.0;
    double points = 0.0; // (segmentShare − baseShare) × 100
};

struct ReviewSegment
{
    QString name;
    SegmentKind kind = SegmentKind::Dynamic;
    QString definition; // in words (FilterDescriber)
    QString note; // the segment's own description, if any
    QString color; // "#rrggbb" or empty
    std::optional<ReviewTrend> trend;
    QString trendMissing; // why there is no trend
    QList<ReviewDifference> differences;
    QString differencesMissing; // why there are no differences
};

struct ReviewData
{
    QString workspaceName; // the file's name without .sqlite
    QString workspacePath;
    QDate asOf;
    QDateTime madeAt; // local time
    int months = 12;
    KpiReport kpis; // base + the segments, in the order of `segments`
    OverlapMatrix overlap;
    QList<ReviewSegment> segments;
    QString trendNote; // what the back-calculation takes as it is today
};

struct ReviewOutcome
{
    std::optional<ReviewData> data;
    QString error; // what went wrong and what to do
};

class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(swb::ReviewReport)

public:
    static constexpr int maxMonths = 120;

    // The pure job, on its own connections; usable from any thread. Fails (with `error`) on a workspace that cannot
    // be opened, an unknown segment, a workspace without saved segments, a cancel; a segment whose trend or
    // distribution cannot be computed keeps the reason in trendMissing / differencesMissing instead.
    static ReviewOutcome gather(const ReviewRequest& request, const CancelCheck& cancel = {},
                                const ProgressCallback& progress = {});
};

} // namespace swb
