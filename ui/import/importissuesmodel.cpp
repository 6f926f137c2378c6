#include "ui/import/importissuesmodel.h"

#include <QLocale>

namespace swb {

ImportIssuesModel::ImportIssuesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ImportIssuesModel::setIssues(const QList<ImportIssue>& issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int ImportIssuesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssuesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssuesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportIssue& issue = m_issues.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return QString::number(issue.line);
    case FieldColumn:
        return issue.column.isEmpty() ? tr("(whole row)") : issue.column;
    case ReasonColumn:
        return issue.reason;
    case ValueColumn:
        return issue.raw;
    default:
        return {};
    }
}

QVariant ImportIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case FieldColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    case ValueColumn:
        return tr("Value in the file");
    default:
        return {};
    }
}

} // namespace swb
