#include "ui/filter/definition/filtercommands.h"

#include "ui/filter/definition/filterdocument.h"

namespace swb {

namespace {
constexpr int s_mergeableId = 0x5357; // any fixed id: QUndoStack only merges commands with equal ids
}

FilterEditCommand::FilterEditCommand(FilterDocument* document, FilterGroup before, FilterGroup after,
                                     const QString& text, QString mergeKey, NodePath focus, NodePath undoFocus)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(std::move(mergeKey))
    , m_focus(std::move(focus))
    , m_undoFocus(std::move(undoFocus))
{ }

void FilterEditCommand::undo()
{
    m_document->replaceRoot(m_before, m_undoFocus.isEmpty() ? m_focus : m_undoFocus);
}

void FilterEditCommand::redo()
{
    m_document->replaceRoot(m_after, m_focus);
}

int FilterEditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : s_mergeableId;
}

bool FilterEditCommand::mergeWith(const QUndoCommand* other)
{
    const auto* edit = static_cast<const FilterEditCommand*>(other);
    if (edit->m_mergeKey != m_mergeKey || edit->m_document != m_document)
        return false;
    m_after = edit->m_after;
    m_focus = edit->m_focus;
    // Typing a value and deleting it again leaves nothing to undo.
    setObsolete(FilterTree::equal(m_before, m_after));
    return true;
}

} // namespace swb
