// Two values for between/notBetween ("from … and …"), each edited with the type's own editor.
#pragma once

#include "ui/filter/editors/valueeditor.h"

namespace swb {

class PairValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    PairValueEditor(ValueType type, const ValueEditorContext& context, QWidget* parent = nullptr);

    // [low, high]; a missing side is "" (the rule is then incomplete); nothing when both are missing.
    QJsonValue value() const override;
    void setValue(const QJsonValue& value) override;
    QWidget* focusTarget() override;
    QList<QWidget*> inputs() override { return m_low->inputs() + m_high->inputs(); }

    ValueEditor* low() const { return m_low; }
    ValueEditor* high() const { return m_high; }

private:
    ValueEditor* m_low = nullptr;
    ValueEditor* m_high = nullptr;
};

} // namespace swb
