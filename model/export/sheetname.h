// Excel's rules for worksheet names, applied to a segment's name.
#pragma once

#include <QString>
#include <QStringList>

namespace swb {

// `name` as an Excel sheet name: at most 31 characters, none of [ ] : * ? / \ (each becomes _), no ' at either end,
// not empty, not "History"; with " N" appended when `part` > 1 (a continuation sheet). Unique among `taken`
// (compared ignoring case, as Excel does): else " (2)", " (3)", … is appended, still within 31 characters.
QString excelSheetName(const QString& name, const QStringList& taken = {}, int part = 1);

} // namespace swb
