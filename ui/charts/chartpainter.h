// Paints a chart into any QPainter at a given size (the review report draws charts into its PDF pages this way, as
// vector graphics), without showing it on screen.
#pragma once

#include <QRectF>

class QPainter;

namespace swb {

class ChartPanel;

namespace ChartPainter {

// Lays `chart` out at `target`'s size (in the painter's units), brings its axes and labels up to date and draws it
// into `target` on a white background. A chart inside another widget's layout must be taken out of it first.
void paint(ChartPanel* chart, QPainter* painter, const QRectF& target);

} // namespace ChartPainter
} // namespace swb
