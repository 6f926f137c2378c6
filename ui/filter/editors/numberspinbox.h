// A spin box for whole or decimal numbers that can also be empty (a rule without a value yet), beyond int's range.
#pragma once

#include <QAbstractSpinBox>
#include <QJsonValue>

#include <optional>

namespace swb {

class NumberSpinBox : public QAbstractSpinBox
{
    Q_OBJECT

public:
    enum class Kind { Integer, Real };

    explicit NumberSpinBox(Kind kind, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    void setMinimum(double minimum) { m_minimum = minimum; }
    void setSuffixText(const QString& suffix); // shown after the number, e.g. " days"

    // A JSON number (integer for Kind::Integer), or Undefined when empty. Text that is not a number is returned
    // as a JSON string, so that the rule is shown as invalid rather than silently changed.
    QJsonValue value() const;
    // Leaves the text alone when it already means `value` (so typing "1.50" is not rewritten to "1.5").
    void setValue(const QJsonValue& value);

    // A number typed the interface locale's way ("1 234,56" in French, also with a plain or no-break space between
    // the groups; "1.234,56" in German) or the C way ("1234.56"); nullopt when the text is not a finite number.
    static std::optional<double> readNumber(const QString& text);

    void stepBy(int steps) override;
    QValidator::State validate(QString& input, int& pos) const override;

signals:
    void valueEdited(const QJsonValue& value);

protected:
    StepEnabled stepEnabled() const override;

private:
    std::optional<double> parse(const QString& text) const;
    QString format(double number) const;
    QString numberText() const; // the line edit's text without the suffix

    Kind m_kind;
    double m_minimum = -9.0e15;
    double m_maximum = 9.0e15;
    QString m_suffix;
};

} // namespace swb
