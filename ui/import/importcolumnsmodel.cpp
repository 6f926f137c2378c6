#include "ui/import/importcolumnsmodel.h"

#include "ui/shell/fieldlabels.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace swb {

namespace {

constexpr int s_sampleValues = 3;

QString sampleOf(const ImportPreview& preview, int fileColumn)
{
    QStringList values;
    for (const QStringList& row : preview.rows) {
        if (fileColumn < row.size() && !row.at(fileColumn).trimmed().isEmpty()) {
            values.append(row.at(fileColumn).trimmed());
            if (values.size() == s_sampleValues)
                break;
        }
    }
    return values.join(QStringLiteral(", "));
}

// The type choice of an integer column whose values are all dates YYYYMMDD.
QString compactDateChoice()
{
    return ImportColumnsModel::tr("Read as date (YYYYMMDD)");
}

} // namespace

ImportColumnsModel::ImportColumnsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ImportColumnsModel::setPreview(const ImportPreview& preview, ImportKind kind)
{
    QList<Row> rows;
    for (int i = 0; i < preview.columns.size(); ++i) {
        Row row;
        row.detected = preview.columns.at(i);
        if (row.detected.fileColumn < 0)
            row.detected.fileColumn = i;
        row.sample = sampleOf(preview, row.detected.fileColumn);
        rows.append(row);
    }
    bool sameColumns = kind == m_kind && rows.size() == m_rows.size();
    for (int i = 0; sameColumns && i < rows.size(); ++i)
        sameColumns = rows.at(i).detected.header == m_rows.at(i).detected.header;
    if (sameColumns) {
        for (int i = 0; i < rows.size(); ++i)
            rows[i].change = m_rows.at(i).change;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_kind = kind;
    endResetModel();
    emit overridesChanged();
}

QList<ColumnOverride> ImportColumnsModel::overrides() const
{
    QList<ColumnOverride> result;
    for (const Row& row : m_rows) {
        const ColumnOverride& change = row.change;
        if (change.skip || change.name || change.type || change.role || change.pii || change.monthFirst) {
            ColumnOverride entry = change;
            entry.column = row.detected.fileColumn;
            result.append(entry);
        }
    }
    return result;
}

void ImportColumnsModel::clearOverrides()
{
    beginResetModel();
    for (Row& row : m_rows)
        row.change = {};
    endResetModel();
    emit overridesChanged();
}

QString ImportColumnsModel::targetName(int fileColumn) const
{
    for (const Row& row : m_rows) {
        if (row.detected.fileColumn == fileColumn)
            return row.change.skip ? QString() : nameOf(row);
    }
    return {};
}

bool ImportColumnsModel::isSkipped(int fileColumn) const
{
    for (const Row& row : m_rows) {
        if (row.detected.fileColumn == fileColumn)
            return row.change.skip;
    }
    return false;
}

int ImportColumnsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportColumnsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportColumnsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const bool skipped = row.change.skip;
    if (role == Qt::ForegroundRole && skipped && index.column() != IncludeColumn)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    switch (index.column()) {
    case IncludeColumn:
        if (role == Qt::CheckStateRole)
            return skipped ? Qt::Unchecked : Qt::Checked;
        if (role == Qt::ToolTipRole)
            return tr("Uncheck to leave this column out of the import.");
        break;
    case HeaderColumn:
        if (role == Qt::DisplayRole)
            return row.detected.header.isEmpty() ? tr("(column %1)").arg(row.detected.fileColumn + 1)
                                                 : row.detected.header;
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return nameOf(row);
        if (role == Qt::FontRole && row.change.name) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ToolTipRole)
            return tr("The column's name in the workspace; it is turned into a plain identifier when imported.");
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole) {
            const QString label = FieldLabels::type(typeOf(row));
            if (row.detected.compactDates && typeOf(row) == FieldType::Date)
                return tr("%1 (%2)").arg(label, QStringLiteral("yyyymmdd"));
            return row.detected.format.isEmpty() || row.change.type ? label
                                                                    : tr("%1 (%2)").arg(label, row.detected.format);
        }
        if (role == Qt::ToolTipRole && row.detected.compactDates)
            return tr("Every value is a date written as YYYYMMDD (19970101): choose \"%1\" to import them as dates.")
                .arg(compactDateChoice());
        if (role == Qt::EditRole)
            return int(typeOf(row));
        if (role == Qt::FontRole && row.change.type) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == ChoiceLabelsRole || role == ChoiceValuesRole) {
            QStringList labels;
            QVariantList values;
            for (const FieldType type : FieldLabels::types()) {
                labels.append(row.detected.compactDates && type == FieldType::Date ? compactDateChoice()
                                                                                   : FieldLabels::type(type));
                values.append(int(type));
            }
            return role == ChoiceLabelsRole ? QVariant(labels) : QVariant(values);
        }
        break;
    case RoleColumn:
        if (role == Qt::DisplayRole)
            return FieldLabels::role(roleOf(row));
        if (role == Qt::EditRole)
            return int(roleOf(row));
        if (role == Qt::FontRole && row.change.role) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == ChoiceLabelsRole || role == ChoiceValuesRole) {
            QStringList labels;
            QVariantList values;
            for (const FieldRole fieldRole : FieldLabels::roles(m_kind)) {
                labels.append(FieldLabels::role(fieldRole));
                values.append(int(fieldRole));
            }
            return role == ChoiceLabelsRole ? QVariant(labels) : QVariant(values);
        }
        break;
    case PiiColumn:
        if (role == Qt::CheckStateRole)
            return piiOf(row) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Personal data is masked, hashed or left out on export when you ask for it.");
        break;
    case SampleColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return row.sample;
        break;
    default:
        break;
    }
    return {};
}

bool ImportColumnsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row& row = m_rows[index.row()];
    ColumnOverride& change = row.change;
    switch (index.column()) {
    case IncludeColumn:
        if (role != Qt::CheckStateRole)
            return false;
        change.skip = Qt::CheckState(value.toInt()) == Qt::Unchecked;
        break;
    case NameColumn: {
        if (role != Qt::EditRole)
            return false;
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == row.detected.name)
            change.name.reset();
        else
            change.name = name;
        break;
    }
    case TypeColumn: {
        if (role != Qt::EditRole)
            return false;
        const auto type = FieldType(value.toInt());
        if (type == row.detected.type)
            change.type.reset();
        else
            change.type = type;
        break;
    }
    case RoleColumn: {
        if (role != Qt::EditRole)
            return false;
        const auto fieldRole = FieldRole(value.toInt());
        if (fieldRole == row.detected.role)
            change.role.reset();
        else
            change.role = fieldRole;
        // Personal data follows the role unless the user has decided it.
        if (!change.pii && isPiiRole(fieldRole) != row.detected.pii)
            change.pii = isPiiRole(fieldRole);
        break;
    }
    case PiiColumn: {
        if (role != Qt::CheckStateRole)
            return false;
        const bool pii = Qt::CheckState(value.toInt()) == Qt::Checked;
        if (pii == row.detected.pii)
            change.pii.reset();
        else
            change.pii = pii;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit overridesChanged();
    return true;
}

Qt::ItemFlags ImportColumnsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    switch (index.column()) {
    case IncludeColumn:
    case PiiColumn:
        return flags | Qt::ItemIsUserCheckable;
    case NameColumn:
    case TypeColumn:
    case RoleColumn:
        return flags | Qt::ItemIsEditable;
    default:
        return flags;
    }
}

QVariant ImportColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IncludeColumn:
        //: Column header: whether a column of the file is imported
        return tr("Import");
    case HeaderColumn:
        return tr("In the file");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case RoleColumn:
        return tr("Role");
    case PiiColumn:
        //: Column header: personal data (PII) flag
        return tr("Personal");
    case SampleColumn:
        return tr("Sample values");
    default:
        return {};
    }
}

} // namespace swb
