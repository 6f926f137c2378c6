// The operator part of a rule row: the operators valid for the field's type, named for people ("is before").
#pragma once

#include "ui/filter/definition/valuetype.h"

#include <QComboBox>

namespace swb {

class OperatorPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit OperatorPicker(QWidget* parent = nullptr);

    // Lists the operators of `type` and selects `operatorName`. An operator that is not offered for the type
    // (read from a saved definition) is still shown, so that what the definition says stays visible.
    void setChoices(ValueType type, const QString& operatorName);
    // The same with the operators `offered` (named as for `type`), e.g. the comparisons of an order rule.
    void setChoices(ValueType type, const QString& operatorName, const QList<FilterOperator>& offered);
    QString currentOperator() const;
    void showPopup() override;
    void hidePopup() override;

signals:
    // By the user only. `fromList`: picked in the open list (the value is next), not stepped to with the arrow
    // keys on the closed picker (where more steps may follow).
    void operatorChosen(swb::FilterOperator op, bool fromList);

private:
    ValueType m_type = ValueType::Unknown;
    bool m_listOpen = false;
    bool m_listClosing = false;
};

} // namespace swb
