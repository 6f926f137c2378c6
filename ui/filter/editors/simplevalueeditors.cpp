#include "ui/filter/editors/simplevalueeditors.h"

#include "ui/customers/valueformat.h"
#include "ui/filter/editors/numberspinbox.h"
#include "ui/filter/editors/valuesuggestions.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>

#include <algorithm>

namespace swb {

namespace {

QHBoxLayout* tightLayout(QWidget* widget)
{
    auto* layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    return layout;
}

} // namespace

NoValueEditor::NoValueEditor(QWidget* parent)
    : ValueEditor(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

NumberValueEditor::NumberValueEditor(ValueType type, const QString& suffix, QWidget* parent)
    : ValueEditor(parent)
    , m_spinBox(new NumberSpinBox(type == ValueType::Real ? NumberSpinBox::Kind::Real : NumberSpinBox::Kind::Integer))
{
    if (!suffix.isEmpty()) {
        m_spinBox->setMinimum(0);
        m_spinBox->setSuffixText(suffix);
    }
    // Room for a four-digit number and the suffix in any language (" derniers jours", " Tage").
    const int suffixWidth
        = suffix.isEmpty() ? 0 : m_spinBox->fontMetrics().horizontalAdvance(suffix + QStringLiteral("0000")) + 40;
    m_spinBox->setMinimumWidth(std::max(110, suffixWidth));
    auto* layout = tightLayout(this);
    layout->addWidget(m_spinBox);
    layout->addStretch(1);
    setFocusProxy(m_spinBox);
    connect(m_spinBox, &NumberSpinBox::valueEdited, this,
            [this](const QJsonValue& value) { emit valueEdited(value, true); });
}

QJsonValue NumberValueEditor::value() const
{
    return m_spinBox->value();
}

void NumberValueEditor::setValue(const QJsonValue& value)
{
    m_spinBox->setValue(value);
}

QWidget* NumberValueEditor::focusTarget()
{
    return m_spinBox;
}

TextValueEditor::TextValueEditor(const ValueEditorContext& context, QWidget* parent)
    : ValueEditor(parent)
    , m_context(context)
    , m_edit(new QLineEdit)
    , m_model(new QStringListModel(this))
{
    m_edit->setPlaceholderText(tr("Value"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(140);
    m_completer = new QCompleter(m_model, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);
    auto* layout = tightLayout(this);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] { emit valueEdited(value(), true); });
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) { emit valueEdited(QJsonValue(text), false); });
    if (m_context.suggestions) {
        connect(m_context.suggestions, &ValueSuggestions::valuesReady, this, [this](const QString& key) {
            if (key == m_context.suggestionKey)
                refreshSuggestions();
        });
        refreshSuggestions();
    }
}

void TextValueEditor::refreshSuggestions()
{
    m_model->setStringList(m_context.suggestions->values(m_context.suggestionKey));
}

QJsonValue TextValueEditor::value() const
{
    const QString text = m_edit->text();
    return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

void TextValueEditor::setValue(const QJsonValue& value)
{
    if (value == this->value())
        return;
    m_edit->setText(itemText(value, ValueType::Text));
}

QWidget* TextValueEditor::focusTarget()
{
    return m_edit;
}

BooleanValueEditor::BooleanValueEditor(QWidget* parent)
    : ValueEditor(parent)
    , m_combo(new QComboBox)
{
    m_combo->addItem(ValueFormat::yesNo(true), true);
    m_combo->addItem(ValueFormat::yesNo(false), false);
    m_combo->setPlaceholderText(tr("Choose…"));
    m_combo->setCurrentIndex(-1);
    m_combo->setMinimumWidth(90);
    auto* layout = tightLayout(this);
    layout->addWidget(m_combo);
    layout->addStretch(1);
    setFocusProxy(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this] { emit valueEdited(value(), false); });
}

QJsonValue BooleanValueEditor::value() const
{
    if (m_combo->currentIndex() < 0)
        return QJsonValue(QJsonValue::Undefined);
    return QJsonValue(m_combo->currentData().toBool());
}

void BooleanValueEditor::setValue(const QJsonValue& value)
{
    const QJsonValue parsed = value.isString() ? parseItem(value.toString(), ValueType::Boolean) : value;
    int index = -1;
    if (parsed.isBool())
        index = parsed.toBool() ? 0 : 1;
    else if (parsed.isDouble() && (parsed.toDouble() == 0.0 || parsed.toDouble() == 1.0))
        index = parsed.toDouble() == 1.0 ? 0 : 1;
    m_combo->setCurrentIndex(index);
}

QWidget* BooleanValueEditor::focusTarget()
{
    return m_combo;
}

} // namespace swb
