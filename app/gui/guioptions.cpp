#include "app/gui/guioptions.h"

#include "model/analytics/reviewreport.h"

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
    const QCommandLineOption page(
        QStringLiteral("page"),
        tr("Page to show: customers, builder, dashboard, rfm, clusters (with a finished run), value (customer "
           "value, with a finished fit), import (the import wizard on the demo customers file) or export (the export "
           "dialog)."),
        tr("PAGE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        tr("Write a PNG of the window (or dialog) once the page has loaded, then "
                                           "exit."),
                                        tr("FILE.png"));
    const QCommandLineOption segment(QStringLiteral("segment"),
                                     tr("Saved segment to open in the segment builder (shows the builder page); with "
                                        "--report, a segment to include (repeat for more; default: all saved)."),
                                     tr("NAME"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("Interface language, e.g. de, fr or en."), tr("CODE"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write the review report of the workspace to this PDF file and exit, without "
                                       "a window (runs without a display)."),
                                    tr("FILE.pdf"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        tr("With --report: the as-of date recency counts to and the trend ends at, as for swb kpis --as-of "
           "(default: the workspace's)."),
        tr("YYYY-MM-DD"));
    const QCommandLineOption months(QStringLiteral("months"),
                                    tr("With --report: months of trend before the as-of date (default 12)."), tr("N"));
    parser.addOptions({page, segment, screenshot, language, report, asOf, months});

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
        else if (value == QLatin1String("rfm"))
            options.page = GuiOptions::Page::Rfm;
        else if (value == QLatin1String("import"))
            options.page = GuiOptions::Page::Import;
        else if (value == QLatin1String("export"))
            options.page = GuiOptions::Page::Export;
        else if (value == QLatin1String("clusters"))
            options.page = GuiOptions::Page::Clusters;
        else if (value == QLatin1String("value"))
            options.page = GuiOptions::Page::Value;
        else
            return fail(tr("Unknown page \"%1\": use customers, builder, dashboard, rfm, clusters, value, import or "
                           "export.")
                            .arg(parser.value(page)));
    }
    options.language = parser.value(language);
    if (parser.isSet(report))
        return parseReport(parser, options, fail);
    if (parser.isSet(asOf) || parser.isSet(months))
        return fail(tr("--as-of and --months belong to --report: add --report FILE.pdf."));
    if (parser.values(segment).size() > 1)
        return fail(tr("--segment opens one segment in the builder; several are only taken with --report."));
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
    return options;
}

std::optional<GuiOptions> GuiOptionsParser::parseReport(const QCommandLineParser& parser, GuiOptions options,
                                                        const std::function<void(const QString&)>& fail)
{
    auto bad = [&](const QString& message) -> std::optional<GuiOptions> {
        fail(message);
        return std::nullopt;
    };
    options.report = parser.value(QStringLiteral("report"));
    if (options.report.isEmpty())
        return bad(tr("--report needs a file name ending in .pdf."));
    if (options.workspace.isEmpty())
        return bad(tr("--report needs a workspace: give its file before --report."));
    for (const char* other : {"page", "screenshot"}) {
        if (parser.isSet(QLatin1String(other)))
            return bad(tr("--report cannot be combined with --%1.").arg(QLatin1String(other)));
    }
    options.reportSegments = parser.values(QStringLiteral("segment"));
    if (parser.isSet(QStringLiteral("as-of"))) {
        const QString text = parser.value(QStringLiteral("as-of"));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            return bad(tr("--as-of takes a date as YYYY-MM-DD, e.g. 2024-06-30; got \"%1\".").arg(text));
        options.asOf = date;
    }
    if (parser.isSet(QStringLiteral("months"))) {
        bool ok = false;
        options.months = parser.value(QStringLiteral("months")).toInt(&ok);
        if (!ok || options.months < 1 || options.months > ReviewReport::maxMonths)
            return bad(tr("--months takes a whole number from 1 to %1; got \"%2\".")
                           .arg(ReviewReport::maxMonths)
                           .arg(parser.value(QStringLiteral("months"))));
    }
    return options;
}

bool GuiOptionsParser::wantsOffscreenReport(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return false;
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-platform" || argument == "--platform" || argument.startsWith("-platform=")
            || argument.startsWith("--platform="))
            return false;
        if (argument == "--report" || argument.startsWith("--report="))
            report = true;
    }
    return report;
}

} // namespace swb::gui
