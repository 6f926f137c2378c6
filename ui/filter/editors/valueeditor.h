// The value part of a rule row: one editor per value type and operand shape, created by createValueEditor().
#pragma once

#include "model/filter/filteroperator.h"
#include "ui/filter/definition/valuetype.h"

#include <QDate>
#include <QJsonValue>
#include <QWidget>

namespace swb {

class ValueSuggestions;

struct ValueEditorContext
{
    ValueSuggestions* suggestions = nullptr; // may be null: no completion
    QString suggestionKey; // the column, or "@segment"
    QDate calendarStart; // where an empty date's calendar opens (the as-of date)
};

class ValueEditor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QJsonValue value() const = 0;
    // Shows `value`; leaves the editor alone when what it holds already means `value`, so that the cursor and
    // half-typed text survive the builder's refresh after each keystroke.
    virtual void setValue(const QJsonValue& value) = 0;
    // The first input, for focus.
    virtual QWidget* focusTarget() = 0;
    // Every input in tab order.
    virtual QList<QWidget*> inputs()
    {
        QWidget* target = focusTarget();
        return target ? QList<QWidget*>{target} : QList<QWidget*>{};
    }

    // Ctrl+Z and Ctrl+Shift+Z in this editor's text fields reach the builder's Undo and Redo, which hold every
    // edit of the value (typing included), instead of the field's own text history. Where no such shortcut is
    // set, the field undoes its text as usual.
    void leaveUndoToTheBuilder();

signals:
    // `typing`: one keystroke of several (merged into one undo step); else a finished choice.
    void valueEdited(const QJsonValue& value, bool typing);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

// A JSON value for one item typed or pasted for `type`: numbers and yes/no become JSON numbers and booleans when
// they read as such; anything else stays text (and the rule is then shown as invalid, with the reason).
QJsonValue parseItem(const QString& text, ValueType type);
// How a single value is shown: yes/no for booleans, numbers in the user's locale without grouping.
QString itemText(const QJsonValue& value, ValueType type);

// The editor for `type` and `op`'s operand shape; an empty placeholder for operators without a value.
ValueEditor* createValueEditor(ValueType type, FilterOperator op, const ValueEditorContext& context,
                               QWidget* parent = nullptr);
// One value of `type` (used alone, and twice by the between editor).
ValueEditor* createSingleValueEditor(ValueType type, const ValueEditorContext& context, QWidget* parent = nullptr);

} // namespace swb
