// The clusters of the shown run, one row each: its colour and number, its label (automatic, editable), size and share,
// and its explanation as a rule in words with the rule's precision and recall against the cluster.
#pragma once

#include "model/analytics/clusteranalysis.h"

#include <QAbstractTableModel>
#include <QColor>

namespace swb {

class ClusterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Cluster, Label, Size, Share, Rule, Precision, Recall, ColumnCount };

    explicit ClusterTableModel(QObject* parent = nullptr);

    // `labels`: one per cluster (the user's, else the automatic ones).
    void setRun(const ClusterRun& run, const QStringList& labels, const QList<QColor>& colors);
    void clear();

    int clusterCount() const { return int(m_sizes.size()); }
    QStringList labels() const { return m_labels; }
    QStringList automaticLabels() const { return m_automatic; }
    QList<qint64> sizes() const { return m_sizes; }
    // The rule of cluster `cluster` as a react-querybuilder definition; empty when it was not explained.
    QJsonObject rule(int cluster) const;
    const std::vector<ClusterExplanation>& explanations() const { return m_explanations; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The user renamed a cluster: all labels, in cluster order.
    void labelsEdited(const QStringList& labels);

private:
    QVariant display(int row, int column) const;

    QStringList m_labels;
    QStringList m_automatic;
    QList<qint64> m_sizes;
    QList<double> m_shares;
    QList<QColor> m_colors;
    std::vector<ClusterExplanation> m_explanations;
};

} // namespace swb
