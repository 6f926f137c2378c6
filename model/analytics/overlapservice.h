// Runs segment overlap counts (|A ∩ B| for every pair) off the GUI thread; a newer request supersedes the older.
#pragma once

#include "model/jobs/latestjob.h"
#include "model/segments/segmentrepository.h"

#include <QObject>

#include <optional>

namespace swb {

struct OverlapOutcome
{
    std::optional<OverlapMatrix> matrix;
    QString error;
};

class OverlapService : public QObject
{
    Q_OBJECT

public:
    explicit OverlapService(QObject* parent = nullptr);
    ~OverlapService() override;

    // Overlaps of the named segments in the workspace at `workspacePath` (the job opens its own connection).
    // A long-running job in the application's JobTracker.
    QFuture<OverlapOutcome> start(const QString& workspacePath, const QStringList& segments);
    void cancel();
    bool isRunning() const;

    // The pure job: usable from any thread.
    static OverlapOutcome compute(const QString& workspacePath, const QStringList& segments,
                                  const CancelCheck& cancel = {}, const ProgressCallback& progress = {});

signals:
    void finished(const swb::OverlapMatrix& matrix);
    void failed(const QString& error);

private:
    LatestJob<OverlapOutcome> m_job{this};
};

} // namespace swb
