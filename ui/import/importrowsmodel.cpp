#include "ui/import/importrowsmodel.h"

#include "ui/import/importcolumnsmodel.h"

#include <QApplication>
#include <QPalette>

namespace swb {

ImportRowsModel::ImportRowsModel(const ImportColumnsModel* columns, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{
    // Names and skipped columns show in the header and the cell colours.
    connect(m_columns, &ImportColumnsModel::overridesChanged, this, [this] {
        if (m_columnCount > 0) {
            emit headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columnCount - 1), {Qt::ForegroundRole});
        }
    });
}

void ImportRowsModel::setRows(const QList<QStringList>& rows, int columnCount)
{
    beginResetModel();
    m_rows = rows;
    m_columnCount = columnCount;
    for (const QStringList& row : rows)
        m_columnCount = qMax(m_columnCount, int(row.size()));
    endResetModel();
}

int ImportRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant ImportRowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() < row.size() ? row.at(index.column()) : QString();
    case Qt::ForegroundRole:
        if (m_columns->isSkipped(index.column()))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ImportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columnCount) {
        const QString name = m_columns->targetName(section);
        return name.isEmpty() ? tr("(skipped)") : name;
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace swb
