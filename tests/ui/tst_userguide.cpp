// Help → User Guide (F1): opens the installed guide, else the source tree's docs/guide, else the guide online; the
// menu action opens what UserGuide::location() finds (a URL handler stands in for the desktop's browser).
#include "ui/mainwindow.h"
#include "ui/shell/userguide.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

namespace {

// The source tree, from the test data folder (not from the code under test).
QString sourceDir()
{
    return QDir::cleanPath(QStringLiteral(SWB_TEST_DATA_DIR "/../.."));
}

bool writeFile(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write("# Guide\n") > 0;
}

} // namespace

// Receives the URLs QDesktopServices::openUrl would hand to the desktop.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

class TstUserGuide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void findsTheSourceTreeCopyFromTheBuildFolder()
    {
        const QUrl url = UserGuide::location();
        QVERIFY2(url.isLocalFile(), qPrintable(url.toString()));
        QVERIFY2(QFileInfo(url.toLocalFile()).isFile(), qPrintable(url.toLocalFile()));
        QCOMPARE(QFileInfo(url.toLocalFile()).canonicalFilePath(),
                 QFileInfo(sourceDir() + QStringLiteral("/docs/guide/README.md")).canonicalFilePath());
    }

    void prefersTheInstalledCopy()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const QString installed = prefix.filePath(QStringLiteral("share/doc/segment-workbench/guide/README.md"));
        QVERIFY(writeFile(installed));
        QDir(prefix.path()).mkpath(QStringLiteral("bin"));
        const QUrl url = UserGuide::location(prefix.filePath(QStringLiteral("bin")), sourceDir());
        QCOMPARE(url, QUrl::fromLocalFile(installed));
    }

    void fallsBackToTheGuideOnline()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        QDir(prefix.path()).mkpath(QStringLiteral("bin"));
        // Neither an installed copy nor a source tree (one without docs/guide).
        const QUrl url = UserGuide::location(prefix.filePath(QStringLiteral("bin")), prefix.path());
        QCOMPARE(url, UserGuide::onlineUrl());
        QVERIFY2(url.scheme() == QStringLiteral("https") && url.isValid(), qPrintable(url.toString()));
    }

    void helpMenuOpensTheGuideWithF1()
    {
        MainWindow window;
        window.show();
        QAction* guide = nullptr;
        QMenu* helpMenu = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction* action : menu->menu()->actions()) {
                if (action->objectName() == QStringLiteral("userGuide")) {
                    guide = action;
                    helpMenu = menu->menu();
                }
            }
        }
        QVERIFY(guide);
        QCOMPARE(helpMenu->title(), QStringLiteral("&Help"));
        QCOMPARE(guide->text(), QStringLiteral("User &Guide"));
        QVERIFY(guide->shortcuts().contains(QKeySequence(Qt::Key_F1)));

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        guide->trigger();
        QCOMPARE(catcher.urls.size(), 1);
        // The key itself, from the window.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.urls.size(), 2);
        QCOMPARE(catcher.urls.at(1), catcher.urls.at(0));
        QVERIFY2(QFileInfo(catcher.urls.constFirst().toLocalFile()).isFile(),
                 qPrintable(catcher.urls.constFirst().toString()));
        QVERIFY(catcher.urls.constFirst().toLocalFile().endsWith(QStringLiteral("docs/guide/README.md")));
    }
};

QTEST_MAIN(TstUserGuide)
#include "tst_userguide.moc"
