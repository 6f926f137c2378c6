// One saved customer-value segment on the page's undo stack: undo removes the segment, redo saves it again with the
// same rule (the first redo is the save that already happened).
#pragma once

#include <QUndoCommand>

#include <functional>

namespace swb {

class ValueSegmentCommand : public QUndoCommand
{
public:
    using Action = std::function<void()>;
    ValueSegmentCommand(const QString& name, Action undo, Action redo);

    void undo() override;
    void redo() override;

private:
    Action m_undo;
    Action m_redo;
    bool m_done = true; // saved before the command was pushed
};

} // namespace swb
