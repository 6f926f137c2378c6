#include "ui/charts/chartpainter.h"

#include "ui/charts/chartpanel.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLayout>
#include <QPainter>
#include <QPalette>
#include <QPicture>

namespace swb::ChartPainter {

void paint(ChartPanel* chart, QPainter* painter, const QRectF& target)
{
    // A chart that was never shown lays out only when asked: the panel's layout sizes the view, and Qt Charts
    // creates axis labels and grid lines when the chart's own layout runs.
    chart->setAttribute(Qt::WA_DontShowOnScreen);
    // Printed on white paper: the light theme, and white where the window colour would show.
    QPalette palette = chart->palette();
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    chart->setPalette(palette);
    chart->resize(target.size().toSize());
    chart->show(); // polished and laid out as on screen, but never on a screen (WA_DontShowOnScreen)
    if (QLayout* layout = chart->layout())
        layout->activate();
    const auto views = chart->findChildren<QChartView*>();
    for (QChartView* view : views) {
        view->resize(view->size()); // applies the size the layout gave it
        view->chart()->resize(view->size());
        if (QGraphicsLayout* chartLayout = view->chart()->layout())
            chartLayout->activate();
    }
    // Recorded first, then replayed: drawn straight onto a printer's painter, Qt Charts' legend loses its markers.
    QPicture picture;
    {
        QPainter recorder(&picture);
        chart->render(&recorder, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    painter->save();
    painter->translate(target.topLeft());
    painter->drawPicture(QPointF(0, 0), picture);
    painter->restore();
}

} // namespace swb::ChartPainter
