// Example segments saved into the demo workspace, so a first start has something to open and look at.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace swb {

class Workspace;

class DemoSegments
{
    Q_DECLARE_TR_FUNCTIONS(swb::DemoSegments)

public:
    // Saves the example dynamic segments over the demo's columns (replacing older ones of the same names).
    static bool save(Workspace& workspace, QString* error);
    // Their names, in the order they are saved.
    static QStringList names();
};

} // namespace swb
