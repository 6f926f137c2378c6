// Back-calculated trend benchmark, in process: the first request (customers and order lines loaded — from SQLite,
// or from the copies kept on disk when they are current) and the next requests on the same workspace (both kept in
// memory, as the dashboard asks again), through TrendService::compute as `swb trend` and the dashboard run it.
//
//   bench_trend --db WS --segment NAME [--months 24] [--runs 5] [--sizes-only]
// Prints one JSON object: cold_ms (with load_ms and compute_ms), warm p50/max, the points' dates, sizes and base
// sizes, the order lines and the peak memory.
#include "analysis/benchstats.h"
#include "benchcli.h"
#include "model/analytics/trendservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace swb;
using bench::fail;
using BenchStats::elapsedMs;
using BenchStats::percentile;
using BenchStats::round2;

namespace { } // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db = bench::dbOption();
    const QCommandLineOption segment(QStringLiteral("segment"), QStringLiteral("Saved segment."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption months(QStringLiteral("months"), QStringLiteral("Months (default 24)."),
                                    QStringLiteral("N"), QStringLiteral("24"));
    const QCommandLineOption runs = bench::runsOption(5, QStringLiteral("Warm runs"));
    const QCommandLineOption sizesOnly(QStringLiteral("sizes-only"), QStringLiteral("Sizes without KPIs."));
    parser.addOptions({db, segment, months, runs, sizesOnly});
    parser.process(app);
    if (!parser.isSet(db) || !parser.isSet(segment))
        return fail(QStringLiteral("give --db WS and --segment NAME"));

    TrendRange range;
    range.months = parser.value(months).toInt();
    range.kpis = !parser.isSet(sizesOnly);
    const QStringList segments{parser.value(segment)};
    QElapsedTimer timer;
    timer.start();
    const TrendOutcome cold = TrendService::compute(parser.value(db), segments, range);
    const double coldMs = elapsedMs(timer);
    if (!cold.result)
        return fail(cold.error);
    std::vector<double> warm;
    for (int run = 0; run < bench::runCount(parser); ++run) {
        timer.restart();
        const TrendOutcome again = TrendService::compute(parser.value(db), segments, range);
        warm.push_back(elapsedMs(timer));
        if (!again.result)
            return fail(again.error);
        if (!again.keptData)
            return fail(QStringLiteral("the next request loaded the customers and order lines again"));
    }

    const TrendResult& result = *cold.result;
    QJsonArray dates;
    QJsonArray sizes;
    QJsonArray baseSizes;
    for (qsizetype i = 0; i < result.dates.size(); ++i) {
        dates.append(result.dates[i].toString(Qt::ISODate));
        sizes.append(result.series.constFirst().points[i].size);
        baseSizes.append(result.baseSizes[i]);
    }
    const QJsonObject out{{QStringLiteral("segment"), segments.constFirst()},
                          {QStringLiteral("kpis"), range.kpis},
                          {QStringLiteral("points"), result.dates.size()},
                          {QStringLiteral("order_lines"), result.orderLines},
                          {QStringLiteral("cold_ms"), round2(coldMs)},
                          {QStringLiteral("load_ms"), round2(cold.loadSeconds * 1e3)},
                          {QStringLiteral("compute_ms"), round2(cold.computeSeconds * 1e3)},
                          {QStringLiteral("warm_p50_ms"), round2(percentile(warm, 0.5))},
                          {QStringLiteral("warm_min_ms"), round2(percentile(warm, 0.0))},
                          {QStringLiteral("warm_max_ms"), round2(percentile(warm, 1.0))},
                          {QStringLiteral("warm_runs"), qint64(warm.size())},
                          {QStringLiteral("peak_rss_mb"), round2(BenchStats::residentMb().second)},
                          {QStringLiteral("dates"), dates},
                          {QStringLiteral("sizes"), sizes},
                          {QStringLiteral("base_sizes"), baseSizes}};
    bench::printJson(out);
    return 0;
}
