// A group of the builder: its header (all/any, NOT, add rule, add group, mute, remove, drag handle) and its rules
// and nested groups; the drop target for moving rules and groups.
#pragma once

#include "model/filter/filterdefinition.h"
#include "ui/filter/definition/filtertree.h"
#include "ui/filter/definition/rulechecker.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QMimeData;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace swb {

struct BuilderContext;
class DragHandle;
class RuleWidget;

class GroupWidget : public QFrame
{
    Q_OBJECT

public:
    GroupWidget(const BuilderContext* context, bool root, QWidget* parent = nullptr);

    // Shows `group`, reusing child widgets where the kind at a position is unchanged.
    void sync(const FilterGroup& group, const NodePath& path, const DefinitionCheck& check);
    void refreshFields();

    const NodePath& path() const { return m_path; }
    bool isRoot() const { return m_root; }
    int childCount() const { return int(m_children.size()); }
    QWidget* childWidget(int index) const { return m_children.value(index); }
    QList<QWidget*> focusChain() const; // header and children, in tab order
    QWidget* firstFocusable() const;

    // Where a drop at `position` (this widget's coordinates) inserts, and whether `mime` may be dropped here.
    int dropIndexAt(const QPoint& position) const;
    bool acceptsDrop(const QMimeData* mime) const;

    QComboBox* combinatorBox() const { return m_combinator; }
    QToolButton* notButton() const { return m_not; }
    QToolButton* addRuleButton() const { return m_addRule; }
    QToolButton* addGroupButton() const { return m_addGroup; }
    QToolButton* addOrderRuleButton() const { return m_addOrders; }
    const BuilderContext* context() const { return m_context; }
    QToolButton* muteButton() const { return m_mute; }
    QToolButton* removeButton() const { return m_remove; }
    QLabel* emptyLabel() const { return m_empty; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showIndicator(int index);
    void startDrag();
    void updateHeader(const FilterGroup& group);

    const BuilderContext* m_context = nullptr;
    bool m_root = false;
    NodePath m_path;
    QList<QWidget*> m_children; // RuleWidget or GroupWidget, in order

    DragHandle* m_handle = nullptr;
    QToolButton* m_not = nullptr;
    QComboBox* m_combinator = nullptr;
    QLabel* m_tail = nullptr;
    QToolButton* m_addRule = nullptr;
    QToolButton* m_addGroup = nullptr;
    QToolButton* m_addOrders = nullptr;
    QToolButton* m_mute = nullptr;
    QToolButton* m_remove = nullptr;
    QWidget* m_body = nullptr;
    QVBoxLayout* m_bodyLayout = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_emptyBox = nullptr;
    QFrame* m_indicator = nullptr;
    FilterGroup m_group;
};

} // namespace swb
