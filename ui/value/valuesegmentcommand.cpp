#include "ui/value/valuesegmentcommand.h"

#include <QCoreApplication>

namespace swb {

ValueSegmentCommand::ValueSegmentCommand(const QString& name, Action undo, Action redo)
    : QUndoCommand(QCoreApplication::translate("swb::ValuePage", "Save segment \"%1\"").arg(name))
    , m_undo(std::move(undo))
    , m_redo(std::move(redo))
{ }

void ValueSegmentCommand::undo()
{
    m_undo();
    m_done = false;
}

void ValueSegmentCommand::redo()
{
    if (!m_done)
        m_redo();
    m_done = true;
}

} // namespace swb
