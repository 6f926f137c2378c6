// Where Help → User Guide finds the guide: the installed copy, else the copy in the source tree the program was
// built from, else the guide's page online.
#pragma once

#include <QString>
#include <QUrl>

namespace swb {

class UserGuide
{
public:
    // The guide's index page for a program in `applicationDir` built from `sourceDir` (empty: no source tree).
    static QUrl location(const QString& applicationDir, const QString& sourceDir);
    // The same for this program (QCoreApplication::applicationDirPath() and the source tree of the build).
    static QUrl location();

    // Relative to the installation prefix, as packaging/CMakeLists.txt installs it.
    static QString installedIndex();
    // Relative to the source tree.
    static QString sourceIndex();
    static QUrl onlineUrl();
};

} // namespace swb
