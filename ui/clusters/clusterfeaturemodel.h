// The Clusters page's feature picker: each numeric, date and yes/no field with a box to cluster on it, how many
// customers lack a value (they are left out of the clustering), and a box for a log transform, ticked at first for
// skewed fields.
#pragma once

#include "model/analytics/clusterfieldsurvey.h"

#include <QAbstractTableModel>

namespace swb {

class ClusterFeatureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, Missing, Log, ColumnCount };

    explicit ClusterFeatureModel(QObject* parent = nullptr);

    // Fields chosen before keep their choice; on a first survey `defaults` are chosen (when present).
    void setSurvey(const ClusterFeatureSurvey& survey, const QStringList& defaults);
    void clear();
    const QList<ClusterFeatureInfo>& fields() const { return m_fields; }

    QStringList chosen() const; // in the list's order
    QStringList logChosen() const; // chosen fields with the log box ticked
    void choose(const QStringList& features, const QStringList& logFeatures);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void choiceChanged();

private:
    QList<ClusterFeatureInfo> m_fields;
    QList<bool> m_chosen;
    QList<bool> m_log;
    qint64 m_customers = 0;
};

} // namespace swb
