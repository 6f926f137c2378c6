// The application's icons: the desktop theme's when it has them, else the style's standard icons.
#pragma once

#include <QIcon>

namespace swb::Icons {

enum class Icon {
    NewWorkspace,
    OpenWorkspace,
    RecentWorkspaces,
    Import,
    Export,
    Undo,
    Redo,
    Preferences,
    Quit,
    Refresh,
    Customers,
    SegmentBuilder,
    Dashboard,
    Clusters,
    Segments,
    Help,
    Warning,
    Folder,
};

QIcon icon(Icon which);

} // namespace swb::Icons
