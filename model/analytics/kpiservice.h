// Runs KPI computations off the GUI thread; a newer request supersedes the one still running.
#pragma once

#include "model/analytics/kpicalculator.h"
#include "model/jobs/latestjob.h"

#include <QObject>

#include <optional>

namespace swb {

struct KpiOutcome
{
    std::optional<KpiReport> report;
    QString error;
};

class KpiService : public QObject
{
    Q_OBJECT

public:
    explicit KpiService(QObject* parent = nullptr);
    ~KpiService() override;

    // KPIs of the base and of the named segments in the workspace at `workspacePath` (its own connection).
    // `asOf` overrides the workspace's as-of date. A long-running job in the application's JobTracker.
    QFuture<KpiOutcome> start(const QString& workspacePath, const QStringList& segments,
                              std::optional<QDate> asOf = std::nullopt);
    void cancel();
    bool isRunning() const;

    // The pure job: usable from any thread (the CLI calls it directly).
    static KpiOutcome compute(const QString& workspacePath, const QStringList& segments, std::optional<QDate> asOf,
                              const CancelCheck& cancel = {}, const ProgressCallback& progress = {});

signals:
    void progressChanged(int percent);
    void finished(const swb::KpiReport& report);
    void failed(const QString& error);

private:
    LatestJob<KpiOutcome> m_job{this};
};

} // namespace swb
