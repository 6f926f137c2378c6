#include "ui/filter/editors/numberspinbox.h"

#include <QLineEdit>
#include <QLocale>

#include <cmath>

namespace swb {

NumberSpinBox::NumberSpinBox(Kind kind, QWidget* parent)
    : QAbstractSpinBox(parent)
    , m_kind(kind)
{
    setAccelerated(true);
    setKeyboardTracking(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    lineEdit()->setPlaceholderText(kind == Kind::Integer ? tr("Whole number") : tr("Number"));
    connect(lineEdit(), &QLineEdit::textEdited, this, [this] { emit valueEdited(value()); });
}

void NumberSpinBox::setSuffixText(const QString& suffix)
{
    m_suffix = suffix;
    lineEdit()->setPlaceholderText(tr("Number") + suffix);
}

QString NumberSpinBox::numberText() const
{
    QString text = lineEdit()->text();
    if (!m_suffix.isEmpty() && text.endsWith(m_suffix))
        text.chop(m_suffix.size());
    return text.trimmed();
}

std::optional<double> NumberSpinBox::parse(const QString& text) const
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    // Both the user's locale ("1,5" in German) and the C locale ("1.5") are understood.
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    if (m_kind == Kind::Integer && std::floor(number) != number)
        return std::nullopt;
    return number;
}

QString NumberSpinBox::format(double number) const
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    if (m_kind == Kind::Integer)
        return locale.toString(qint64(number));
    return locale.toString(number, 'g', QLocale::FloatingPointShortest);
}

QJsonValue NumberSpinBox::value() const
{
    const QString text = numberText();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const auto number = parse(text);
    if (!number)
        return QJsonValue(text);
    if (m_kind == Kind::Integer)
        return QJsonValue(qint64(*number));
    return QJsonValue(*number);
}

void NumberSpinBox::setValue(const QJsonValue& value)
{
    if (value == this->value())
        return;
    QString text;
    if (value.isDouble())
        text = format(value.toDouble());
    else if (value.isString())
        text = value.toString();
    if (!text.isEmpty())
        text += m_suffix;
    lineEdit()->setText(text);
}

void NumberSpinBox::stepBy(int steps)
{
    const auto current = parse(numberText());
    // The first step on an empty box starts at 0 (or the minimum) instead of jumping to ±1.
    const double number = std::clamp(current ? *current + steps : std::max(0.0, m_minimum), m_minimum, m_maximum);
    lineEdit()->setText(format(number) + m_suffix);
    emit valueEdited(value());
}

QValidator::State NumberSpinBox::validate(QString& input, int& pos) const
{
    Q_UNUSED(pos)
    QString text = input;
    if (!m_suffix.isEmpty() && text.endsWith(m_suffix))
        text.chop(m_suffix.size());
    text = text.trimmed();
    if (text.isEmpty() || text == QLatin1String("-") || text == QLatin1String("+"))
        return QValidator::Intermediate;
    // Anything goes while typing; a text that is not a number is shown as an invalid rule with the reason.
    return parse(text) ? QValidator::Acceptable : QValidator::Intermediate;
}

QAbstractSpinBox::StepEnabled NumberSpinBox::stepEnabled() const
{
    const auto current = parse(numberText());
    if (!current)
        return StepUpEnabled | StepDownEnabled;
    StepEnabled enabled = StepNone;
    if (*current < m_maximum)
        enabled |= StepUpEnabled;
    if (*current > m_minimum)
        enabled |= StepDownEnabled;
    return enabled;
}

} // namespace swb
