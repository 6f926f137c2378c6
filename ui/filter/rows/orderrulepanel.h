// The parts of an order rule row (`@orders`) besides its comparison: the measure (which the row shows in its field
// column), the column of a distinct count, the time window, the "no orders" preset and the condition on the order
// lines. The condition is a group of rules on order columns edited with the builder's own widgets in a document of
// its own; each change there becomes one edit of the rule in the builder's document (one undo step).
#pragma once

#include "model/filter/filterdefinition.h"
#include "ui/filter/definition/filtertree.h"
#include "ui/filter/definition/orderruleedits.h"
#include "ui/filter/rows/buildercontext.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace swb {

class GroupWidget;
class ValueEditor;

class OrderRulePanel : public QWidget
{
    Q_OBJECT

public:
    OrderRulePanel(const BuilderContext* context, QWidget* parent = nullptr);

    // Shows `rule` (an `@orders` rule); keeps editors that already show it.
    void sync(const FilterRule& rule);
    // Re-reads the order columns (after an import).
    void refreshFields();
    void setPartsEnabled(bool enabled); // off while the rule is muted
    QList<QWidget*> focusChain() const; // after the comparison, in tab order

    QComboBox* measureBox() const { return m_measure; } // placed by the row in its field column
    QComboBox* columnBox() const { return m_column; }
    QComboBox* windowBox() const { return m_window; }
    QList<ValueEditor*> windowEditors() const;
    QToolButton* noOrdersButton() const { return m_noOrders; }
    GroupWidget* conditionGroup() const { return m_condition; }
    FilterDocument* conditionDocument() const { return m_conditionDocument; }

signals:
    // The user changed the rule; `mergeKey` as FilterDocument::setRule takes it.
    void edited(const swb::FilterRule& rule, const QString& undoText, const QString& mergeKey = {});

private:
    void fillColumns();
    void syncWindow(const OrderRuleEdits::Window& window);
    ValueEditor* makeWindowEditor(bool days, int part);
    void conditionChanged(const NodePath& focus);
    void focusNewConditionRule(const NodePath& path);

    const BuilderContext* m_context = nullptr;
    BuilderContext m_conditionContext; // the order columns, in m_conditionDocument
    FilterRule m_rule;
    bool m_syncing = false;
    OrderRuleEdits::WindowKind m_windowKind = OrderRuleEdits::WindowKind::None;

    QComboBox* m_measure = nullptr;
    QLabel* m_ofColumn = nullptr;
    QComboBox* m_column = nullptr;
    QComboBox* m_window = nullptr;
    QHBoxLayout* m_windowLayout = nullptr;
    ValueEditor* m_windowFirst = nullptr;
    QLabel* m_windowAnd = nullptr;
    ValueEditor* m_windowSecond = nullptr;
    QToolButton* m_noOrders = nullptr;
    FilterDocument* m_conditionDocument = nullptr;
    GroupWidget* m_condition = nullptr;
};

} // namespace swb
