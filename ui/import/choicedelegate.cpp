#include "ui/import/choicedelegate.h"

#include <QComboBox>

namespace swb {

ChoiceDelegate::ChoiceDelegate(int labelsRole, int valuesRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_labelsRole(labelsRole)
    , m_valuesRole(valuesRole)
{ }

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                      const QModelIndex& index) const
{
    const QStringList labels = index.data(m_labelsRole).toStringList();
    if (labels.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* combo = new QComboBox(parent);
    const QVariantList values = index.data(m_valuesRole).toList();
    for (int i = 0; i < labels.size(); ++i)
        combo->addItem(labels.at(i), i < values.size() ? values.at(i) : QVariant(labels.at(i)));
    combo->setMaxVisibleItems(16);
    // The choice is committed at once: the user should not have to leave the cell to see it applied.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ChoiceDelegate*>(this)->commitData(combo); });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int found = combo->findData(index.data(Qt::EditRole));
        combo->setCurrentIndex(qMax(0, found));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace swb
