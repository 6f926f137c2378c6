// The builder's undo step: the definition before and after one edit; consecutive typing in one value merges.
#pragma once

#include "model/filter/filterdefinition.h"
#include "ui/filter/definition/filtertree.h"

#include <QUndoCommand>

namespace swb {

class FilterDocument;

class FilterEditCommand : public QUndoCommand
{
public:
    // `mergeKey`: edits with the same non-empty key that follow each other become one step (typing "Berlin"
    // is one undo step, not six). `focus`: the node to focus after redo (after undo: `undoFocus`).
    FilterEditCommand(FilterDocument* document, FilterGroup before, FilterGroup after, const QString& text,
                      QString mergeKey = {}, NodePath focus = {}, NodePath undoFocus = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const FilterGroup& before() const { return m_before; }
    const FilterGroup& after() const { return m_after; }
    const QString& mergeKey() const { return m_mergeKey; }

private:
    FilterDocument* m_document = nullptr;
    FilterGroup m_before;
    FilterGroup m_after;
    QString m_mergeKey;
    NodePath m_focus;
    NodePath m_undoFocus;
};

} // namespace swb
