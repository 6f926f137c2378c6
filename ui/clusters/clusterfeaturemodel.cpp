#include "ui/clusters/clusterfeaturemodel.h"

#include <QLocale>

namespace swb {

ClusterFeatureModel::ClusterFeatureModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ClusterFeatureModel::setSurvey(const ClusterFeatureSurvey& survey, const QStringList& defaults)
{
    const QStringList before = chosen();
    const QStringList logBefore = logChosen();
    const bool first = m_fields.isEmpty();
    beginResetModel();
    m_fields = survey.fields;
    m_customers = survey.customers;
    m_chosen.clear();
    m_log.clear();
    for (const ClusterFeatureInfo& field : std::as_const(m_fields)) {
        const bool wasChosen = before.contains(field.name);
        m_chosen << (first ? defaults.contains(field.name) : wasChosen);
        m_log << (wasChosen ? logBefore.contains(field.name) : field.suggestLog);
    }
    endResetModel();
    emit choiceChanged();
}

void ClusterFeatureModel::clear()
{
    beginResetModel();
    m_fields.clear();
    m_chosen.clear();
    m_log.clear();
    endResetModel();
    emit choiceChanged();
}

QStringList ClusterFeatureModel::chosen() const
{
    QStringList names;
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        if (m_chosen[i])
            names << m_fields[i].name;
    return names;
}

QStringList ClusterFeatureModel::logChosen() const
{
    QStringList names;
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        if (m_chosen[i] && m_log[i])
            names << m_fields[i].name;
    return names;
}

void ClusterFeatureModel::choose(const QStringList& features, const QStringList& logFeatures)
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        m_chosen[i] = features.contains(m_fields[i].name);
        m_log[i] = logFeatures.contains(m_fields[i].name) || (!m_chosen[i] && m_fields[i].suggestLog);
    }
    if (!m_fields.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit choiceChanged();
}

int ClusterFeatureModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int ClusterFeatureModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterFeatureModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_fields.size())
        return {};
    const ClusterFeatureInfo& field = m_fields[index.row()];
    const QLocale locale;
    switch (index.column()) {
    case Field:
        if (role == Qt::DisplayRole)
            return field.label;
        if (role == Qt::CheckStateRole)
            return m_chosen[index.row()] ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return isTemporal(field.type)
                ? tr("%1 (column %2), clustered as the days since the date").arg(field.label, field.name)
                : tr("%1 (column %2)").arg(field.label, field.name);
        if (role == Qt::UserRole)
            return field.name;
        break;
    case Missing:
        if (role == Qt::DisplayRole)
            return locale.toString(field.missing);
        if (role == Qt::UserRole)
            return field.missing;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return tr("%Ln customer(s) without a value: left out when this field is clustered on.", nullptr,
                      int(std::min<qint64>(field.missing, std::numeric_limits<int>::max())));
        break;
    case Log:
        if (field.type == FieldType::Boolean)
            break;
        if (role == Qt::CheckStateRole)
            return m_log[index.row()] ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            //: Marks a field whose values are skewed, for which a log transform is suggested.
            return field.suggestLog ? tr("suggested") : QString();
        if (role == Qt::ToolTipRole)
            return field.suggestLog
                ? tr("Skewed (skewness %1): a log transform keeps a few large values from dominating the clusters.")
                      .arg(locale.toString(field.skewness, 'f', 1))
                : tr("Skewness %1: a log transform is not needed.").arg(locale.toString(field.skewness, 'f', 1));
        break;
    default:
        break;
    }
    return {};
}

bool ClusterFeatureModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const bool on = value.toInt() == Qt::Checked;
    QList<bool>& list = index.column() == Field ? m_chosen : m_log;
    if (list[index.row()] == on)
        return true;
    list[index.row()] = on;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit choiceChanged();
    return true;
}

Qt::ItemFlags ClusterFeatureModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Field || (index.column() == Log && m_fields[index.row()].type != FieldType::Boolean))
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ClusterFeatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Field:
        return tr("Field");
    case Missing:
        //: Column of the feature picker: customers without a value in the field.
        return tr("Missing");
    case Log:
        //: Column of the feature picker: transform the field with log(1 + x) before scaling.
        return tr("Log");
    default:
        return {};
    }
}

} // namespace swb
