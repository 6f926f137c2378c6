// Help → About: the version from the top-level CMakeLists.txt, a build date, and each third-party library with its
// licence; opened from the main window's Help menu; translated into German.
#include "ui/mainwindow.h"
#include "ui/shell/aboutdialog.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QFile>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace swb;

namespace {

// The version in `project(SegmentWorkbench VERSION x.y.z ...)`, read from the source tree (not from the code under
// test).
QString projectVersion()
{
    QFile file(QStringLiteral(SWB_TEST_DATA_DIR "/../../CMakeLists.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression pattern(QStringLiteral("project\\(SegmentWorkbench VERSION ([0-9.]+)"));
    return pattern.match(QString::fromUtf8(file.readAll())).captured(1);
}

} // namespace

class TstAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void showsTheVersionAndTheBuildDate()
    {
        const QString version = projectVersion();
        QVERIFY2(!version.isEmpty(), "no project() version in CMakeLists.txt");
        AboutDialog dialog;
        const QString heading = dialog.headingText();
        QVERIFY2(heading.contains(QStringLiteral("Segment Workbench ") + version), qPrintable(heading));
        // "Built on <long date>": a real date, not in the future.
        const QRegularExpression built(QStringLiteral("Built on ([^<]+)\\."));
        const QRegularExpressionMatch match = built.match(heading);
        QVERIFY2(match.hasMatch(), qPrintable(heading));
        const QDate date = QLocale().toDate(match.captured(1), QLocale::LongFormat);
        QVERIFY2(date.isValid(), qPrintable(match.captured(1)));
        QVERIFY(date <= QDate::currentDate().addDays(1));
        QVERIFY(date >= QDate(2024, 1, 1));
    }

    void namesEachLibraryWithItsLicence_data()
    {
        QTest::addColumn<QString>("library");
        QTest::addColumn<QString>("licence");
        QTest::newRow("qt") << QStringLiteral("Qt") << QStringLiteral("LGPL-3.0-only");
        QTest::newRow("qt-charts") << QStringLiteral("Qt") << QStringLiteral("Qt Charts: GPL-3.0-only");
        QTest::newRow("sqlite") << QStringLiteral("SQLite") << QStringLiteral("public domain");
        QTest::newRow("eigen") << QStringLiteral("Eigen") << QStringLiteral("MPL-2.0");
        QTest::newRow("libxlsxwriter") << QStringLiteral("libxlsxwriter") << QStringLiteral("BSD-2-Clause");
        QTest::newRow("libphonenumber") << QStringLiteral("libphonenumber") << QStringLiteral("Apache-2.0");
    }

    void namesEachLibraryWithItsLicence()
    {
        QFETCH(QString, library);
        QFETCH(QString, licence);
        AboutDialog dialog;
        // One table row per library: its name (a link), version and licence.
        const QRegularExpression row(
            QStringLiteral(">%1</a></td><td>[^<]*</td><td>([^<]*)</td>").arg(QRegularExpression::escape(library)));
        const QRegularExpressionMatch match = row.match(dialog.licencesText());
        QVERIFY2(match.hasMatch(), qPrintable(dialog.licencesText()));
        QVERIFY2(match.captured(1).contains(licence), qPrintable(match.captured(1)));
    }

    void showsTheQtVersionRunning()
    {
        AboutDialog dialog;
        QVERIFY(dialog.licencesText().contains(
            QStringLiteral(">Qt</a></td><td>%1</td>").arg(QString::fromLatin1(qVersion()))));
    }

    void opensFromTheHelpMenu()
    {
        MainWindow window;
        window.show();
        QAction* about = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            for (QAction* action : menu->menu() ? menu->menu()->actions() : QList<QAction*>{}) {
                if (action->text() == QStringLiteral("&About Segment Workbench"))
                    about = action;
            }
        }
        QVERIFY(about);
        about->trigger();
        auto* dialog = window.findChild<AboutDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->headingText().contains(projectVersion()));
        dialog->close();
        QTRY_VERIFY(!window.findChild<AboutDialog*>());
    }

    void speaksGerman()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(SWB_TRANSLATIONS_DIR "/segment-workbench_de.qm")));
        QApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        AboutDialog dialog;
        QApplication::removeTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Über Segment Workbench"));
        QVERIFY2(dialog.headingText().contains(QStringLiteral("Erstellt am")), qPrintable(dialog.headingText()));
        QVERIFY2(dialog.licencesText().contains(QStringLiteral("Lizenz")), qPrintable(dialog.licencesText()));
    }
};

QTEST_MAIN(TstAboutDialog)
#include "tst_aboutdialog.moc"
