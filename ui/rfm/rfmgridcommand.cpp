#include "ui/rfm/rfmgridcommand.h"

#include "analysis/rfmgrid.h"

#include <QCoreApplication>

namespace swb {

RfmGridCommand::RfmGridCommand(int r, int fm, const QString& from, const QString& to, Apply apply)
    : m_r(r)
    , m_fm(fm)
    , m_from(from)
    , m_to(to)
    , m_apply(std::move(apply))
{
    //: Undo/Redo text: the RFM grid cell R %1, FM %2 now belongs to the group %3.
    setText(QCoreApplication::translate("swb::RfmGridCommand", "Cell R %1, FM %2 to \"%3\"")
                .arg(r)
                .arg(fm)
                .arg(RfmGrid::displayName(to)));
}

} // namespace swb
