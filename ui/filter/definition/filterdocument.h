// The definition being edited in the builder: the single source of truth, changed only through undo commands.
#pragma once

#include "model/filter/filterdefinition.h"
#include "ui/filter/definition/filtertree.h"

#include <QObject>
#include <QUndoStack>

namespace swb {

class FilterDocument : public QObject
{
    Q_OBJECT

public:
    explicit FilterDocument(QObject* parent = nullptr);

    const FilterGroup& root() const { return m_root; }
    QByteArray toJsonText() const { return FilterDefinition::toJsonText(m_root); }
    QUndoStack* undoStack() { return &m_undoStack; }

    // Starts over with `root` (a new or opened definition): clears the undo history.
    void reset(FilterGroup root = {});

    // Each edit is one undo step. Paths that do not exist are ignored (and return nothing).
    NodePath addRule(const NodePath& groupPath, int index = -1, FilterRule rule = {});
    NodePath addGroup(const NodePath& groupPath, int index = -1); // a group with one empty rule
    void remove(const NodePath& path);
    // `index`: the position in the target group as it is before the move.
    std::optional<NodePath> move(const NodePath& from, const NodePath& toGroup, int index);
    void setCombinator(const NodePath& groupPath, FilterCombinator combinator);
    void setNegated(const NodePath& groupPath, bool negated);
    void setMuted(const NodePath& path, bool muted);
    // Replaces the whole definition as one undo step.
    void setRoot(const FilterGroup& root, const QString& undoText);
    // Replaces a rule. Edits with the same non-empty `mergeKey` in a row are merged into one undo step.
    void setRule(const NodePath& path, const FilterRule& rule, const QString& undoText, const QString& mergeKey = {});

    // Only for FilterEditCommand.
    void replaceRoot(const FilterGroup& root, const NodePath& focus);

signals:
    // After every change (edit, undo, redo, reset); `focus` is the node the edit concerns, if any.
    void changed(const swb::NodePath& focus);

private:
    void push(FilterGroup after, const QString& text, const QString& mergeKey = {}, const NodePath& focus = {},
              const NodePath& undoFocus = {});

    FilterGroup m_root;
    QUndoStack m_undoStack;
};

} // namespace swb
