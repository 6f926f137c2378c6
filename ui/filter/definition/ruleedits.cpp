#include "ui/filter/definition/ruleedits.h"

#include "model/filter/operandconverter.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace swb::RuleEdits {

namespace {

bool isWholeDays(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble() >= 0 && std::floor(value.toDouble()) == value.toDouble();
    bool ok = false;
    return value.isString() && value.toString().trimmed().toLongLong(&ok) >= 0 && ok;
}

QJsonValue reshape(const QJsonValue& value, OperandShape from, OperandShape to)
{
    if (from == to)
        return value;
    switch (to) {
    case OperandShape::None:
        return QJsonValue(QJsonValue::Undefined);
    case OperandShape::Days:
        return isWholeDays(value) && from == OperandShape::One ? value : QJsonValue(QJsonValue::Undefined);
    case OperandShape::One: {
        if (from == OperandShape::Days)
            return QJsonValue(QJsonValue::Undefined);
        const QList<QJsonValue> items = operands(value);
        return items.isEmpty() ? QJsonValue(QJsonValue::Undefined) : items.first();
    }
    case OperandShape::List: {
        if (from == OperandShape::Days)
            return QJsonValue(QJsonValue::Undefined);
        QJsonArray array;
        const QList<QJsonValue> items = from == OperandShape::One ? QList<QJsonValue>{value} : operands(value);
        for (const QJsonValue& item : items) {
            if (!isBlank(item))
                array.append(item);
        }
        return array.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(array);
    }
    case OperandShape::Pair: {
        if (from == OperandShape::Days)
            return QJsonValue(QJsonValue::Undefined);
        QList<QJsonValue> items = from == OperandShape::One ? QList<QJsonValue>{value} : operands(value);
        items.removeIf([](const QJsonValue& item) { return isBlank(item); });
        if (items.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return QJsonArray{items.value(0), items.size() > 1 ? items.at(1) : QJsonValue(QString())};
    }
    }
    return value;
}

} // namespace

FilterRule withField(const FilterRule& rule, ValueType oldType, const QString& field, ValueType newType)
{
    FilterRule result = rule;
    result.field = field;
    const auto op = filterOperatorFromName(rule.operatorName);
    const QList<FilterOperator> offered = operatorsFor(newType);
    // The operator stays when the new type offers it (yes/no fields take "<" but do not offer it).
    const FilterOperator newOp = op && offered.contains(*op) ? *op
        : offered.isEmpty()                                  ? FilterOperator::Equal
                                                             : offered.first();
    result.operatorName = filterOperatorName(newOp);
    if (field != rule.field && !sameValues(oldType, newType))
        result.value = QJsonValue(QJsonValue::Undefined);
    if (op && newOp != *op)
        result.value = reshape(result.value, operandShape(*op), operandShape(newOp));
    // A yes/no rule reads best with an answer already chosen.
    if (newType == ValueType::Boolean && operandShape(newOp) == OperandShape::One && isBlank(result.value))
        result.value = true;
    return result;
}

FilterRule withOperator(const FilterRule& rule, FilterOperator op)
{
    FilterRule result = rule;
    const auto old = filterOperatorFromName(rule.operatorName);
    result.operatorName = filterOperatorName(op);
    if (old)
        result.value = reshape(rule.value, operandShape(*old), operandShape(op));
    else if (operandShape(op) == OperandShape::None)
        result.value = QJsonValue(QJsonValue::Undefined);
    return result;
}

FilterRule withValue(const FilterRule& rule, const QJsonValue& value)
{
    FilterRule result = rule;
    result.value = value;
    return result;
}

QList<QJsonValue> operands(const QJsonValue& value)
{
    return OperandConverter::list(value);
}

bool isBlank(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().trimmed().isEmpty());
}

QStringList splitPasted(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\r\\n\\t;,]+"));
    QStringList items;
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

} // namespace swb::RuleEdits
