#include "ui/import/derivedfieldseditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace swb {

DerivedFieldsEditor::DerivedFieldsEditor(QWidget* parent)
    : QGroupBox(tr("Customer fields from the orders"), parent)
    , m_column(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add Field"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("derivedFields"));
    m_column->setObjectName(QStringLiteral("derivedColumn"));
    m_kind->setObjectName(QStringLiteral("derivedKind"));
    m_name->setObjectName(QStringLiteral("derivedName"));
    m_add->setObjectName(QStringLiteral("derivedAdd"));
    m_list->setObjectName(QStringLiteral("derivedList"));
    m_kind->addItem(tr("Value of the latest order"), int(OrderDerivation::Last));
    m_kind->addItem(tr("Value of the first order"), int(OrderDerivation::First));
    m_kind->addItem(tr("Value on most orders"), int(OrderDerivation::MostFrequent));
    m_kind->addItem(tr("Number of distinct values"), int(OrderDerivation::DistinctCount));
    m_name->setPlaceholderText(tr("Name of the customer field"));
    m_list->setMaximumHeight(80);
    m_remove->setEnabled(false);

    auto* explanation = new QLabel(tr("An order column such as Country can become a customer field that segments "
                                      "use like any other; it is refreshed at every orders import."),
                                   this);
    explanation->setWordWrap(true);
    explanation->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QGridLayout(this);
    layout->addWidget(explanation, 0, 0, 1, 4);
    layout->addWidget(m_column, 1, 0);
    layout->addWidget(m_kind, 1, 1);
    layout->addWidget(m_name, 1, 2);
    layout->addWidget(m_add, 1, 3);
    layout->addWidget(m_list, 2, 0, 1, 3);
    layout->addWidget(m_remove, 2, 3, Qt::AlignTop);
    layout->setColumnStretch(2, 1);

    connect(m_column, &QComboBox::currentIndexChanged, this, &DerivedFieldsEditor::suggestName);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DerivedFieldsEditor::suggestName);
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_add->setEnabled(!text.trimmed().isEmpty() && m_column->count() > 0); });
    connect(m_name, &QLineEdit::returnPressed, this, &DerivedFieldsEditor::add);
    connect(m_add, &QPushButton::clicked, this, &DerivedFieldsEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &DerivedFieldsEditor::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
}

void DerivedFieldsEditor::setColumns(const QList<std::pair<QString, QString>>& columns)
{
    const QString current = m_column->currentData().toString();
    m_column->clear();
    m_headers.clear();
    for (const auto& [name, header] : columns)
        m_headers.insert(name, header.isEmpty() ? name : header);
    for (const auto& [name, header] : columns)
        m_column->addItem(header.isEmpty() || header == name ? name : tr("%1 (%2)").arg(header, name), name);
    m_column->setCurrentIndex(std::max(0, m_column->findData(current)));
    // A column no longer imported (skipped on the previous page) takes its fields with it.
    m_fields.removeIf([&](const OrderDerivedField& field) {
        return std::none_of(columns.cbegin(), columns.cend(), [&](const auto& c) { return c.first == field.source; });
    });
    showFields();
    suggestName();
}

void DerivedFieldsEditor::suggestName()
{
    const QString column = m_column->currentData().toString();
    const auto kind = OrderDerivation(m_kind->currentData().toInt());
    m_name->setText(kind == OrderDerivation::DistinctCount ? column + QStringLiteral("_count") : column);
    m_add->setEnabled(!column.isEmpty());
}

void DerivedFieldsEditor::add()
{
    const QString name = m_name->text().trimmed();
    const QString column = m_column->currentData().toString();
    if (name.isEmpty() || column.isEmpty())
        return;
    m_fields.removeIf([&](const OrderDerivedField& field) { return field.name == name; });
    m_fields << OrderDerivedField{name, column, OrderDerivation(m_kind->currentData().toInt())};
    showFields();
}

void DerivedFieldsEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < m_fields.size())
        m_fields.removeAt(row);
    showFields();
}

void DerivedFieldsEditor::showFields()
{
    m_list->clear();
    for (const OrderDerivedField& field : m_fields) {
        //: A customer field to derive, in the import wizard: "country: Country (latest order)".
        m_list->addItem(
            tr("%1: %2").arg(field.name, OrderDerivedFields::header(m_headers.value(field.source), field.kind)));
    }
    m_list->setVisible(!m_fields.isEmpty());
    m_remove->setVisible(!m_fields.isEmpty());
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

} // namespace swb
