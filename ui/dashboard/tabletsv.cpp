#include "ui/dashboard/tabletsv.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace swb::TableTsv {

QString fromModel(const QAbstractItemModel& model)
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << model.headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells{model.index(row, 0).data().toString()};
        for (int column = 1; column < model.columnCount(); ++column) {
            const QVariant value = model.index(row, column).data(Qt::UserRole);
            cells << (value.isValid() ? QString::number(value.toDouble(), 'g', 12) : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace swb::TableTsv
