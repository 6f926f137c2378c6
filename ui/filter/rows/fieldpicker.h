// The field part of a rule row: a combo box whose popup searches the fields, grouped by type; shows the original
// header as the label and the column name as the tooltip; offers the pseudo-field "Segment" (`@segment`).
#pragma once

#include "model/field.h"
#include "ui/filter/definition/valuetype.h"

#include <QComboBox>

namespace swb {

class SearchListPopup;

class FieldPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit FieldPicker(QWidget* parent = nullptr);

    // The choices. `segments`: offer "Segment" (`@segment`) too.
    void setFields(const QList<FieldInfo>& fields, bool segments);
    // Selects `name` without emitting fieldChosen; a name the workspace does not have is shown as it is.
    void setCurrentField(const QString& name);
    QString currentField() const;
    ValueType typeOf(const QString& name) const;

    void showPopup() override;
    void hidePopup() override;
    SearchListPopup* searchPopup() const { return m_popup; }

signals:
    // The user chose a field (mouse or keyboard); not emitted by setCurrentField().
    void fieldChosen(const QString& name);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void openPopup(const QString& search);
    void choose(const QString& name);

    SearchListPopup* m_popup = nullptr;
};

} // namespace swb
