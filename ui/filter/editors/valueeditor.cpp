#include "ui/filter/editors/valueeditor.h"

#include "ui/customers/valueformat.h"
#include "ui/filter/editors/datevalueeditor.h"
#include "ui/filter/editors/listvalueeditor.h"
#include "ui/filter/editors/numberspinbox.h"
#include "ui/filter/editors/pairvalueeditor.h"
#include "ui/filter/editors/simplevalueeditors.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>

#include <cmath>

namespace swb {

void ValueEditor::leaveUndoToTheBuilder()
{
    // A spin box takes the key before its line edit, so it is watched itself.
    for (QWidget* child : findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(child) || qobject_cast<QAbstractSpinBox*>(child))
            child->installEventFilter(this);
    }
}

bool ValueEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        // Not claimed by the field (left ignored): the window's shortcut for the key is tried first.
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

QJsonValue parseItem(const QString& text, ValueType type)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QJsonValue(QString());
    switch (type) {
    case ValueType::Integer:
    case ValueType::Real: {
        bool ok = false;
        const qint64 integer = QLocale::c().toLongLong(trimmed, &ok);
        if (ok)
            return QJsonValue(integer);
        const double c = QLocale::c().toDouble(trimmed, &ok);
        const auto number = ok && std::isfinite(c) ? std::optional<double>(c) : NumberSpinBox::readNumber(trimmed);
        if (number) {
            if (type == ValueType::Integer && std::floor(*number) == *number && std::fabs(*number) < 9.0e15)
                return QJsonValue(qint64(*number));
            return QJsonValue(*number);
        }
        return QJsonValue(trimmed);
    }
    case ValueType::Boolean: {
        const QString lower = trimmed.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1")
            || lower == ValueFormat::yesNo(true).toLower())
            return QJsonValue(true);
        if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("0")
            || lower == ValueFormat::yesNo(false).toLower())
            return QJsonValue(false);
        return QJsonValue(trimmed);
    }
    default:
        return QJsonValue(trimmed);
    }
}

QString itemText(const QJsonValue& value, ValueType type)
{
    if (value.isBool())
        return ValueFormat::yesNo(value.toBool());
    if (value.isDouble()) {
        if (type == ValueType::Boolean && (value.toDouble() == 0.0 || value.toDouble() == 1.0))
            return ValueFormat::yesNo(value.toDouble() == 1.0);
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong)
            return QString::number(variant.toLongLong());
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        return locale.toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    if (value.isString())
        return value.toString();
    return {};
}

ValueEditor* createSingleValueEditor(ValueType type, const ValueEditorContext& context, QWidget* parent)
{
    switch (type) {
    case ValueType::Integer:
    case ValueType::Real:
        return new NumberValueEditor(type, {}, parent);
    case ValueType::Date:
    case ValueType::DateTime:
        return new DateValueEditor(type, context, parent);
    case ValueType::Boolean:
        return new BooleanValueEditor(parent);
    case ValueType::Text:
    case ValueType::Segment:
    case ValueType::Unknown:
        break;
    }
    return new TextValueEditor(context, parent);
}

namespace {

ValueEditor* createEditorFor(ValueType type, FilterOperator op, const ValueEditorContext& context, QWidget* parent)
{
    switch (operandShape(op)) {
    case OperandShape::None:
        return new NoValueEditor(parent);
    case OperandShape::Days:
        return new NumberValueEditor(
            ValueType::Integer,
            op == FilterOperator::MoreThanDaysAgo ? ValueEditor::tr(" days ago") : ValueEditor::tr(" days"), parent);
    case OperandShape::List:
        return new ListValueEditor(type, context, parent);
    case OperandShape::Pair:
        return new PairValueEditor(type, context, parent);
    case OperandShape::One:
        // The pattern operators take free text, also on dates ("begins with 2023-").
        if (isTextPatternOperator(op))
            return new TextValueEditor(context, parent);
        return createSingleValueEditor(type, context, parent);
    }
    return new NoValueEditor(parent);
}

} // namespace

ValueEditor* createValueEditor(ValueType type, FilterOperator op, const ValueEditorContext& context, QWidget* parent)
{
    ValueEditor* editor = createEditorFor(type, op, context, parent);
    editor->leaveUndoToTheBuilder();
    return editor;
}

} // namespace swb
