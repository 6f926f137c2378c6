// Edits a cell by picking from the choices the model lists for it (ChoiceLabelsRole / ChoiceValuesRole).
#pragma once

#include <QStyledItemDelegate>

namespace swb {

class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(int labelsRole, int valuesRole, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    int m_labelsRole = 0;
    int m_valuesRole = 0;
};

} // namespace swb
