#include "ui/filter/rows/buildericons.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <functional>

namespace swb::BuilderIcons {

namespace {

QIcon draw(const std::function<void(QPainter&, const QColor&)>& paint)
{
    QIcon icon;
    const QPalette palette = QApplication::palette();
    for (const auto& [mode, group] :
         {std::pair{QIcon::Normal, QPalette::Active}, std::pair{QIcon::Disabled, QPalette::Disabled}}) {
        for (int size : {16, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(size / 16.0, size / 16.0);
            QColor color = palette.color(group, QPalette::WindowText);
            if (mode == QIcon::Normal)
                color.setAlphaF(0.75);
            paint(painter, color);
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

} // namespace

QIcon grip()
{
    return draw([](QPainter& p, const QColor& color) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        for (int row = 0; row < 3; ++row) {
            for (int column = 0; column < 2; ++column)
                p.drawEllipse(QPointF(6.0 + column * 4.0, 4.0 + row * 4.0), 1.3, 1.3);
        }
    });
}

QIcon add()
{
    return draw([](QPainter& p, const QColor& color) {
        p.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 3), QPointF(8, 13));
        p.drawLine(QPointF(3, 8), QPointF(13, 8));
    });
}

QIcon remove()
{
    return draw([](QPainter& p, const QColor& color) {
        p.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(4, 4), QPointF(12, 12));
        p.drawLine(QPointF(12, 4), QPointF(4, 12));
    });
}

QIcon visible(bool muted)
{
    return draw([muted](QPainter& p, const QColor& color) {
        p.setPen(QPen(color, 1.3));
        p.setBrush(Qt::NoBrush);
        QPainterPath eye;
        eye.moveTo(1.5, 8);
        eye.quadTo(8, 1, 14.5, 8);
        eye.quadTo(8, 15, 1.5, 8);
        p.drawPath(eye);
        p.setBrush(color);
        p.drawEllipse(QPointF(8, 8), 2.2, 2.2);
        if (muted) {
            p.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(2.5, 13.5), QPointF(13.5, 2.5));
        }
    });
}

} // namespace swb::BuilderIcons
