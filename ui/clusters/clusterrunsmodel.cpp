#include "ui/clusters/clusterrunsmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace swb {

ClusterRunsModel::ClusterRunsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ClusterRunsModel::setRuns(const QList<ClusterRunRecord>& runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int ClusterRunsModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_runs.size(); ++i)
        if (m_runs[i].id == id)
            return int(i);
    return -1;
}

int ClusterRunsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int ClusterRunsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterRunsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const ClusterRunRecord& run = m_runs[index.row()];
    const QLocale locale;
    if (role == Qt::UserRole)
        return run.id;
    if (role == Qt::ToolTipRole)
        return tr("Run %1: %2. Double-click to show it again.")
            .arg(run.id)
            .arg(run.features.join(QStringLiteral(", ")));
    if (role == Qt::TextAlignmentRole)
        return index.column() == Features || index.column() == Created
            ? QVariant()
            : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Run:
        return locale.toString(run.id);
    case Created: {
        QDateTime created = QDateTime::fromString(run.createdAt, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        created.setTimeZone(QTimeZone::utc());
        return locale.toString(created.toLocalTime(), QLocale::NarrowFormat);
    }
    case K:
        return run.swept ? tr("%1 (of %2–%3)").arg(run.k).arg(run.request.kMin).arg(run.request.kMax)
                         : locale.toString(run.k);
    case Features:
        return run.features.join(QStringLiteral(", "));
    case Customers:
        return locale.toString(run.rows);
    case Silhouette:
        return run.silhouette ? locale.toString(*run.silhouette, 'f', 3) : QString();
    default:
        return {};
    }
}

QVariant ClusterRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Run:
        return tr("Run");
    case Created:
        return tr("Created");
    case K:
        return tr("k");
    case Features:
        return tr("Fields");
    case Customers:
        return tr("Customers");
    case Silhouette:
        return tr("Silhouette");
    default:
        return {};
    }
}

} // namespace swb
