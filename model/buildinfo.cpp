#include "model/buildinfo.h"

#include <QtGlobal>

#include <sqlite3.h>
#include <xlsxwriter.h>

#ifndef SWB_VERSION
#error "SWB_VERSION must be defined by the build (model/CMakeLists.txt)"
#endif

namespace swb {

QString BuildInfo::version()
{
    return QStringLiteral(SWB_VERSION);
}

QString BuildInfo::buildDate()
{
    return QStringLiteral(SWB_BUILD_DATE);
}

QList<ThirdPartyComponent> BuildInfo::thirdPartyComponents()
{
    // Qt's open-source licence is the LGPL, except for Qt Charts, which is published under the GPL only.
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
         QStringLiteral("LGPL-3.0-only (Qt Charts: GPL-3.0-only)"), QStringLiteral("https://www.qt.io/licensing/")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()),
         QStringLiteral("blessing (public domain)"), QStringLiteral("https://www.sqlite.org/copyright.html")},
        {QStringLiteral("Eigen"), QStringLiteral(SWB_EIGEN_VERSION), QStringLiteral("MPL-2.0"),
         QStringLiteral("https://eigen.tuxfamily.org/")},
        {QStringLiteral("libxlsxwriter"), QStringLiteral(LXW_VERSION), QStringLiteral("BSD-2-Clause"),
         QStringLiteral("https://libxlsxwriter.github.io/")},
        {QStringLiteral("libphonenumber"), QString(), QStringLiteral("Apache-2.0"),
         QStringLiteral("https://github.com/google/libphonenumber")},
    };
}

} // namespace swb
