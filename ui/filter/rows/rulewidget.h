// One rule row of the builder: drag handle, field, operator, value, the rule's share of the count, mute, remove,
// and under it what is missing or wrong.
#pragma once

#include "model/filter/filterdefinition.h"
#include "ui/filter/definition/filtertree.h"
#include "ui/filter/definition/rulechecker.h"
#include "ui/filter/definition/valuetype.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QToolButton;

namespace swb {

struct BuilderContext;
class DragHandle;
class FieldPicker;
class OperatorPicker;
class OrderRulePanel;
class ValueEditor;

class RuleWidget : public QFrame
{
    Q_OBJECT

public:
    explicit RuleWidget(const BuilderContext* context, QWidget* parent = nullptr);

    // Shows `rule`; keeps editors (and what is being typed) when they already show it.
    void sync(const FilterRule& rule, const NodePath& path, const RuleStatus& status);
    // Re-reads the context's fields (after an import).
    void refreshFields();
    // The funnel column: e.g. "−1,234" with an explanation as tooltip; empty to clear.
    void setFunnel(const QString& text, const QString& toolTip);
    // Where the row is in its group ("Rule 2 of 3: …" for screen readers).
    void setPosition(int number, int count);
    // The frame that shows which row has the keyboard focus.
    void setFocusMarked(bool marked);
    bool isFocusMarked() const { return m_focusMarked; }
    // The rule in words as the row shows it, e.g. "Total revenue is at least 500".
    QString ruleText() const;

    const NodePath& path() const { return m_path; }
    const FilterRule& rule() const { return m_rule; }
    RuleState state() const { return m_status.state; }
    QWidget* firstFocusable() const;
    void focusValue();
    // The widgets in tab order (for the view's focus chain).
    QList<QWidget*> focusChain() const;

    FieldPicker* fieldPicker() const { return m_field; }
    OperatorPicker* operatorPicker() const { return m_operator; }
    ValueEditor* valueEditor() const { return m_value; }
    QToolButton* muteButton() const { return m_mute; }
    QToolButton* removeButton() const { return m_remove; }
    QLabel* statusLabel() const { return m_statusLabel; }
    QLabel* funnelLabel() const { return m_funnel; }
    DragHandle* dragHandle() const { return m_handle; }
    OrderRulePanel* orderPanel() const { return m_orders; } // null unless the rule is an order rule
    const BuilderContext* context() const { return m_context; }

private:
    void ensureValueEditor(ValueType type);
    void ensureOrderPanel(bool orders);
    void applyStatus();
    void applyFrameStyle();
    void updateAccessibleText();
    void startDrag();

    const BuilderContext* m_context = nullptr;
    FilterRule m_rule;
    NodePath m_path;
    RuleStatus m_status;
    ValueType m_editorType = ValueType::Unknown;
    QString m_editorKey;
    int m_number = 0;
    int m_count = 0;
    bool m_focusMarked = false;

    QGridLayout* m_layout = nullptr;
    DragHandle* m_handle = nullptr;
    FieldPicker* m_field = nullptr;
    OperatorPicker* m_operator = nullptr;
    ValueEditor* m_value = nullptr;
    QLabel* m_funnel = nullptr;
    QToolButton* m_mute = nullptr;
    QToolButton* m_remove = nullptr;
    QLabel* m_statusLabel = nullptr;
    OrderRulePanel* m_orders = nullptr;
};

} // namespace swb
