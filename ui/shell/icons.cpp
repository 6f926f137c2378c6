#include "ui/shell/icons.h"

#include <QApplication>
#include <QStyle>

namespace swb::Icons {

namespace {

QIcon themed(const char* name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

} // namespace

QIcon icon(Icon which)
{
    switch (which) {
    case Icon::NewWorkspace:
        return themed("document-new", QStyle::SP_FileIcon);
    case Icon::OpenWorkspace:
        return themed("document-open", QStyle::SP_DialogOpenButton);
    case Icon::RecentWorkspaces:
        return themed("document-open-recent", QStyle::SP_DirOpenIcon);
    case Icon::Import:
        return themed("go-bottom", QStyle::SP_ArrowDown);
    case Icon::Export:
        return themed("document-send", QStyle::SP_DialogSaveButton);
    case Icon::Undo:
        return themed("edit-undo", QStyle::SP_ArrowBack);
    case Icon::Redo:
        return themed("edit-redo", QStyle::SP_ArrowForward);
    case Icon::Preferences:
        return themed("preferences-system", QStyle::SP_FileDialogDetailedView);
    case Icon::Quit:
        return themed("application-exit", QStyle::SP_DialogCloseButton);
    case Icon::Refresh:
        return themed("view-refresh", QStyle::SP_BrowserReload);
    case Icon::Customers:
        return themed("system-users", QStyle::SP_FileDialogListView);
    case Icon::SegmentBuilder:
        return themed("edit-find", QStyle::SP_FileDialogContentsView);
    case Icon::Dashboard:
        return themed("x-office-presentation", QStyle::SP_FileDialogInfoView);
    case Icon::Clusters:
        return themed("applications-science", QStyle::SP_DriveNetIcon);
    case Icon::Segments:
        return themed("emblem-documents", QStyle::SP_DirIcon);
    case Icon::Help:
        return themed("help-browser", QStyle::SP_DialogHelpButton);
    case Icon::Warning:
        return themed("dialog-warning", QStyle::SP_MessageBoxWarning);
    case Icon::Folder:
        return themed("folder", QStyle::SP_DirIcon);
    }
    return {};
}

} // namespace swb::Icons
