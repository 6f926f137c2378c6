// The first rows of a file to import as they were read (raw text), under the names the columns will get.
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace swb {

class ImportColumnsModel;

class ImportRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ImportRowsModel(const ImportColumnsModel* columns, QObject* parent = nullptr);

    void setRows(const QList<QStringList>& rows, int columnCount);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ImportColumnsModel* m_columns = nullptr;
    QList<QStringList> m_rows;
    int m_columnCount = 0;
};

} // namespace swb
