// Predicted customer value for the window: fits BG/NBD and Gamma-Gamma, backtests and scores the customers off the
// GUI thread (a newer fit supersedes the running one), and saves the predictions with a segment made of them.
#pragma once

#include "model/analytics/clvinput.h"
#include "model/jobs/latestjob.h"

#include <QObject>

namespace swb {

// Customers per range of a prediction: bin i holds lower + i·width <= v < lower + (i+1)·width; the last bin also
// holds every larger value (`openEnded`).
struct ClvHistogram
{
    double lower = 0;
    double width = 0;
    std::vector<qint64> counts;
    bool openEnded = false;
};

struct ClvResult
{
    ClvOutcome outcome; // the fit, the backtest and what is needed to save
    ClvOptions options; // with the calibration end used
    std::vector<double> predictedClv; // per customer of outcome.report->data (NaN: no prediction)
    std::vector<double> pAlive;
    ClvHistogram clvHistogram; // 20 bins up to the 95th percentile, the last open-ended
    ClvHistogram pAliveHistogram; // 10 bins of 0.1
    bool canceled = false;
};

// A segment saved from the predictions: its name, members and the threshold of its rule.
struct ClvSegmentSaved
{
    QString name;
    qint64 members = 0;
    double threshold = 0;
    QByteArray definition;
    QString error;
};

class ClvService : public QObject
{
    Q_OBJECT

public:
    explicit ClvService(QObject* parent = nullptr);
    ~ClvService() override;

    QFuture<ClvResult> start(const QString& workspacePath, const ClvOptions& options);
    void cancel();
    bool isRunning() const;

    // The pure job: reads the orders (40%), fits and backtests (85%), scores every customer (100%).
    static ClvResult compute(const QString& workspacePath, const ClvOptions& options, const CancelCheck& cancel = {},
                             const ProgressCallback& progress = {});
    static ClvHistogram histogram(std::vector<double> values, int bins, double lower, std::optional<double> upper);

    // Both save the four fields first (ClvSave; not when `storeFields` is false: a segment after the first of the
    // same fit, whose fields are stored), then a static segment `name` (source "clv") of the customers the rule
    // selects now. Top: predicted_clv >= the value of the customer at `percent`% from the top.
    static ClvSegmentSaved saveTopSegment(const QString& workspacePath, const ClvResult& result, double percent,
                                          const QString& name, bool storeFields = true);
    // At risk: p_alive < `threshold` among the top `highSpenderPercent`% by historical revenue (the field of role
    // revenue).
    static ClvSegmentSaved saveAtRiskSegment(const QString& workspacePath, const ClvResult& result, double threshold,
                                             double highSpenderPercent, const QString& name, bool storeFields = true);

signals:
    void progressChanged(int percent);
    void finished(const swb::ClvResult& result);
    void failed(const QString& error);

private:
    LatestJob<ClvResult> m_job{this};
};

} // namespace swb
