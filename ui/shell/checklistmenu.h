// A menu of checkable items that stays open while they are ticked, so that several are chosen in one go (the
// Customers page's column chooser). Other items close it as usual.
#pragma once

#include <QMenu>

namespace swb {

class ChecklistMenu : public QMenu
{
    Q_OBJECT

public:
    using QMenu::QMenu;

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    // Toggles the active item when it is checkable; false when the menu should handle the event itself.
    bool toggleActive();

    // A release only toggles after a press in this menu (not the press on the button that opened it).
    bool m_pressed = false;
};

} // namespace swb
