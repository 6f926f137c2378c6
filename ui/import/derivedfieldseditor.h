// Import wizard, orders: the customer fields to derive from order columns (last, first, most frequent value, number
// of distinct values), e.g. Country from an Online Retail export. Stored with the import and refreshed at every later
// orders import (OrderDerivedFields).
#pragma once

#include "model/import/orderderivedfields.h"

#include <QGroupBox>
#include <QHash>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace swb {

class DerivedFieldsEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit DerivedFieldsEditor(QWidget* parent = nullptr);

    // The order columns to choose from: (column name in the table, header in the file).
    void setColumns(const QList<std::pair<QString, QString>>& columns);
    QList<OrderDerivedField> fields() const { return m_fields; }

    QComboBox* columnBox() const { return m_column; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* addButton() const { return m_add; }
    QListWidget* list() const { return m_list; }

private:
    void suggestName();
    void add();
    void removeSelected();
    void showFields();

    QComboBox* m_column = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QListWidget* m_list = nullptr;
    QList<OrderDerivedField> m_fields;
    QHash<QString, QString> m_headers; // column name -> header in the file
};

} // namespace swb
