#include "ui/customers/customertablemodel.h"

#include "ui/customers/valueformat.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>
#include <QTimer>

#include <cstdlib>
#include <limits>
#include <utility>

namespace swb {

namespace {

constexpr int s_rangeRows = 200;
constexpr int s_keptRanges = 64; // about 13,000 rows in memory
constexpr int s_wantedRanges = 6; // a screenful or two; older wishes were scrolled past

} // namespace

CustomerTableModel::CustomerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    connect(&m_source, &CustomerDataSource::pageReady, this, &CustomerTableModel::onPageReady);
    connect(&m_source, &CustomerDataSource::countReady, this, &CustomerTableModel::onCountReady);
    connect(&m_source, &CustomerDataSource::orderReady, this, &CustomerTableModel::onOrderReady);
    connect(&m_source, &CustomerDataSource::rangeReady, this, &CustomerTableModel::onRangeReady);
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
    clearRows();
    endResetModel();
    restart();
}

void CustomerTableModel::setSelection(const Selection& selection)
{
    m_selection = selection;
    beginResetModel();
    clearRows();
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
    clearRows();
    endResetModel();
    restart();
}

void CustomerTableModel::clearRows()
{
    m_rows.clear();
    m_rowids.clear();
    m_random = false;
    m_randomRows = 0;
    m_randomTarget = 0;
    m_ranges.clear();
    m_wanted.clear();
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

void CustomerTableModel::onCountReady(qint64 count)
{
    if (count > m_randomAccessThreshold && m_source.canFetchMore())
        m_source.startOrder();
    emit totalCountChanged(count);
}

void CustomerTableModel::onOrderReady(qint64 rows)
{
    // The pages read so far are the start of the order, unless the customers changed in between.
    bool prefix = rows >= m_rowids.size();
    for (qsizetype row = 0; prefix && row < m_rowids.size(); ++row)
        prefix = m_rowids.at(row) == m_source.rowIdAt(row);
    const int total = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    if (!prefix) {
        beginResetModel();
        clearRows();
        m_random = true;
        endResetModel();
    } else {
        // The rows read so far stay; the prefix test makes `total` at least their number.
        m_randomRows = int(m_rows.size());
        m_random = true;
    }
    m_randomTarget = total;
    growRandomRows();
}

void CustomerTableModel::growRandomRows()
{
    // The view's header keeps an entry per row: a million rows inserted at once block the GUI thread for tens of
    // milliseconds, so they come in steps, one per event-loop turn.
    if (!m_random || m_randomRows >= m_randomTarget)
        return;
    const int end = m_randomTarget - m_randomRows > m_rowsPerStep ? m_randomRows + m_rowsPerStep : m_randomTarget;
    beginInsertRows({}, m_randomRows, end - 1);
    m_randomRows = end;
    endInsertRows();
    if (m_randomRows < m_randomTarget)
        QTimer::singleShot(0, this, &CustomerTableModel::growRandomRows);
}

void CustomerTableModel::onRangeReady(qint64 first, const CustomerPage& page)
{
    if (!m_random || page.rows.isEmpty())
        return;
    const qint64 range = first / s_rangeRows;
    m_ranges.insert(range, page.rows);
    while (m_ranges.size() > s_keptRanges) {
        // Forget the range farthest from the one that just arrived.
        auto farthest = m_ranges.begin();
        for (auto it = m_ranges.begin(); it != m_ranges.end(); ++it) {
            if (std::abs(it.key() - range) > std::abs(farthest.key() - range))
                farthest = it;
        }
        m_ranges.erase(farthest);
    }
    const int last = int(std::min<qint64>(first + page.rows.size(), m_randomRows)) - 1;
    if (last >= first && columnCount() > 0)
        emit dataChanged(index(int(first), 0), index(last, columnCount() - 1));
    fetchWanted();
}

const QVariantList* CustomerTableModel::rowValues(int row) const
{
    if (row < m_rows.size())
        return &m_rows.at(row);
    if (!m_random || row >= m_randomRows)
        return nullptr;
    const auto it = m_ranges.constFind(row / s_rangeRows);
    if (it == m_ranges.constEnd() || row % s_rangeRows >= it->size())
        return nullptr;
    return &it->at(row % s_rangeRows);
}

void CustomerTableModel::want(qint64 range) const
{
    m_wanted.removeOne(range);
    m_wanted.append(range);
    while (m_wanted.size() > s_wantedRanges)
        m_wanted.removeFirst();
    if (!std::exchange(m_fetchQueued, true)) {
        // After the view has asked for all the rows it paints: then the newest wish is read first.
        QMetaObject::invokeMethod(const_cast<CustomerTableModel*>(this), &CustomerTableModel::fetchWanted,
                                  Qt::QueuedConnection);
    }
}

void CustomerTableModel::fetchWanted()
{
    m_fetchQueued = false;
    if (!m_random || m_source.isFetchingRange())
        return;
    while (!m_wanted.isEmpty()) {
        const qint64 range = m_wanted.takeLast();
        if (!m_ranges.contains(range)) {
            m_source.fetchRange(range * s_rangeRows, s_rangeRows);
            return;
        }
    }
}

void CustomerTableModel::onPageReady(const CustomerPage& page)
{
    // Once rows are read by number, a page that was on its way is not needed.
    if (page.rows.isEmpty() || m_random)
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    m_rows.append(page.rows);
    m_rowids.append(page.rowids);
    endInsertRows();
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_random ? m_randomRows : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList* values = rowValues(index.row());
    if (!values) {
        // Not read yet: asked for now, shown when it arrives.
        want(index.row() / s_rangeRows);
        if (role == RowIdRole)
            return m_source.rowIdAt(index.row());
        if (role == Qt::ToolTipRole)
            return tr("Loading…");
        if (role == Qt::DisplayRole)
            return QStringLiteral("…");
        if (role == Qt::ForegroundRole)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    const QVariant& value = values->at(index.column());
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
        return index.row() < m_rowids.size() ? m_rowids.at(index.row()) : m_source.rowIdAt(index.row());
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= m_fields.size())
        return {};
    const FieldInfo& field = m_fields.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return fieldLabel(field);
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
    return !parent.isValid() && !m_random && m_source.canFetchMore();
}

void CustomerTableModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid() && !m_random)
        m_source.fetchMore(currentPageSize());
}

int CustomerTableModel::currentPageSize() const
{
    // A sorted page costs a scan of the table whatever its length (there is no index on the column), so sorted
    // pages are longer; in rowid order a page is a short range read.
    return m_sortColumn >= 0 ? 4 * m_pageSize : m_pageSize;
}

} // namespace swb
