#include "ui/shell/mainactions.h"

#include "ui/shell/icons.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoGroup>

namespace swb {

namespace {

QAction* makeAction(QObject* parent, const QString& text, const QIcon& icon, const QList<QKeySequence>& keys,
                    const QString& statusTip)
{
    auto* action = new QAction(icon, text, parent);
    // Standard keys may be empty on some platforms (Preferences on Linux); the fallbacks keep a shortcut.
    QList<QKeySequence> shortcuts;
    for (const QKeySequence& key : keys) {
        if (!key.isEmpty() && !shortcuts.contains(key))
            shortcuts.append(key);
    }
    action->setShortcuts(shortcuts);
    action->setStatusTip(statusTip);
    if (!shortcuts.isEmpty())
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                          shortcuts.constFirst().toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

MainActions::MainActions(QMainWindow* window, QUndoGroup* undoGroup)
    : QObject(window)
{
    using Icons::Icon;
    newWorkspace = makeAction(this, tr("&New Workspace…"), Icons::icon(Icon::NewWorkspace), {QKeySequence::New},
                              tr("Create an empty workspace file"));
    openWorkspace = makeAction(this, tr("&Open Workspace…"), Icons::icon(Icon::OpenWorkspace), {QKeySequence::Open},
                               tr("Open a workspace file (.sqlite)"));
    connectServer = makeAction(this, tr("Connect to &Server…"), {}, {QKeySequence(tr("Ctrl+Shift+O"))},
                               tr("Open a workspace on a PostgreSQL server"));
    recentMenu = new QMenu(tr("Open &Recent"), window);
    recentMenu->setIcon(Icons::icon(Icon::RecentWorkspaces));
    closeWorkspace = makeAction(this, tr("&Close Workspace"), {}, {QKeySequence::Close}, tr("Close the workspace"));
    createDemo = makeAction(this, tr("Create &Demo Workspace"), {}, {},
                            tr("Create a workspace with realistic sample customers and orders"));
    importData = makeAction(this, tr("&Import…"), Icons::icon(Icon::Import), {QKeySequence(tr("Ctrl+I"))},
                            tr("Import customers or orders from a CSV file"));
    exportData = makeAction(this, tr("&Export…"), Icons::icon(Icon::Export), {QKeySequence(tr("Ctrl+E"))},
                            tr("Export customers to CSV, TSV, XLSX or JSON"));
    exportChart = makeAction(this, tr("Export &Chart…"), {}, {},
                             tr("Save the Dashboard chart or table you last clicked as PNG, SVG or PDF"));
    copyChart = makeAction(this, tr("Cop&y Chart"), {}, {},
                           tr("Copy the Dashboard chart you last clicked (the KPI table as text)"));
    exportChart->setObjectName(QStringLiteral("exportChart"));
    copyChart->setObjectName(QStringLiteral("copyChart"));
    exportReport = makeAction(this, tr("Export &Review Report…"), {}, {},
                              tr("Write the KPIs, charts and a page per segment as a PDF"));
    exportReport->setObjectName(QStringLiteral("exportReport"));
    undo = undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setIcon(Icons::icon(Icon::Undo));
    undo->setShortcuts(QKeySequence::Undo);
    redo = undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setIcon(Icons::icon(Icon::Redo));
    redo->setShortcuts(QKeySequence::Redo);
    preferences = makeAction(this, tr("&Preferences…"), Icons::icon(Icon::Preferences),
                             {QKeySequence::Preferences, QKeySequence(tr("Ctrl+,"))},
                             tr("As-of date, interface language and fast opening"));
    preferences->setMenuRole(QAction::PreferencesRole);
    refresh = makeAction(this, tr("Re&load"), Icons::icon(Icon::Refresh), {QKeySequence::Refresh},
                         tr("Read the workspace again"));
    quit = makeAction(this, tr("&Quit"), Icons::icon(Icon::Quit), {QKeySequence::Quit, QKeySequence(tr("Ctrl+Q"))},
                      tr("Quit Segment Workbench"));
    quit->setMenuRole(QAction::QuitRole);
    // F1 spelled out as well: HelpContents has no key on some platforms.
    userGuide = makeAction(this, tr("User &Guide"), {}, {QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)},
                           tr("Open the user guide"));
    userGuide->setObjectName(QStringLiteral("userGuide"));
    about = makeAction(this, tr("&About Segment Workbench"), {}, {}, {});
    about->setMenuRole(QAction::AboutRole);
    aboutQt = makeAction(this, tr("About &Qt"), {}, {}, {});
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainActions::populate(QMainWindow* window, const QList<QAction*>& pageActions, QAction* segmentsDockToggle)
{
    QMenuBar* bar = window->menuBar();
    QMenu* file = bar->addMenu(tr("&File"));
    file->addAction(newWorkspace);
    file->addAction(openWorkspace);
    file->addMenu(recentMenu);
    file->addAction(connectServer);
    file->addAction(createDemo);
    file->addAction(closeWorkspace);
    file->addSeparator();
    file->addAction(importData);
    file->addAction(exportData);
    file->addAction(exportChart);
    file->addAction(copyChart);
    file->addAction(exportReport);
    file->addSeparator();
    file->addAction(quit);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(preferences);

    QMenu* view = bar->addMenu(tr("&View"));
    view->addActions(pageActions);
    view->addSeparator();
    view->addAction(segmentsDockToggle);
    view->addSeparator();
    view->addAction(refresh);

    QMenu* help = bar->addMenu(tr("&Help"));
    help->addAction(userGuide);
    help->addSeparator();
    help->addAction(about);
    help->addAction(aboutQt);

    toolBar = window->addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(openWorkspace);
    toolBar->addSeparator();
    toolBar->addAction(importData);
    toolBar->addAction(exportData);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
}

} // namespace swb
