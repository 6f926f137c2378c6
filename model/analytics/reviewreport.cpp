#include "model/analytics/reviewreport.h"

#include "model/analytics/distributionservice.h"
#include "model/analytics/kpiservice.h"
#include "model/analytics/overlapservice.h"
#include "model/analytics/trendservice.h"
#include "model/filter/filterresolver.h"
#include "model/segments/segmentwords.h"
#include "model/workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cstdio>

namespace swb {

namespace {

// SWB_REPORT_PROFILE=1 prints the time of each step of gather() on stderr.
class StepTimer
{
public:
    StepTimer()
        : m_enabled(qEnvironmentVariableIsSet("SWB_REPORT_PROFILE"))
    {
        m_timer.start();
    }
    void done(const char* step)
    {
        if (m_enabled)
            std::fprintf(stderr, "report: %s %.0f ms\n", step, double(m_timer.nsecsElapsed()) / 1e6);
        m_timer.restart();
    }

private:
    bool m_enabled = false;
    QElapsedTimer m_timer;
};

// Maps a step's own 0…100 onto [from, to] of the whole job.
ProgressCallback stage(const ProgressCallback& progress, int from, int to)
{
    return [progress, from, to](int percent) {
        if (progress)
            progress(from + (to - from) * std::clamp(percent, 0, 100) / 100);
    };
}

// The saved segments the request names (all when it names none), with their definitions in words.
bool readSegments(const ReviewRequest& request, ReviewData& data, QString* error)
{
    auto workspace = Workspace::open(request.workspacePath, Workspace::OpenMode::OpenExisting, error);
    if (!workspace)
        return false;
    data.asOf = request.asOf.value_or(workspace->asOfDate());
    FilterContext context = FilterContext::fromWorkspace(*workspace);
    context.asOfDate = data.asOf;
    const QList<Segment> saved = SegmentRepository(*workspace).list();
    QStringList names;
    for (const Segment& segment : saved)
        names << segment.name;
    if (names.isEmpty()) {
        *error = ReviewReport::tr("The workspace has no saved segments. Save a segment first, then make the report.");
        return false;
    }
    const QStringList wanted = request.segments.isEmpty() ? names : request.segments;
    for (const QString& name : wanted) {
        const qsizetype at = names.indexOf(name);
        if (at < 0) {
            *error = ReviewReport::tr("No saved segment is named “%1”. Saved segments: %2.")
                         .arg(name, names.join(QStringLiteral(", ")));
            return false;
        }
        if (std::any_of(data.segments.cbegin(), data.segments.cend(),
                        [&](const ReviewSegment& s) { return s.name == name; }))
            continue;
        const Segment& segment = saved.at(at);
        ReviewSegment review;
        review.name = name;
        review.kind = segment.kind;
        review.definition = SegmentWords::describe(segment, context);
        review.note = segment.description;
        review.color = segment.color;
        data.segments << review;
    }
    return true;
}

QStringList namesOf(const ReviewData& data)
{
    QStringList names;
    for (const ReviewSegment& segment : data.segments)
        names << segment.name;
    return names;
}

void addTrends(const ReviewRequest& request, ReviewData& data, const CancelCheck& cancel,
               const ProgressCallback& progress)
{
    TrendRange range;
    range.months = data.months;
    range.asOf = data.asOf;
    range.kpis = false; // the report draws the sizes: one sweep of sizes for every segment at once
    const TrendOutcome outcome = TrendService::compute(request.workspacePath, namesOf(data), range, cancel, progress);
    data.trendNote = TrendService::note();
    for (ReviewSegment& segment : data.segments) {
        if (!outcome.result) {
            segment.trendMissing = outcome.error;
            continue;
        }
        const TrendResult& result = *outcome.result;
        const auto series = std::find_if(result.series.cbegin(), result.series.cend(),
                                         [&](const TrendSeries& s) { return s.name == segment.name; });
        if (series == result.series.cend()) {
            const auto leftOut = std::find_if(result.leftOut.cbegin(), result.leftOut.cend(),
                                              [&](const auto& entry) { return entry.first == segment.name; });
            segment.trendMissing = leftOut != result.leftOut.cend()
                ? leftOut->second
                : ReviewReport::tr("The trend has no line for this segment.");
            continue;
        }
        ReviewTrend trend;
        trend.dates = result.dates;
        trend.baseSizes = result.baseSizes;
        for (const TrendPoint& point : series->points)
            trend.sizes << point.size;
        segment.trend = trend;
    }
}

void addDifferences(const ReviewRequest& request, ReviewData& data, const CancelCheck& cancel,
                    const ProgressCallback& progress)
{
    // Every segment in one pass per field: its bins and each customer's bin are found once for all of them.
    const QList<DistributionOutcome> outcomes = DistributionService::differencesMany(
        request.workspacePath, namesOf(data), request.topDifferences, {}, cancel);
    for (qsizetype i = 0; i < data.segments.size() && i < outcomes.size(); ++i) {
        ReviewSegment& segment = data.segments[i];
        const DistributionOutcome& outcome = outcomes.at(i);
        if (!outcome.error.isEmpty())
            segment.differencesMissing = outcome.error;
        for (const DistributionDifference& difference : outcome.differences) {
            segment.differences << ReviewDifference{fieldLabel(difference.field), difference.bin.label,
                                                    difference.bin.segmentShare, difference.bin.baseShare,
                                                    difference.points};
        }
    }
    if (progress)
        progress(100);
}

} // namespace

ReviewOutcome ReviewReport::gather(const ReviewRequest& request, const CancelCheck& cancel,
                                   const ProgressCallback& progress)
{
    ReviewOutcome outcome;
    auto canceled = [&] {
        if (!(cancel && cancel()))
            return false;
        outcome.data.reset();
        outcome.error = tr("The report was cancelled.");
        return true;
    };
    if (request.months < 1 || request.months > maxMonths) {
        outcome.error = tr("The trend covers 1 to %1 months; %2 is out of range.").arg(maxMonths).arg(request.months);
        return outcome;
    }
    StepTimer timer;
    ReviewData data;
    data.workspacePath = QFileInfo(request.workspacePath).absoluteFilePath();
    data.workspaceName = QFileInfo(request.workspacePath).completeBaseName();
    data.madeAt = QDateTime::currentDateTime();
    data.months = request.months;
    if (!readSegments(request, data, &outcome.error) || canceled())
        return outcome;
    stage(progress, 0, 5)(100);
    timer.done("segments");

    const QStringList names = namesOf(data);
    KpiOutcome kpis = KpiService::compute(request.workspacePath, names, data.asOf, cancel, stage(progress, 5, 35));
    if (canceled())
        return outcome;
    if (!kpis.report) {
        outcome.error = kpis.error;
        return outcome;
    }
    data.kpis = *kpis.report;
    timer.done("kpis");
    OverlapOutcome overlap = OverlapService::compute(request.workspacePath, names, cancel, stage(progress, 35, 45));
    if (canceled())
        return outcome;
    if (!overlap.matrix) {
        outcome.error = overlap.error;
        return outcome;
    }
    data.overlap = *overlap.matrix;
    timer.done("overlap");
    addTrends(request, data, cancel, stage(progress, 45, 75));
    if (canceled())
        return outcome;
    timer.done("trends");
    addDifferences(request, data, cancel, stage(progress, 75, 100));
    if (canceled())
        return outcome;
    timer.done("differences");
    outcome.data = std::move(data);
    return outcome;
}

} // namespace swb
