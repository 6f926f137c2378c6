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

std::optional<double> NumberSpinBox::readNumber(const QString& text)
{
    const QLocale locale;
    QString local = text.trimmed();
    // Where the locale groups digits with a space (U+202F in French, U+00A0 elsewhere) people type whichever space
    // their keyboard gives; all of them mean the locale's separator.
    const QString group = locale.groupSeparator();
    if (group.size() == 1 && group.at(0).isSpace()) {
        for (const QChar space : {QChar(u' '), QChar(0x00A0), QChar(0x202F)})
            local.replace(space, group.at(0));
    }
    bool ok = false;
    // Both the user's locale ("1,5" in German) and the C locale ("1.5") are understood.
    double number = locale.toDouble(local, &ok);
    if (!ok)
        number = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

std::optional<double> NumberSpinBox::parse(const QString& text) const
{
    const auto number = readNumber(text);
    if (!number || (m_kind == Kind::Integer && std::floor(*number) != *number))
        return std::nullopt;
    return number;
}

QString NumberSpinBox::format(double number) const
{
    QLocale locale;
    // Whole numbers (years, IDs, days) read badly with groups, as in the table; decimals are grouped ("1 234,56").
    if (m_kind == Kind::Integer) {
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(qint64(number));
    }
    return locale.toString(number, 'f', QLocale::FloatingPointShortest);
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
