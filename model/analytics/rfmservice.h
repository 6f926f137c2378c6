// Runs the RFM analysis off the GUI thread on its own connection; a newer request supersedes the running one.
#pragma once

#include "model/analytics/rfmanalysis.h"
#include "model/jobs/latestjob.h"

#include <QObject>

namespace swb {

struct RfmOutcome
{
    std::optional<RfmResult> result;
    QString error;
};

class RfmService : public QObject
{
    Q_OBJECT

public:
    explicit RfmService(QObject* parent = nullptr);
    ~RfmService() override;

    // A long-running job in the application's JobTracker.
    QFuture<RfmOutcome> start(const QString& workspacePath, const RfmConfig& config, bool saveSegments);
    void cancel();
    bool isRunning() const;

    // The pure job: opens the workspace, runs, closes. Cancel rolls everything back.
    static RfmOutcome compute(const QString& workspacePath, const RfmConfig& config, bool saveSegments,
                              const CancelCheck& cancel = {}, const ProgressCallback& progress = {});

signals:
    void progressChanged(int percent);
    void finished(const swb::RfmResult& result);
    void failed(const QString& error);

private:
    LatestJob<RfmOutcome> m_job{this};
};

} // namespace swb
