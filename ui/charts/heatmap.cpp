#include "ui/charts/heatmap.h"

#include <QLocale>

namespace swb {

Heatmap::Heatmap(QWidget* parent)
    : MatrixHeatmap(parent)
{ }

void Heatmap::setData(const QStringList& labels, const QList<QList<qint64>>& counts)
{
    MatrixHeatmap::setData(labels, labels, counts);
}

double Heatmap::rowShare(int row, int column) const
{
    const QList<QList<qint64>>& all = counts();
    const qint64 size = all[row][row];
    return size > 0 ? double(all[row][column]) / double(size) : 0.0;
}

QString Heatmap::cellText(int row, int column) const
{
    const QLocale locale;
    return locale.toString(counts()[row][column]) + QLatin1Char('\n')
        + locale.toString(100.0 * rowShare(row, column), 'f', 1) + QLatin1Char('%');
}

double Heatmap::cellShade(int row, int column) const
{
    return rowShare(row, column);
}

QString Heatmap::cellToolTip(int row, int column) const
{
    const QLocale locale;
    const QStringList names = labels();
    return tr("%1 and %2: %3 customers, %4% of %1")
        .arg(names[row], names[column], locale.toString(counts()[row][column]),
             locale.toString(100.0 * rowShare(row, column), 'f', 1));
}

} // namespace swb
