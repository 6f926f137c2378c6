// The Export dialog's default file name and folder: "<segment> <YYYY-MM-DD>.<ext>" in the folder used last.
#pragma once

#include "model/export/exporttypes.h"

#include <QDate>
#include <QString>

namespace swb::exportfile {

// "<name> <YYYY-MM-DD>.<ext>", with the characters file systems refuse (/ \ : * ? " < > |) replaced by _.
QString defaultFileName(const QString& name, ExportFormat format, const QDate& date);
// The folder of the last export when it still exists, else the documents folder where there is one, else home.
QString lastFolder();
// Remembers the folder of `filePath` for the next export (QSettings "export/lastFolder").
void rememberFolder(const QString& filePath);

} // namespace swb::exportfile
