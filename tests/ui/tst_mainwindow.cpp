// The main window: opens a workspace and shows its customers and count, explains what is wrong with a file that
// is not a workspace, hands Undo/Redo to the page shown, and opens the import wizard for a dropped CSV file (or
// spreadsheet, which it explains).
#include "model/jobs/jobtracker.h"
#include "model/jobs/workspacesession.h"
#include "model/segments/segmentrepository.h"
#include "model/workspace.h"
#include "testsupport.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/customertablemodel.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/kpitablemodel.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/import/importfilepage.h"
#include "ui/import/importwizard.h"
#include "ui/mainwindow.h"
#include "ui/segments/segmentsdock.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoGroup>
#include <QUrl>

using namespace swb;

namespace {

// Closes the message boxes the window shows (they would wait for a click) and keeps their texts.
class MessageBoxCloser : public QObject
{
public:
    MessageBoxCloser()
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible()) {
                    texts.append(box->text());
                    box->done(QMessageBox::Ok);
                }
            }
        });
        m_timer.start(20);
    }
    QStringList texts;

private:
    QTimer m_timer;
};

} // namespace

class TstMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;

    // A dynamic segment `name`: the customers of `country`.
    bool saveCountrySegment(const QString& name, const char* country)
    {
        auto workspace = Workspace::open(m_workspace, Workspace::OpenMode::OpenExisting, nullptr);
        QString error;
        const QByteArray definition
            = QStringLiteral(R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"%1"}]})")
                  .arg(QLatin1String(country))
                  .toUtf8();
        if (!workspace || !SegmentRepository(*workspace).saveDynamic(name, definition, &error)) {
            qWarning("cannot save the segment: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    // Shows the window with the test's workspace open.
    bool showWorkspace(MainWindow& window)
    {
        window.show();
        QSignalSpy shown(&window, &MainWindow::workspaceShown);
        window.openWorkspace(m_workspace);
        return shown.wait(30000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("shop.sqlite"));
        QString error;
        QVERIFY2(!test::writeCustomerWorkspace(m_workspace, 321, &error).isEmpty(), qPrintable(error));
    }

    void opensWorkspaceAndShowsCount()
    {
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::workspaceShown);
        window.openWorkspace(m_workspace);
        QVERIFY(shown.wait(30000));
        QVERIFY(window.session()->isOpen());
        QCOMPARE(window.session()->summary().customerCount, qint64(321));
        auto* count = window.findChild<QLabel*>(QStringLiteral("countLabel"));
        QVERIFY(count);
        QVERIFY2(count->text().startsWith(QLocale().toString(321)), qPrintable(count->text()));
        CustomerTableModel* model = window.customersPage()->model();
        QCOMPARE(model->totalCount(), qint64(321));
        QVERIFY2(model->rowCount() > 0, qPrintable(model->errorString()));
        QCOMPARE(model->columnCount(), 7);
        QVERIFY(window.windowTitle().contains(QStringLiteral("shop.sqlite")));
        QCOMPARE(window.currentPage(), MainWindow::Page::Customers); // no segments: nothing for the Dashboard yet
        QVERIFY(QSettings().value(QStringLiteral("workspaces/recent")).toStringList().contains(m_workspace));
        window.close();
        QVERIFY(QSettings().contains(QStringLiteral("window/geometry")));
    }

    void explainsFileThatIsNotAWorkspace()
    {
        const QString foreign = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are notes, not a database\n");
        file.close();

        MainWindow window;
        window.show();
        MessageBoxCloser closer;
        QSignalSpy failed(window.session(), &WorkspaceSession::openFailed);
        window.openWorkspace(foreign);
        QVERIFY(failed.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(closer.texts.size(), 1, 10000);
        QVERIFY2(closer.texts.first().contains(foreign), qPrintable(closer.texts.first()));
        QVERIFY(!window.session()->isOpen());
        // Nothing was written into the foreign file.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("these are notes, not a database\n"));
    }

    void tableShowsSegmentChosenInDock()
    {
        QVERIFY(saveCountrySegment(QStringLiteral("Germany"), "DE"));
        MainWindow window;
        QVERIFY(showWorkspace(window));
        CustomerTableModel* model = window.customersPage()->model();
        QSignalSpy loaded(model, &CustomerTableModel::loaded);
        QVERIFY(window.segmentsWidget()->selectSegment(QStringLiteral("Germany")));
        QVERIFY(loaded.wait(30000));
        const qint64 german = Workspace::connect(m_workspace, true, nullptr)
                                  ->scalar(QStringLiteral("SELECT count(*) FROM customers WHERE country = 'DE'"))
                                  .toLongLong();
        QVERIFY(german > 0 && german < 321);
        QCOMPARE(model->totalCount(), german);
        QCOMPARE(model->selection(), Selection::segment(QStringLiteral("Germany")));
    }

    void asksBeforeUnsavedDefinitionIsLost()
    {
        QVERIFY(saveCountrySegment(QStringLiteral("Austria"), "AT"));
        MainWindow window;
        QVERIFY(showWorkspace(window));
        window.showPage(MainWindow::Page::Builder);
        window.builderPage()->addRuleAction()->trigger();
        QVERIFY(window.builderPage()->hasUnsavedRules());
        const QByteArray edited = window.builderPage()->definitionJson();

        // Each question is answered "No" (the closer does not press Yes): nothing is lost.
        MessageBoxCloser closer;
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(closer.texts.size(), 1);
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        window.openWorkspace(other);
        QCOMPARE(closer.texts.size(), 2);
        QVERIFY2(closer.texts.last().contains(QStringLiteral("other.sqlite")), qPrintable(closer.texts.last()));
        window.closeWorkspace();
        QCOMPARE(closer.texts.size(), 3);
        QVERIFY(window.session()->isOpen());
        QCOMPARE(window.session()->path(), m_workspace);
        // A segment opened from the dock while the table is shown asks too.
        window.showPage(MainWindow::Page::Customers);
        emit window.segmentsWidget()->openSegmentRequested(QStringLiteral("Austria"));
        QCOMPARE(closer.texts.size(), 4);
        QCOMPARE(window.builderPage()->definitionJson(), edited);
        QVERIFY(!QFile::exists(other));
    }

    void dockMarksTheSegmentOpenedInTheBuilder()
    {
        QVERIFY(saveCountrySegment(QStringLiteral("Italy"), "IT"));
        QVERIFY(saveCountrySegment(QStringLiteral("Spain"), "ES"));
        MainWindow window;
        QVERIFY(showWorkspace(window));
        QVERIFY(window.segmentsWidget()->selectSegment(QStringLiteral("Spain")));
        window.showPage(MainWindow::Page::Builder);
        QString error;
        QVERIFY2(window.builderPage()->openSegment(QStringLiteral("Italy"), &error), qPrintable(error));
        QCOMPARE(window.segmentsWidget()->currentSegment(), QStringLiteral("Italy"));
    }

    void tableKeepsDockSegmentWhenBuilderCountsAgain()
    {
        QVERIFY(saveCountrySegment(QStringLiteral("France"), "FR"));
        MainWindow window;
        QVERIFY(showWorkspace(window));
        CustomerTableModel* model = window.customersPage()->model();
        QSignalSpy loaded(model, &CustomerTableModel::loaded);
        QVERIFY(window.segmentsWidget()->selectSegment(QStringLiteral("France")));
        QVERIFY(loaded.wait(30000));
        const Selection france = model->selection();
        QCOMPARE(france, Selection::segment(QStringLiteral("France")));
        // Saved segments changed (a snapshot, a rename, a copy): the empty builder counts again.
        QSignalSpy counted(window.builderPage(), &SegmentBuilderPage::selectionChanged);
        window.builderPage()->segmentsChanged();
        QVERIFY(counted.wait(30000));
        QCOMPARE(model->selection(), france);
    }

    void undoFollowsThePageShown()
    {
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::workspaceShown);
        window.openWorkspace(m_workspace);
        QVERIFY(shown.wait(30000));
        window.showPage(MainWindow::Page::Builder);
        QCOMPARE(window.undoGroup()->activeStack(), window.builderPage()->undoStack());
        window.showPage(MainWindow::Page::Customers);
        QCOMPARE(window.undoGroup()->activeStack(), nullptr);
    }

    void droppedFileOpensImportWizard_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("previewError"); // part of the preview's error; empty: the file reads
        QTest::newRow("csv") << QStringLiteral(SWB_TEST_DATA_DIR "/Mall_Customers.csv") << QString();
        // An Excel file: the wizard opens and says to save the sheet as CSV.
        QTest::newRow("excel workbook") << QStringLiteral("customers.xlsx") << QStringLiteral("Excel workbook");
    }

    void droppedFileOpensImportWizard()
    {
        QFETCH(QString, file);
        QFETCH(QString, previewError);
        if (!previewError.isEmpty()) {
            file = m_dir.filePath(file);
            QFile workbook(file);
            QVERIFY(workbook.open(QIODevice::WriteOnly));
            workbook.write(QByteArray("PK\x03\x04\x14\x00", 6) + "[Content_Types].xml" + QByteArray(2000, '\0'));
        }
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::workspaceShown);
        window.openWorkspace(m_workspace);
        QVERIFY(shown.wait(30000));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        auto* wizard = window.findChild<ImportWizard*>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->options().filePath, file);
        QCOMPARE(wizard->workspacePath(), window.session()->path());
        QSignalSpy previewReady(wizard, &ImportWizard::previewReady);
        wizard->next();
        QVERIFY(previewReady.wait(30000));
        QCOMPARE(wizard->preview().ok, previewError.isEmpty());
        QVERIFY2(wizard->preview().error.contains(previewError), qPrintable(wizard->preview().error));
        wizard->reject();
    }

    // Without a workspace, importing (a dropped file too) asks to create or open one; cancelling drops the import.
    void importWithoutWorkspaceAsksForOne()
    {
        MainWindow window;
        window.show();
        QStringList offered;
        QTimer user; // answers the question as a user would
        connect(&user, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton* candidate : box->buttons())
                offered << candidate->text().remove(QLatin1Char('&'));
            box->button(QMessageBox::Cancel)->click();
        });
        user.start(20);
        QCOMPARE(window.showImportWizard(QStringLiteral(SWB_TEST_DATA_DIR "/Mall_Customers.csv")), nullptr);
        user.stop();
        QVERIFY2(offered.contains(QStringLiteral("Create Workspace…"))
                     && offered.contains(QStringLiteral("Open Workspace…")),
                 qPrintable(offered.join(QLatin1Char(','))));
        // Opening a workspace later does not bring the abandoned import back.
        QSignalSpy shown(&window, &MainWindow::workspaceShown);
        window.openWorkspace(m_workspace);
        QVERIFY(shown.wait(30000));
        QVERIFY(!window.findChild<ImportWizard*>());
    }

    void welcomePageStartsAnImport()
    {
        // The first thing a new user sees offers to import their export: it asks where the workspace goes.
        MainWindow window;
        window.show();
        QPushButton* import = nullptr;
        for (QPushButton* button : window.findChildren<QPushButton*>()) {
            if (button->isVisible() && button->text() == QStringLiteral("Import Customers…"))
                import = button;
        }
        QVERIFY(import);
        QVERIFY(import->isDefault());
        bool asked = false;
        QTimer user;
        connect(&user, &QTimer::timeout, this, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = box->button(QMessageBox::Cancel) != nullptr;
                box->button(QMessageBox::Cancel)->click();
            }
        });
        user.start(20);
        QTest::mouseClick(import, Qt::LeftButton);
        user.stop();
        QVERIFY(asked);
        QVERIFY(!window.findChild<ImportWizard*>());
    }

    void createsDemoWorkspaceInBackground()
    {
        MainWindow window;
        window.show();
        QSignalSpy opened(window.session(), &WorkspaceSession::opened);
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        window.createDemoWorkspace(path);
        // A background job the status bar shows, not work on the GUI thread. (The application's tracker may still
        // hold short jobs of the test before.)
        const QList<JobTracker::Job> jobs = window.jobs()->jobs();
        QVERIFY(std::any_of(jobs.begin(), jobs.end(), [](const JobTracker::Job& job) {
            return job.title == QStringLiteral("Creating the demo workspace");
        }));
        QVERIFY(opened.wait(120000));
        QCOMPARE(window.session()->path(), path);
        QCOMPARE(window.session()->summary().customerCount, qint64(20000));
        QVERIFY(window.session()->summary().hasOrders);
        QTRY_VERIFY_WITH_TIMEOUT(!window.jobs()->isBusy(), 10000);
        // The example segments come with it.
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, nullptr);
        QVERIFY(workspace);
        QCOMPARE(SegmentRepository(*workspace).list().size(), 3);

        // A workspace with segments opens on the Dashboard; "Open in builder" on an overlap shows its definition.
        QCOMPARE(window.currentPage(), MainWindow::Page::Dashboard);
        DashboardPage* dashboard = window.dashboardPage();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->isLoaded() && !dashboard->isComputing(), 120000);
        QCOMPARE(dashboard->model()->rowCount(), 4);
        const QByteArray both = DashboardPage::intersectionDefinition(QStringLiteral("DACH win-back"),
                                                                      QStringLiteral("Loyal gold and platinum"));
        emit dashboard->openDefinitionRequested(both);
        QCOMPARE(window.currentPage(), MainWindow::Page::Builder);
        QCOMPARE(window.builderPage()->segmentName(), QString());
        QCOMPARE(QJsonDocument::fromJson(window.builderPage()->definitionJson())
                     .object()
                     .value(QStringLiteral("rules"))
                     .toArray()
                     .size(),
                 2);
    }

    void storesAsOfDateOverride()
    {
        const QDate day(2024, 3, 31);
        QCOMPARE(WorkspaceTasks::setAsOfDateOverride(m_workspace, day), QString());
        WorkspaceSummary summary = WorkspaceTasks::load(m_workspace, false);
        QVERIFY2(summary.ok, qPrintable(summary.error));
        QCOMPARE(summary.asOfDateOverride, std::optional<QDate>(day));
        QCOMPARE(summary.asOfDate, day);
        QCOMPARE(WorkspaceTasks::setAsOfDateOverride(m_workspace, std::nullopt), QString());
        summary = WorkspaceTasks::load(m_workspace, false);
        QVERIFY(!summary.asOfDateOverride);
        // Without an override: the day after the latest purchase in the data.
        const QString latest = Workspace::connect(m_workspace, true, nullptr)
                                   ->scalar(QStringLiteral("SELECT max(last_purchase) FROM customers"))
                                   .toString();
        QCOMPARE(summary.asOfDate, QDate::fromString(latest, Qt::ISODate).addDays(1));
    }

    void refusesOtherDrops()
    {
        MainWindow window;
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("picture.png")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.ignore();
        QApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
