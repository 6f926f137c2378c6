// Times the Dashboard's field distributions on a workspace: the first request (which loads the column store), then
// each distributable field of a segment against the base with the store loaded, then the top differences over all
// fields (what the review report asks for).
//   bench_distribution WORKSPACE SEGMENT [REPEATS]
#include "model/analytics/distributionservice.h"
#include "model/filter/columnstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace swb;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_distribution WORKSPACE SEGMENT [REPEATS]\n");
        return 2;
    }
    const QString path = args.at(1);
    const QString segment = args.at(2);
    const int repeats = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 5;

    QElapsedTimer timer;
    timer.start();
    const DistributionOutcome first = DistributionService::compute(path, segment, QStringLiteral("age"));
    if (!first.distribution) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(first.error));
        return 1;
    }
    std::printf("rows %lld, segment %lld; first request (loads the column store): %.3f s\n",
                static_cast<long long>(first.store->rowCount()),
                static_cast<long long>(first.distribution->segmentSize), timer.nsecsElapsed() / 1e9);

    double worst = 0.0;
    for (const FieldInfo& field : DistributionCalculator::distributableFields(first.store->fields())) {
        QList<double> seconds;
        int bins = 0;
        for (int i = 0; i < repeats; ++i) {
            timer.restart();
            const DistributionOutcome outcome = DistributionService::compute(path, segment, field.name, first.store);
            seconds << timer.nsecsElapsed() / 1e9;
            if (!outcome.distribution) {
                std::fprintf(stderr, "%s: %s\n", qUtf8Printable(field.name), qUtf8Printable(outcome.error));
                return 1;
            }
            bins = int(outcome.distribution->bins.size());
        }
        std::sort(seconds.begin(), seconds.end());
        const double median = seconds.at(seconds.size() / 2);
        worst = std::max(worst, median);
        std::printf("  %-24s %-9s %3d bins  median %.4f s\n", qUtf8Printable(field.name),
                    qUtf8Printable(fieldTypeName(field.type)), bins, median);
    }
    std::printf("slowest field (median of %d): %.4f s\n", repeats, worst);

    timer.restart();
    const DistributionOutcome differences = DistributionService::differences(path, segment, 10, first.store);
    std::printf("top 10 differences over all fields: %.3f s\n", timer.nsecsElapsed() / 1e9);
    for (const DistributionDifference& d : differences.differences)
        std::printf("  %+7.2f points  %s = %s\n", d.points, qUtf8Printable(d.field.name), qUtf8Printable(d.bin.label));
    return differences.error.isEmpty() ? 0 : 1;
}
