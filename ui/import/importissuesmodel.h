// Issues of an import (line, column, reason, value as read) as a table.
#pragma once

#include "model/import/importtypes.h"

#include <QAbstractTableModel>

namespace swb {

class ImportIssuesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, FieldColumn, ReasonColumn, ValueColumn, ColumnCount };

    explicit ImportIssuesModel(QObject* parent = nullptr);

    void setIssues(const QList<ImportIssue>& issues);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportIssue> m_issues;
};

} // namespace swb
