#include "ui/charts/charttheme.h"

#include <QApplication>
#include <QChart>
#include <QLocale>

#include <cstdlib>
#include <iterator>

namespace swb::ChartTheme {

void apply(QChart* chart, bool dark)
{
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(QApplication::palette().brush(QPalette::Base));
    chart->setTitleBrush(QApplication::palette().brush(QPalette::Text));
    QFont title = QApplication::font();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setFont(QApplication::font());
    chart->legend()->setLabelColor(QApplication::palette().color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Bar labels and axis numbers in the interface's language ("70,34" in German), like the tables. With this on,
    // Qt Charts keeps the text around an axis format's number as it is: a "%" suffix is written once, not "%%".
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

QColor seriesColor(int index)
{
    static const QColor palette[] = {QColor(0x3b6fd8), QColor(0xe07b39), QColor(0x2e9d6a), QColor(0xc2416b),
                                     QColor(0x8a5cd1), QColor(0x1c9bb0), QColor(0xb59a1e), QColor(0x6b7a8f)};
    return palette[std::abs(index) % int(std::size(palette))];
}

} // namespace swb::ChartTheme
