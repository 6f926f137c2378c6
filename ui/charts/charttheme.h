// One look for every chart: Qt Charts' light or dark theme by the window's palette, the window's font, no
// animations (they would delay exports and tests), a transparent background so the page's colour shows.
#pragma once

#include <QColor>

class QChart;

namespace swb::ChartTheme {

void apply(QChart* chart, bool dark);
// The n-th colour of the categorical palette (the segments dock's swatches use the same eight), for series
// that bring no colour of their own.
QColor seriesColor(int index);

} // namespace swb::ChartTheme
