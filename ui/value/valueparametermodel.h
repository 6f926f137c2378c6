// The fitted parameters of the customer-value models, one per row: the model (purchases: BG/NBD, spend:
// Gamma-Gamma), the symbol, its value and what it means in plain words; the log-likelihood and convergence of each
// model close the list.
#pragma once

#include "analysis/gammagamma.h"

#include <QAbstractTableModel>

namespace swb {

class ValueParameterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Model, Parameter, Value, Meaning, ColumnCount };

    explicit ValueParameterModel(QObject* parent = nullptr);

    void setFits(const BgNbdFit& purchases, const GammaGammaFit& spend);
    void clear();
    // The value shown in `row` (NaN for a row that is not a number).
    double value(int row) const;
    QString parameter(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString model;
        QString parameter;
        double value = 0;
        QString text; // instead of the value (converged or not)
        QString meaning;
    };
    QList<Row> m_rows;
};

} // namespace swb
