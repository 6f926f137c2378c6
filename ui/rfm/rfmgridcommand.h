// One edit of the RFM grid for the page's undo stack: the group of one (R, FM) cell, from one name to another.
#pragma once

#include <QUndoCommand>

#include <functional>

namespace swb {

class RfmGridCommand : public QUndoCommand
{
public:
    // `apply(r, fm, group)` gives the cell its group (and stores it); called with `to` on redo, `from` on undo.
    using Apply = std::function<void(int r, int fm, const QString& group)>;

    RfmGridCommand(int r, int fm, const QString& from, const QString& to, Apply apply);

    void redo() override { m_apply(m_r, m_fm, m_to); }
    void undo() override { m_apply(m_r, m_fm, m_from); }

private:
    int m_r;
    int m_fm;
    QString m_from;
    QString m_to;
    Apply m_apply;
};

} // namespace swb
