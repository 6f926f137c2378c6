#include "ui/clusters/clustertablemodel.h"

#include <QLocale>

namespace swb {

ClusterTableModel::ClusterTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ClusterTableModel::setRun(const ClusterRun& run, const QStringList& labels, const QList<QColor>& colors)
{
    beginResetModel();
    m_labels.clear();
    m_automatic.clear();
    m_sizes.clear();
    m_shares.clear();
    for (const ClusterProfile& profile : run.profiles.clusters) {
        m_automatic << profile.label;
        m_labels << (labels.value(profile.cluster).isEmpty() ? profile.label : labels.value(profile.cluster));
        m_sizes << profile.size;
        m_shares << profile.share;
    }
    m_colors = colors;
    m_explanations = run.explanations.value_or(std::vector<ClusterExplanation>{});
    endResetModel();
}

void ClusterTableModel::clear()
{
    beginResetModel();
    m_labels.clear();
    m_automatic.clear();
    m_sizes.clear();
    m_shares.clear();
    m_explanations.clear();
    endResetModel();
}

QJsonObject ClusterTableModel::rule(int cluster) const
{
    return cluster >= 0 && size_t(cluster) < m_explanations.size() ? m_explanations[size_t(cluster)].rule
                                                                   : QJsonObject();
}

int ClusterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sizes.size());
}

int ClusterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterTableModel::display(int row, int column) const
{
    const QLocale locale;
    const ClusterExplanation* explanation
        = size_t(row) < m_explanations.size() ? &m_explanations[size_t(row)] : nullptr;
    switch (column) {
    case Cluster:
        return locale.toString(row + 1);
    case Label:
        return m_labels[row];
    case Size:
        return locale.toString(m_sizes[row]);
    case Share:
        return locale.toString(100.0 * m_shares[row], 'f', 1) + QLatin1Char('%');
    case Rule:
        return explanation ? explanation->description : tr("Not explained");
    case Precision:
        return explanation ? locale.toString(100.0 * explanation->precision, 'f', 1) + QLatin1Char('%') : QVariant();
    case Recall:
        return explanation ? locale.toString(100.0 * explanation->recall, 'f', 1) + QLatin1Char('%') : QVariant();
    default:
        return {};
    }
}

QVariant ClusterTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_sizes.size())
        return {};
    const int row = index.row();
    const ClusterExplanation* explanation
        = size_t(row) < m_explanations.size() ? &m_explanations[size_t(row)] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::EditRole:
        return index.column() == Label ? QVariant(m_labels[row]) : display(row, index.column());
    case Qt::DecorationRole:
        return index.column() == Cluster && row < m_colors.size() ? QVariant(m_colors[row]) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Label || index.column() == Rule ? QVariant()
                                                                 : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        if (index.column() == Label)
            return tr("Automatic label: %1. Double-click to rename the cluster.").arg(m_automatic[row]);
        if (index.column() == Rule && explanation)
            return tr("%1\nSelects %2 of the clustered customers, %3 of them in this cluster (F1 %4).")
                .arg(explanation->description, QLocale().toString(explanation->matched),
                     QLocale().toString(explanation->truePositives), QLocale().toString(explanation->f1, 'f', 3));
        return {};
    case Qt::UserRole:
        switch (index.column()) {
        case Size:
            return m_sizes[row];
        case Share:
            return m_shares[row];
        case Precision:
            return explanation ? QVariant(explanation->precision) : QVariant();
        case Recall:
            return explanation ? QVariant(explanation->recall) : QVariant();
        default:
            return display(row, index.column());
        }
    default:
        return {};
    }
}

bool ClusterTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.column() != Label || role != Qt::EditRole)
        return false;
    QString label = value.toString().simplified();
    if (label.isEmpty())
        label = m_automatic[index.row()];
    if (label == m_labels[index.row()])
        return true;
    m_labels[index.row()] = label;
    emit dataChanged(index, index);
    emit labelsEdited(m_labels);
    return true;
}

Qt::ItemFlags ClusterTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Label)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ClusterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Cluster:
        //: Column of the cluster table: the cluster's number.
        return tr("#");
    case Label:
        return tr("Label");
    case Size:
        return tr("Customers");
    case Share:
        return tr("Share");
    case Rule:
        return tr("As a rule");
    case Precision:
        return tr("Precision");
    case Recall:
        return tr("Recall");
    default:
        return {};
    }
}

} // namespace swb
