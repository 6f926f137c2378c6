#include "ui/dashboard/segmentchooser.h"

#include "ui/dashboard/segmentchecklist.h"

#include <QMenu>
#include <QWidgetAction>

#include <algorithm>

namespace swb {

SegmentChooser::SegmentChooser(SegmentChecklist* checklist, QWidget* parent)
    : QPushButton(parent)
    , m_checklist(checklist)
{
    setObjectName(QStringLiteral("segmentChooser"));
    setToolTip(tr("Choose the segments the table and the charts show"));
    auto* menu = new QMenu(this);
    auto* action = new QWidgetAction(menu);
    action->setDefaultWidget(checklist); // the menu owns the list from now on
    menu->addAction(action);
    setMenu(menu);
    connect(checklist, &SegmentChecklist::checkedChanged, this, &SegmentChooser::update);
    update();
}

void SegmentChooser::update()
{
    const int segments = std::max(0, m_checklist->count() - 1); // the first row is the whole base
    //: The button that opens the Dashboard's list of segments: %1 checked of %2 saved.
    setText(tr("Segments: %1 of %2").arg(m_checklist->checkedNames().size()).arg(segments));
    const int rows = std::min(m_checklist->count(), 20);
    const int rowHeight = std::max(m_checklist->sizeHintForRow(0), fontMetrics().height() + 4);
    m_checklist->setFixedHeight(rows * rowHeight + 2 * m_checklist->frameWidth() + 2);
    m_checklist->setMinimumWidth(std::max(260, m_checklist->sizeHintForColumn(0) + 40));
}

} // namespace swb
