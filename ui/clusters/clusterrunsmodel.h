// The workspace's saved clustering runs, newest first: when, k, the fields, how many customers, the silhouette.
#pragma once

#include "model/analytics/clusterruns.h"

#include <QAbstractTableModel>

namespace swb {

class ClusterRunsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Run, K, Customers, Silhouette, Created, Features, ColumnCount };

    explicit ClusterRunsModel(QObject* parent = nullptr);

    void setRuns(const QList<ClusterRunRecord>& runs);
    const QList<ClusterRunRecord>& runs() const { return m_runs; }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ClusterRunRecord> m_runs;
};

} // namespace swb
