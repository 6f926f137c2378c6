// Computes a field's distribution in one segment against the base off the GUI thread, on the workspace's column
// store (loaded once per workspace and kept until invalidate()); a newer request supersedes the older.
#pragma once

#include "model/analytics/distributioncalculator.h"
#include "model/jobs/latestjob.h"

#include <QObject>

#include <memory>
#include <optional>

namespace swb {

class ColumnStore;

struct DistributionOutcome
{
    std::optional<FieldDistribution> distribution;
    QList<DistributionDifference> differences; // differences()
    QStringList skippedFields; // differences(): fields whose distribution could not be computed
    QString segment;
    QString error;
    std::shared_ptr<const ColumnStore> store; // the store the job used, for the next request
};

class DistributionService : public QObject
{
    Q_OBJECT

public:
    explicit DistributionService(QObject* parent = nullptr);
    ~DistributionService() override;

    // The distribution of `field` in the saved segment `segment` (empty: the whole base) of the workspace at
    // `workspacePath` against all its customers. An interactive job once the data is loaded.
    QFuture<DistributionOutcome> start(const QString& workspacePath, const QString& segment, const QString& field);
    void cancel();
    bool isRunning() const;
    // Drops the loaded data (after an import or when another workspace opens): the next request reads it again.
    void invalidate();

    // The pure jobs, usable from any thread. `store`: the workspace's loaded column store, or null to load it.
    static DistributionOutcome compute(const QString& workspacePath, const QString& segment, const QString& field,
                                       std::shared_ptr<const ColumnStore> store = {},
                                       const std::function<bool()>& cancel = {});
    // The `k` fields/bins where the segment's shares differ most from the base's (for the review report).
    static DistributionOutcome differences(const QString& workspacePath, const QString& segment, int k,
                                           std::shared_ptr<const ColumnStore> store = {},
                                           const std::function<bool()>& cancel = {});
    // The same for several segments at once, one outcome each in their order (each field's bins found once).
    static QList<DistributionOutcome> differencesMany(const QString& workspacePath, const QStringList& segments, int k,
                                                      std::shared_ptr<const ColumnStore> store = {},
                                                      const std::function<bool()>& cancel = {});

signals:
    void finished(const swb::FieldDistribution& distribution, const QString& segment);
    void failed(const QString& error);

private:
    LatestJob<DistributionOutcome> m_job{this};
    QString m_storePath;
    std::shared_ptr<const ColumnStore> m_store;
};

} // namespace swb
