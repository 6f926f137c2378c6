#include "ui/shell/checklistmenu.h"

#include <QKeyEvent>
#include <QMouseEvent>

#include <utility>

namespace swb {

bool ChecklistMenu::toggleActive()
{
    QAction* action = activeAction();
    if (!action || !action->isCheckable() || !action->isEnabled() || action->menu())
        return false;
    action->trigger();
    return true;
}

void ChecklistMenu::mousePressEvent(QMouseEvent* event)
{
    m_pressed = rect().contains(event->position().toPoint());
    QMenu::mousePressEvent(event);
}

void ChecklistMenu::mouseReleaseEvent(QMouseEvent* event)
{
    const bool pressed = std::exchange(m_pressed, false);
    if (pressed && event->button() == Qt::LeftButton && actionAt(event->position().toPoint()) == activeAction()
        && toggleActive()) {
        event->accept();
        return;
    }
    QMenu::mouseReleaseEvent(event);
}

void ChecklistMenu::keyPressEvent(QKeyEvent* event)
{
    const bool toggleKey
        = event->key() == Qt::Key_Space || event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (toggleKey && event->modifiers() == Qt::NoModifier && toggleActive()) {
        event->accept();
        return;
    }
    QMenu::keyPressEvent(event);
}

} // namespace swb
