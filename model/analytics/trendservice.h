// Runs back-calculated trends off the GUI thread (a newer request supersedes the one still running), and the same
// work for the command line: loads the customers (through ColumnStoreCache) and the order lines, keeps both for the
// next request on the same unchanged workspace, and runs TrendCalculator.
#pragma once

#include "model/analytics/trendcalculator.h"
#include "model/jobs/latestjob.h"

#include <QObject>

#include <optional>

namespace swb {

// Which dates: the period ends of the last `months` months up to the as-of date, or those in [from, to].
struct TrendRange
{
    int months = 12;
    QDate from; // both set: a range instead of `months`
    QDate to;
    TrendStep step = TrendStep::Month;
    std::optional<QDate> asOf; // the end of the last `months`; default: the workspace's as-of date
    bool kpis = true; // false: sizes only
};

struct TrendOutcome
{
    std::optional<TrendResult> result;
    QString error;
    double loadSeconds = 0; // opening the workspace, the customers and the order lines
    bool keptData = false; // the customers and order lines were kept from an earlier request
    double computeSeconds = 0;
};

class TrendService : public QObject
{
    Q_OBJECT

public:
    explicit TrendService(QObject* parent = nullptr);
    ~TrendService() override;

    // The trend of the named saved segments in the workspace at `workspacePath` (its own connection). A
    // long-running job in the application's JobTracker.
    QFuture<TrendOutcome> start(const QString& workspacePath, const QStringList& segments, const TrendRange& range);
    void cancel();
    bool isRunning() const;

    // The pure job: usable from any thread (the CLI calls it directly).
    static TrendOutcome compute(const QString& workspacePath, const QStringList& segments, const TrendRange& range,
                                const CancelCheck& cancel = {}, const ProgressCallback& progress = {});
    // Reads the customers and order lines a trend needs and writes their copies (ColumnStoreCache, OrderLinesCache)
    // when they are not current, so that the first trend after an import loads in a fraction of the time; in this
    // process they are also kept for the next request. False (with the reason) when the workspace has no orders to
    // go back in time with, or on cancel.
    static bool prepare(const QString& workspacePath, QString* error, const CancelCheck& cancel = {},
                        const ProgressCallback& progress = {});
    // prepare() as a long-running job of its own in the application's JobTracker (cancellable there), after an
    // import in the window: nothing waits for it, and a trend asked for meanwhile waits for its data instead of
    // reading everything a second time.
    static QFuture<bool> prepareInBackground(const QString& workspacePath);
    // Drops the customers and order lines kept from the last request.
    static void clearKept();

    // The note a chart or a report shows under a back-calculated trend.
    static QString note();

signals:
    void progressChanged(int percent);
    void finished(const swb::TrendResult& result);
    void failed(const QString& error);

private:
    LatestJob<TrendOutcome> m_job{this};
};

} // namespace swb
