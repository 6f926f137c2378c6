// The command line of `segment-workbench`: workspace, start page, segment to open, screenshot file and language; or
// `--report FILE.pdf` to write the review report without showing a window.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace swb::gui {

struct GuiOptions
{
    enum class Page { Default, Customers, Builder, Dashboard, Rfm, Clusters, Value, Import, Export };

    QString workspace;
    Page page = Page::Default;
    QString segment; // saved segment to open in the builder (implies the builder page)
    QString screenshot; // PNG to write once the page has loaded; then the program exits
    QString language; // empty: the stored preference, else the system's

    // --report: write the review report of `workspace` to this PDF and exit (no window is shown).
    QString report;
    QStringList reportSegments; // --segment NAME … with --report; empty: all saved segments
    std::optional<QDate> asOf; // --as-of
    int months = 12; // --months
};

class GuiOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(swb::gui::GuiOptionsParser)

public:
    // Parses the application's arguments; prints help or errors and returns nullopt with the exit code to use.
    static std::optional<GuiOptions> parse(const QStringList& arguments, int* exitCode);
    // Whether the raw arguments ask for --report without choosing a platform (-platform or QT_QPA_PLATFORM): then
    // the program runs on the offscreen platform. Read before the application object exists.
    static bool wantsOffscreenReport(int argc, char** argv);

private:
    static std::optional<GuiOptions> parseReport(const QCommandLineParser& parser, GuiOptions options,
                                                 const std::function<void(const QString&)>& fail);
};

} // namespace swb::gui
