// A table model as tab-separated text for the clipboard: a header line, then per row the first column as shown and
// the other columns' raw numbers (Qt::UserRole), unformatted, so that a spreadsheet reads them as numbers.
#pragma once

#include <QString>

class QAbstractItemModel;

namespace swb::TableTsv {

QString fromModel(const QAbstractItemModel& model);

} // namespace swb::TableTsv
