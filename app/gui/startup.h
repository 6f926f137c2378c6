// Brings the window to the page the command line asks for, and writes the screenshot once that page has loaded.
#pragma once

#include "app/gui/guioptions.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

namespace swb {

class MainWindow;
struct WorkspaceSummary;

namespace gui {

class Startup : public QObject
{
    Q_OBJECT

public:
    Startup(MainWindow* window, GuiOptions options, QObject* parent = nullptr);

    // Opens the workspace (the argument, else the last one) and the page; returns false (with a message on
    // stderr) when the request cannot be met.
    bool run();

private:
    void onOpened(const WorkspaceSummary& summary);
    void waitForRfm();
    void showClusters();
    void showValue();
    void openImportWizard();
    void openExportDialog();
    // The page is ready: write the screenshot of `widget` (and quit) when one was asked for.
    void pageReady(QWidget* widget);
    void fail(const QString& message);

    MainWindow* m_window = nullptr;
    GuiOptions m_options;
    QTemporaryDir m_temporary;
    bool m_handled = false;
    bool m_scratch = false; // the workspace lives in m_temporary
    bool m_rfmRun = false; // the RFM page was asked to score a workspace without a run
};

} // namespace gui
} // namespace swb
