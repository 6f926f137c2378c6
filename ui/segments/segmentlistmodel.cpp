#include "ui/segments/segmentlistmodel.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace swb {

namespace {

// Distinct, readable on light and dark backgrounds.
const QList<QColor> s_palette = {QColor(0x3b6fd8), QColor(0xe07b39), QColor(0x2e9d6a), QColor(0xc2416b),
                                 QColor(0x8a5cd1), QColor(0x1c9bb0), QColor(0xb59a1e), QColor(0x6b7a8f)};

} // namespace

SegmentListModel::SegmentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SegmentListModel::setSegments(const QList<Segment>& segments)
{
    beginResetModel();
    m_rows.clear();
    for (const Segment& segment : segments)
        m_rows.append({segment, std::nullopt, {}, false});
    endResetModel();
}

void SegmentListModel::setSizes(const QHash<QString, qint64>& sizes, const QHash<QString, QString>& errors)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        Row& entry = m_rows[row];
        const auto size = sizes.constFind(entry.segment.name);
        entry.size = size == sizes.constEnd() ? std::nullopt : std::optional<qint64>(*size);
        entry.sizeError = errors.value(entry.segment.name);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void SegmentListModel::setBusy(const QString& name, bool busy)
{
    const int row = rowOf(name);
    if (row < 0 || m_rows.at(row).busy == busy)
        return;
    m_rows[row].busy = busy;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::ForegroundRole, BusyRole});
}

const Segment* SegmentListModel::segment(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).segment : nullptr;
}

int SegmentListModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).segment.name == name)
            return row;
    }
    return -1;
}

QColor SegmentListModel::swatchColor(const Segment& segment)
{
    const QColor own(segment.color);
    if (!segment.color.isEmpty() && own.isValid())
        return own;
    return s_palette.at(int(std::abs(segment.id) % s_palette.size()));
}

int SegmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SegmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const Segment& segment = row.segment;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return segment.name;
        if (row.size)
            return QLocale().toString(*row.size);
        //: Size of a segment that is still being counted, or could not be counted
        return row.sizeError.isEmpty() ? tr("…") : tr("—");
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(swatchColor(segment)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = segment.kind == SegmentKind::Dynamic
            ? tr("%1: dynamic segment, re-evaluated on the current data").arg(segment.name)
            : tr("%1: static segment, a frozen list of customers").arg(segment.name);
        if (!segment.description.isEmpty())
            tip += QLatin1Char('\n') + segment.description;
        if (!row.sizeError.isEmpty())
            tip += QLatin1Char('\n') + tr("Cannot be counted: %1").arg(row.sizeError);
        if (row.busy)
            tip += QLatin1Char('\n') + tr("A change of this segment is being saved.");
        return tip;
    }
    case Qt::ForegroundRole:
        return row.busy ? QVariant(QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
    case BusyRole:
        return row.busy;
    case NameRole:
        return segment.name;
    case KindRole:
        return segmentKindName(segment.kind);
    case SizeRole:
        return row.size ? QVariant(*row.size) : QVariant();
    case ColorRole:
        return swatchColor(segment);
    case SortRole:
        if (index.column() == SizeColumn)
            return row.size ? QVariant(*row.size) : QVariant(qint64(-1));
        return segment.name.toLower();
    default:
        return {};
    }
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        //: Column header in the segments list
        return tr("Segment");
    case SizeColumn:
        //: Column header: number of customers in the segment
        return tr("Customers");
    default:
        return {};
    }
}

} // namespace swb
