#include "ui/filter/rows/draghandle.h"

#include "ui/filter/rows/buildericons.h"

#include <QApplication>
#include <QMouseEvent>

namespace swb {

DragHandle::DragHandle(QWidget* parent)
    : QLabel(parent)
{
    setPixmap(BuilderIcons::grip().pixmap(16, 16));
    setCursor(Qt::OpenHandCursor);
    setToolTip(tr("Drag to move"));
    setFixedWidth(16);
    setAlignment(Qt::AlignCenter);
}

void DragHandle::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_pressPosition = event->position().toPoint();
        event->accept();
        return;
    }
    QLabel::mousePressEvent(event);
}

void DragHandle::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressed && (event->buttons() & Qt::LeftButton)
        && (event->position().toPoint() - m_pressPosition).manhattanLength() >= QApplication::startDragDistance()) {
        m_pressed = false;
        if (m_startDrag)
            m_startDrag();
        return;
    }
    QLabel::mouseMoveEvent(event);
}

} // namespace swb
