// The grip at the start of a rule or group row: pressing and moving it starts a drag of that node.
#pragma once

#include <QLabel>

#include <functional>

namespace swb {

class DragHandle : public QLabel
{
    Q_OBJECT

public:
    explicit DragHandle(QWidget* parent = nullptr);

    // Called when a drag starts: runs the drag (QDrag::exec) for the row.
    void setStartDrag(std::function<void()> startDrag) { m_startDrag = std::move(startDrag); }

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    std::function<void()> m_startDrag;
    QPoint m_pressPosition;
    bool m_pressed = false;
};

} // namespace swb
