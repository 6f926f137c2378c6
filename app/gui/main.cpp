// `segment-workbench`: the desktop application.
#include "app/gui/guioptions.h"
#include "app/gui/reportrun.h"
#include "app/gui/startup.h"
#include "model/filter/columnstorecache.h"
#include "ui/mainwindow.h"
#include "ui/shell/interfacelanguage.h"
#include "ui/shell/preferencesdialog.h"

#include <QApplication>
#include <QIcon>

#include <csignal>
#include <cstdio>

int main(int argc, char* argv[])
{
    // Under a file size limit (ulimit -f) a write beyond it would kill the app with SIGXFSZ; ignored, an export
    // fails with a message and leaves no partial file.
    std::signal(SIGXFSZ, SIG_IGN);
    // The report is made without a display (from cron): no platform chosen means the offscreen one.
    if (swb::gui::GuiOptionsParser::wantsOffscreenReport(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Segment Workbench"));
    QApplication::setOrganizationName(QStringLiteral("SegmentWorkbench"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.segmentworkbench.SegmentWorkbench"));
    // Desktop sessions bring their icon theme; elsewhere (a bare X server) a common theme is tried before the
    // style's own icons.
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("Adwaita"));
    // The installed icon (share/icons/hicolor, packaging/); Wayland finds it through the desktop file name.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.segmentworkbench.SegmentWorkbench")));

    int exitCode = 0;
    const auto options = swb::gui::GuiOptionsParser::parse(QApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;
    const QString language = options->language.isEmpty() ? swb::PreferencesDialog::storedLanguage() : options->language;
    if (!swb::InterfaceLanguage::install(app, language) && !options->language.isEmpty())
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate("main", "No translation for \"%1\"; showing English.")
                                        .arg(options->language)));

    swb::ColumnStoreCache::setEnabled(swb::PreferencesDialog::storedKeepCopies());
    if (!options->report.isEmpty()) {
        swb::gui::ReportRun report(*options);
        if (!report.start())
            return 1;
        return QApplication::exec();
    }
    swb::MainWindow window;
    if (!options->screenshot.isEmpty())
        window.resize(1280, 800);
    window.show();
    swb::gui::Startup startup(&window, *options);
    if (!startup.run())
        return 2;
    return QApplication::exec();
}
