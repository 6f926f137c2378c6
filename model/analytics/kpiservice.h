// Runs KPI computations off the GUI thread; a newer request supersedes the one still running.
#pragma once

#include "model/analytics/kpicalculator.h"
#include "model/jobs/latestjob.h"

#include <QJsonObject>
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

    // The KPIs a snapshot keeps: the segment's object of `swb kpis` (with lifts against the base, as of the
    // workspace's date), computed on their own connection; {} when they cannot be computed.
    static QJsonObject snapshotKpis(const QString& workspacePath, const QString& segment);

signals:
    void progressChanged(int percent);
    void finished(const swb::KpiReport& report);
    void failed(const QString& error);

private:
    LatestJob<KpiOutcome> m_job{this};
};

} // namespace swb
