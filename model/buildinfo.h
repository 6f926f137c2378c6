#pragma once
// What the program was built from: its version, the build date and the third-party libraries with their licences
// (for Help → About and `--version` style output). No widgets.
#include <QList>
#include <QString>

namespace swb {

struct ThirdPartyComponent
{
    QString name;
    QString version; // empty when the library does not tell its version
    QString licence; // SPDX identifier(s)
    QString url;
};

struct BuildInfo
{
    // The project() version from CMake, e.g. "0.1.0".
    static QString version();
    // The date CMake configured the build (YYYY-MM-DD, UTC; SOURCE_DATE_EPOCH when set, for reproducible builds).
    static QString buildDate();
    // Qt, SQLite, Eigen, libxlsxwriter and libphonenumber; Qt and SQLite report the versions running, the others the
    // versions compiled in.
    static QList<ThirdPartyComponent> thirdPartyComponents();
};

} // namespace swb
