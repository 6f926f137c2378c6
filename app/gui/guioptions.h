// The command line of `segment-workbench`: workspace, start page, segment to open, screenshot file and language.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace swb::gui {

struct GuiOptions
{
    enum class Page { Default, Customers, Builder, Dashboard, Import, Export };

    QString workspace;
    Page page = Page::Default;
    QString segment; // saved segment to open in the builder (implies the builder page)
    QString screenshot; // PNG to write once the page has loaded; then the program exits
    QString language; // empty: the stored preference, else the system's
};

class GuiOptionsParser
{
    Q_DECLARE_TR_FUNCTIONS(swb::gui::GuiOptionsParser)

public:
    // Parses the application's arguments; prints help or errors and returns nullopt with the exit code to use.
    static std::optional<GuiOptions> parse(const QStringList& arguments, int* exitCode);
};

} // namespace swb::gui
