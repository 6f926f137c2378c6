// The button above the KPI table that opens the Dashboard's segment checklist ("Segments: 3 of 5 ▾"), so that the
// table gets the page's whole width.
#pragma once

#include <QPushButton>

namespace swb {

class SegmentChecklist;

class SegmentChooser : public QPushButton
{
    Q_OBJECT

public:
    // Shows `checklist` (which it does not own) in its pop-up.
    SegmentChooser(SegmentChecklist* checklist, QWidget* parent = nullptr);

    // Reads the number of checked segments again and fits the pop-up to the list.
    void update();

private:
    SegmentChecklist* m_checklist = nullptr;
};

} // namespace swb
