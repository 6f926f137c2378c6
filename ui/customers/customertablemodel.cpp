#include "ui/customers/customertablemodel.h"

#include "ui/customers/valueformat.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>

namespace swb {

CustomerTableModel::CustomerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    connect(&m_source, &CustomerDataSource::pageReady, this, &CustomerTableModel::onPageReady);
    connect(&m_source, &CustomerDataSource::countReady, this, &CustomerTableModel::totalCountChanged);
    connect(&m_source, &CustomerDataSource::failed, this, &CustomerTableModel::errorOccurred);
    connect(&m_source, &CustomerDataSource::idle, this, [this] {
        if (m_source.count() >= 0 || !m_source.error().isEmpty())
            emit loaded();
    });
}

void CustomerTableModel::setWorkspace(const QString& workspacePath, const QList<FieldInfo>& fields)
{
    beginResetModel();
    m_workspacePath = workspacePath;
    m_fields = fields;
    m_selection = {};
    m_sortColumn = -1;
    m_sortOrder = Qt::AscendingOrder;
    m_rows.clear();
    m_rowids.clear();
    endResetModel();
    restart();
}

void CustomerTableModel::setSelection(const RowSelection& selection)
{
    m_selection = selection;
    beginResetModel();
    m_rows.clear();
    m_rowids.clear();
    endResetModel();
    restart();
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    // The rows are re-read in the new order: a reset, not a permutation of what is loaded.
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    m_rows.clear();
    m_rowids.clear();
    endResetModel();
    restart();
}

void CustomerTableModel::restart()
{
    CustomerDataSource::Query query;
    if (!m_fields.isEmpty())
        query.workspacePath = m_workspacePath;
    query.selection = m_selection;
    for (const FieldInfo& field : std::as_const(m_fields))
        query.columns.append(field.name);
    if (m_sortColumn >= 0 && m_sortColumn < m_fields.size())
        query.sortColumn = m_fields.at(m_sortColumn).name;
    query.descending = m_sortColumn >= 0 && m_sortOrder == Qt::DescendingOrder;
    m_source.setQuery(std::move(query));
    emit totalCountChanged(-1);
    // The first page is read at once: the view would ask for it, but only once it is shown.
    m_source.fetchMore(currentPageSize());
}

void CustomerTableModel::onPageReady(const CustomerPage& page)
{
    if (page.rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    m_rows.append(page.rows);
    m_rowids.append(page.rowids);
    endInsertRows();
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant& value = m_rows.at(index.row()).at(index.column());
    const FieldInfo& field = m_fields.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return ValueFormat::display(value, field, m_locale);
    case Qt::ToolTipRole:
        return value.isNull() ? tr("No value") : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(ValueFormat::alignment(field));
    case Qt::BackgroundRole:
        if (value.isNull()) {
            QColor dim = QApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
            dim.setAlpha(28);
            return QBrush(dim);
        }
        return {};
    case RawValueRole:
        return value;
    case IsNullRole:
        return value.isNull();
    case RowIdRole:
        return m_rowids.at(index.row());
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
            return section + 1;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_fields.size())
        return {};
    const FieldInfo& field = m_fields.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return ValueFormat::title(field);
    case Qt::ToolTipRole: {
        const QString roleName = fieldRoleName(field.role);
        return roleName.isEmpty() ? tr("Column %1 (%2)").arg(field.name, fieldTypeName(field.type))
                                  : tr("Column %1 (%2, role: %3)").arg(field.name, fieldTypeName(field.type), roleName);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(ValueFormat::alignment(field));
    default:
        return {};
    }
}

bool CustomerTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_source.canFetchMore();
}

void CustomerTableModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid())
        m_source.fetchMore(currentPageSize());
}

int CustomerTableModel::currentPageSize() const
{
    // A sorted page costs a scan of the table whatever its length (there is no index on the column), so sorted
    // pages are longer; in rowid order a page is a short range read.
    return m_sortColumn >= 0 ? 4 * m_pageSize : m_pageSize;
}

} // namespace swb
