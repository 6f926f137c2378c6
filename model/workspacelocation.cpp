#include "model/workspacelocation.h"

#include "model/postgres/pgworkspace.h"

#include <QFileInfo>

namespace swb::WorkspaceLocation {

QString displayName(const QString& path)
{
    return PgWorkspace::isUri(path) ? PgWorkspace::displayName(path) : QFileInfo(path).fileName();
}

QString absolutePath(const QString& path)
{
    return PgWorkspace::isUri(path) ? path : QFileInfo(path).absoluteFilePath();
}

} // namespace swb::WorkspaceLocation
