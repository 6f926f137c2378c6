#include "app/gui/guioptions.h"

#include <QCommandLineParser>

#include <cstdio>

namespace swb::gui {

std::optional<GuiOptions> GuiOptionsParser::parse(const QStringList& arguments, int* exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Segment Workbench: build, compare and export customer segments."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"), tr("Workspace file (.sqlite) to open."),
                                 tr("[WORKSPACE]"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  tr("Page to show: customers, builder, dashboard, import (the import wizard on "
                                     "the demo customers file) or export (the export dialog)."),
                                  tr("PAGE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Write a PNG of the window (or dialog) once the page has loaded, then "
                                           "exit."),
                                        tr("FILE.png"));
    const QCommandLineOption segment(QStringLiteral("segment"),
                                     tr("Saved segment to open in the segment builder (shows the builder page)."),
                                     tr("NAME"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("Interface language, e.g. de or en."), tr("CODE"));
    parser.addOptions({page, segment, screenshot, language});

    *exitCode = 0;
    auto fail = [&](const QString& message) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(message));
        *exitCode = 2;
        return std::nullopt;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qUtf8Printable(parser.helpText()));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::fprintf(stdout, "%s %s\n", qUtf8Printable(QCoreApplication::applicationName()),
                     qUtf8Printable(QCoreApplication::applicationVersion()));
        return std::nullopt;
    }

    GuiOptions options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return fail(tr("Give at most one workspace file; got %1.").arg(positional.join(QStringLiteral(", "))));
    options.workspace = positional.value(0);
    if (parser.isSet(page)) {
        const QString value = parser.value(page).toLower();
        if (value == QLatin1String("customers"))
            options.page = GuiOptions::Page::Customers;
        else if (value == QLatin1String("builder"))
            options.page = GuiOptions::Page::Builder;
        else if (value == QLatin1String("dashboard"))
            options.page = GuiOptions::Page::Dashboard;
        else if (value == QLatin1String("import"))
            options.page = GuiOptions::Page::Import;
        else if (value == QLatin1String("export"))
            options.page = GuiOptions::Page::Export;
        else
            return fail(tr("Unknown page \"%1\": use customers, builder, dashboard, import or export.")
                            .arg(parser.value(page)));
    }
    options.segment = parser.value(segment);
    if (!options.segment.isEmpty()) {
        if (options.page != GuiOptions::Page::Default && options.page != GuiOptions::Page::Builder)
            return fail(tr("--segment opens the segment builder: it cannot be combined with --page %1.")
                            .arg(parser.value(page)));
        options.page = GuiOptions::Page::Builder;
    }
    options.screenshot = parser.value(screenshot);
    if (parser.isSet(screenshot) && options.screenshot.isEmpty())
        return fail(tr("--screenshot needs a file name."));
    options.language = parser.value(language);
    return options;
}

} // namespace swb::gui
