// The detected columns of a file to import, one row each, with the user's corrections (name, type, role, PII,
// skip) that become ImportOptions::overrides.
#pragma once

#include "model/import/importtypes.h"

#include <QAbstractTableModel>

namespace swb {

class ImportColumnsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IncludeColumn,
        HeaderColumn,
        NameColumn,
        TypeColumn,
        RoleColumn,
        PiiColumn,
        SampleColumn,
        ColumnCount
    };
    enum Role {
        ChoiceLabelsRole = Qt::UserRole + 1, // QStringList of the editor's choices (type and role columns)
        ChoiceValuesRole, // QVariantList of the values behind them
    };

    explicit ImportColumnsModel(QObject* parent = nullptr);

    // Shows the columns of `preview`. Corrections made so far are kept when the file has the same headers
    // (the encoding or header option changed), else dropped.
    void setPreview(const ImportPreview& preview, ImportKind kind);
    QList<ColumnOverride> overrides() const;
    void clearOverrides();
    // The column's name in the table after corrections, or empty when it is skipped.
    QString targetName(int fileColumn) const;
    bool isSkipped(int fileColumn) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void overridesChanged();

private:
    struct Row
    {
        ImportColumn detected;
        ColumnOverride change;
        QString sample;
    };
    FieldType typeOf(const Row& row) const { return row.change.type.value_or(row.detected.type); }
    FieldRole roleOf(const Row& row) const { return row.change.role.value_or(row.detected.role); }
    bool piiOf(const Row& row) const { return row.change.pii.value_or(row.detected.pii); }
    QString nameOf(const Row& row) const { return row.change.name.value_or(row.detected.name); }

    QList<Row> m_rows;
    ImportKind m_kind = ImportKind::Customers;
};

} // namespace swb
