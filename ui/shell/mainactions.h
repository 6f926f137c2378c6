// The main window's actions with their shortcuts and icons, and the menus and toolbar built from them.
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoGroup;

namespace swb {

class MainActions : public QObject
{
    Q_OBJECT

public:
    MainActions(QMainWindow* window, QUndoGroup* undoGroup);

    // Builds the menu bar and the toolbar; `pageActions` go to the View menu.
    void populate(QMainWindow* window, const QList<QAction*>& pageActions, QAction* segmentsDockToggle);

    QAction* newWorkspace = nullptr;
    QAction* openWorkspace = nullptr;
    QMenu* recentMenu = nullptr;
    QAction* connectServer = nullptr;
    QAction* closeWorkspace = nullptr;
    QAction* createDemo = nullptr;
    QAction* importData = nullptr;
    QAction* exportData = nullptr;
    QAction* exportChart = nullptr; // the Dashboard's current chart or table
    QAction* copyChart = nullptr;
    QAction* exportReport = nullptr; // the review report (PDF)
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* preferences = nullptr;
    QAction* refresh = nullptr;
    QAction* quit = nullptr;
    QAction* userGuide = nullptr; // Help → User Guide (F1)
    QAction* about = nullptr;
    QAction* aboutQt = nullptr;
    QToolBar* toolBar = nullptr;
};

} // namespace swb
