#include "ui/filter/editors/pairvalueeditor.h"

#include "ui/filter/definition/ruleedits.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>

namespace swb {

PairValueEditor::PairValueEditor(ValueType type, const ValueEditorContext& context, QWidget* parent)
    : ValueEditor(parent)
    , m_low(createSingleValueEditor(type, context))
    , m_high(createSingleValueEditor(type, context))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_low);
    //: Between the two values of "is between 10 and 20"
    auto* joiner = new QLabel(tr("and"));
    layout->addWidget(joiner);
    layout->addWidget(m_high);
    layout->addStretch(1);
    setFocusProxy(m_low);
    for (ValueEditor* editor : {m_low, m_high}) {
        // The stretch at the end of each single editor would push "and" apart; the pair keeps them together.
        editor->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
        connect(editor, &ValueEditor::valueEdited, this,
                [this](const QJsonValue&, bool typing) { emit valueEdited(value(), typing); });
    }
}

QJsonValue PairValueEditor::value() const
{
    const QJsonValue low = m_low->value();
    const QJsonValue high = m_high->value();
    if (RuleEdits::isBlank(low) && RuleEdits::isBlank(high))
        return QJsonValue(QJsonValue::Undefined);
    return QJsonArray{RuleEdits::isBlank(low) ? QJsonValue(QString()) : low,
                      RuleEdits::isBlank(high) ? QJsonValue(QString()) : high};
}

void PairValueEditor::setValue(const QJsonValue& value)
{
    const QList<QJsonValue> items = RuleEdits::operands(value);
    const auto side = [&](int index) {
        const QJsonValue item = items.value(index);
        return RuleEdits::isBlank(item) ? QJsonValue(QJsonValue::Undefined) : item;
    };
    m_low->setValue(side(0));
    m_high->setValue(side(1));
}

QWidget* PairValueEditor::focusTarget()
{
    return m_low->focusTarget();
}

} // namespace swb
