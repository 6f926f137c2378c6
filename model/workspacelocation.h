// Where a workspace is, as the window shows and compares it: a file, or a postgresql:// URI of a server. No
// connection is opened (the widgets use these).
#pragma once

#include <QString>

namespace swb::WorkspaceLocation {

// Its file name, or "database on host:port" for a server.
QString displayName(const QString& path);
// A file's absolute path; a postgresql:// URI as it is.
QString absolutePath(const QString& path);

} // namespace swb::WorkspaceLocation
