// Runs the RFM analysis, reads what the RFM page shows and stores its edits, each off the GUI thread on its own
// connection; a newer run (or read) supersedes the running one, edits run one after another (JobPool::Writes).
#pragma once

#include "model/analytics/rfmanalysis.h"
#include "model/analytics/rfmoverview.h"
#include "model/jobs/latestjob.h"

#include <QObject>

#include <functional>

namespace swb {

struct RfmOutcome
{
    std::optional<RfmResult> result;
    QString error;
};

struct RfmTransitionsOutcome
{
    qint64 fromRun = 0;
    qint64 toRun = 0;
    std::optional<RfmTransitions> transitions;
    QString error;
};

class RfmService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QString& error)>;

    explicit RfmService(QObject* parent = nullptr);
    ~RfmService() override;

    // A long-running job in the application's JobTracker.
    QFuture<RfmOutcome> start(const QString& workspacePath, const RfmConfig& config, bool saveSegments);
    void cancel();
    bool isRunning() const;

    // The page's figures: overviewReady() or overviewFailed(); a newer read supersedes the older.
    QFuture<RfmOverviewOutcome> readOverview(const QString& workspacePath);
    void cancelOverview();
    bool isReadingOverview() const;
    // How customers moved from one run to another: transitionsReady() or transitionsFailed(); a newer read supersedes.
    QFuture<RfmTransitionsOutcome> readTransitions(const QString& workspacePath, qint64 fromRun, qint64 toRun);
    bool isReadingTransitions() const;

    // Writes (JobPool::Writes, in the order asked): `done` gets an empty error on success, on this object's thread.
    // The grid of the latest run changes (RfmAnalysis::regroup).
    QFuture<QString> storeGrid(const QString& workspacePath, const RfmGrid& grid, Done done);
    // The static segments "RFM: <group>" of the current groups (RfmAnalysis::saveGroupSegments).
    QFuture<QString> saveGroupSegments(const QString& workspacePath, const QList<RfmGroupCount>& groups, Done done);

    // The pure job: opens the workspace, runs, closes. Cancel rolls everything back.
    static RfmOutcome compute(const QString& workspacePath, const RfmConfig& config, bool saveSegments,
                              const CancelCheck& cancel = {}, const ProgressCallback& progress = {});

signals:
    void progressChanged(int percent);
    void finished(const swb::RfmResult& result);
    void failed(const QString& error);
    void overviewReady(const swb::RfmOverview& overview);
    void overviewFailed(const QString& error);
    void transitionsReady(qint64 fromRun, qint64 toRun, const swb::RfmTransitions& transitions);
    void transitionsFailed(const QString& error);

private:
    QFuture<QString> write(const QString& title, std::function<QString()> work, Done done);

    LatestJob<RfmOutcome> m_job{this};
    LatestJob<RfmOverviewOutcome> m_overview{this};
    LatestJob<RfmTransitionsOutcome> m_transitions{this};
};

} // namespace swb
