// Every kind of background job the main window starts goes through the one job path: it appears in the
// application's JobTracker (the status bar), and a long one cancelled there leaves nothing behind.
#include "model/demo/demogenerator.h"
#include "model/import/importer.h"
#include "model/jobs/demoworkspace.h"
#include "model/jobs/job.h"
#include "model/jobs/jobtracker.h"
#include "model/jobs/workspacesession.h"
#include "model/workspace.h"
#include "testsupport.h"
#include "ui/export/exportdialog.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/import/importrunpage.h"
#include "ui/import/importtargetpage.h"
#include "ui/import/importwizard.h"
#include "ui/mainwindow.h"
#include "ui/shell/jobindicator.h"

#include <QApplication>
#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace swb;

namespace {

// The titles of the jobs added to the application's tracker while it lives, by id.
class JobRecorder : public QObject
{
public:
    JobRecorder()
    {
        connect(JobTracker::application(), &JobTracker::jobAdded, this, [this](int id) {
            for (const JobTracker::Job& job : JobTracker::application()->jobs()) {
                if (job.id == id)
                    titles.insert(id, job.title);
            }
        });
    }
    // The id of the first job with `title`, or 0.
    int idOf(const QString& title) const { return titles.key(title, 0); }

    QMap<int, QString> titles;
};

// The running job's progress in per mille, or -1 when it is not running.
int progressOf(int id)
{
    for (const JobTracker::Job& job : JobTracker::application()->jobs()) {
        if (job.id == id)
            return job.progress;
    }
    return -1;
}

bool isRunning(int id)
{
    return progressOf(id) >= 0;
}

QByteArray definitionJson()
{
    return QByteArrayLiteral(R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"Germany"}]})");
}

enum class Kind { None, LiveCount, ImportPreview, ExportDialog, Export, Demo, Import };

} // namespace

Q_DECLARE_METATYPE(Kind)

class TstWindowJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace; // the demo workspace the windows open
    QString m_largeWorkspace; // the customers of large.csv: an export of them takes a while
    QString m_smallCsv;
    QString m_largeCsv;

    bool showWorkspace(MainWindow& window, const QString& path)
    {
        window.show();
        QSignalSpy shown(&window, &MainWindow::workspaceShown);
        window.openWorkspace(path);
        return shown.wait(60000);
    }

    // Starts the job of `kind` in `window`; the wizard or dialog it opened, if any, is returned in `opened`.
    void start(MainWindow& window, Kind kind, QWidget** opened, const QString& output)
    {
        switch (kind) {
        case Kind::None:
            break;
        case Kind::LiveCount: {
            QString error;
            QVERIFY2(window.builderPage()->setDefinitionJson(definitionJson(), &error), qPrintable(error));
            break;
        }
        case Kind::ImportPreview:
        case Kind::Import: {
            ImportWizard* wizard = window.showImportWizard(kind == Kind::Import ? m_largeCsv : m_smallCsv);
            QVERIFY(wizard);
            *opened = wizard;
            QSignalSpy previewReady(wizard, &ImportWizard::previewReady);
            wizard->next();
            if (kind == Kind::ImportPreview)
                return;
            QVERIFY(previewReady.wait(30000));
            QVERIFY(wizard->preview().ok);
            wizard->next();
            wizard->targetPage()->setMode(ImportMode::Replace);
            wizard->next();
            QVERIFY(wizard->runPage()->isRunning());
            break;
        }
        case Kind::ExportDialog:
        case Kind::Export: {
            ExportDialog* dialog = window.showExportDialog();
            QVERIFY(dialog);
            *opened = dialog;
            if (kind == Kind::ExportDialog)
                return;
            QSignalSpy ready(dialog, &ExportDialog::ready);
            QVERIFY(ready.wait(30000));
            dialog->setOutputPath(output);
            if (output.endsWith(QLatin1String(".xlsx")))
                dialog->setFormat(ExportFormat::Xlsx);
            dialog->startExport();
            QVERIFY(dialog->isRunning());
            break;
        }
        case Kind::Demo:
            window.createDemoWorkspace(output);
            QVERIFY(window.session()->isCreatingDemo());
            break;
        }
    }

private slots:
    void initTestCase()
    {
        // Settings are left alone: other window tests may run at the same time and check theirs.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("demo.sqlite"));
        DemoOptions demo;
        demo.seed = 11;
        const DemoWorkspaceResult created = DemoWorkspace::create(m_workspace, demo);
        QVERIFY2(created.ok, qPrintable(created.error));
        QCOMPARE(test::customerCount(m_workspace), demo.customers);

        m_smallCsv = m_dir.filePath(QStringLiteral("small.csv"));
        QFile small(m_smallCsv);
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("CustomerID,score\nK1,3\nK2,5\n");
        small.close();
        // Large enough that an import is still running when it is cancelled.
        m_largeCsv = m_dir.filePath(QStringLiteral("large.csv"));
        QByteArray csv("CustomerID,score,city\n");
        for (int i = 1; i <= 300000; ++i)
            csv += 'K' + QByteArray::number(i) + ',' + QByteArray::number(i % 100) + ",Town"
                + QByteArray::number(i % 50) + '\n';
        QFile large(m_largeCsv);
        QVERIFY(large.open(QIODevice::WriteOnly));
        QCOMPARE(large.write(csv), csv.size());
        large.close();
        m_largeWorkspace = m_dir.filePath(QStringLiteral("large.sqlite"));
        QString error;
        QVERIFY2(Workspace::open(m_largeWorkspace, Workspace::OpenMode::CreateIfMissing, &error), qPrintable(error));
        ImportOptions import;
        import.filePath = m_largeCsv;
        const ImportReport imported = Importer::run(m_largeWorkspace, import);
        QVERIFY2(imported.ok, qPrintable(imported.error));
    }

    void cleanup()
    {
        // No job of one case runs into the next.
        QTRY_VERIFY_WITH_TIMEOUT(!JobTracker::application()->isBusy(), 60000);
    }

    void everyKindOfJobIsTracked_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("title");
        // Opening the workspace starts the first four.
        QTest::newRow("workspace open") << Kind::None << QStringLiteral("Opening demo.sqlite");
        QTest::newRow("table page") << Kind::None << QStringLiteral("Reading customers");
        QTest::newRow("table count") << Kind::None << QStringLiteral("Counting the customers");
        QTest::newRow("column store") << Kind::None << QStringLiteral("Loading demo.sqlite for counting");
        QTest::newRow("live count") << Kind::LiveCount << QStringLiteral("Counting the customers of the definition");
        QTest::newRow("import preview") << Kind::ImportPreview << QStringLiteral("Reading small.csv");
        QTest::newRow("export segments") << Kind::ExportDialog << QStringLiteral("Reading the saved segments");
        QTest::newRow("export count") << Kind::ExportDialog << QStringLiteral("Counting the customers to export");
        QTest::newRow("export") << Kind::Export << QStringLiteral("Exporting tracked.csv");
    }

    void everyKindOfJobIsTracked()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, title);
        JobRecorder recorder;
        MainWindow window;
        QCOMPARE(window.jobs(), JobTracker::application());
        QVERIFY(showWorkspace(window, m_workspace));
        QWidget* opened = nullptr;
        const QString output = m_dir.filePath(QStringLiteral("tracked.csv"));
        start(window, kind, &opened, output);
        QTRY_VERIFY2_WITH_TIMEOUT(recorder.idOf(title) != 0,
                                  qPrintable(QStringList(recorder.titles.values()).join(u'|')), 30000);
        if (kind == Kind::Export) {
            auto* dialog = static_cast<ExportDialog*>(opened);
            QSignalSpy finished(dialog, &ExportDialog::exportFinished);
            QVERIFY(finished.wait(60000));
            QVERIFY2(dialog->lastReport().ok, qPrintable(dialog->lastReport().error));
            QVERIFY(QFile::exists(output));
            QVERIFY(QFile::remove(output));
        }
        if (opened)
            opened->close();
    }

    void longJobIsCancelledFromTheTracker_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("large");
        QTest::newRow("demo") << Kind::Demo << QStringLiteral("Creating the demo workspace") << false;
        QTest::newRow("import") << Kind::Import << QStringLiteral("Importing large.csv") << false;
        QTest::newRow("export") << Kind::Export << QStringLiteral("Exporting cancelled.xlsx") << true;
    }

    void longJobIsCancelledFromTheTracker()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, title);
        QFETCH(bool, large);
        const QString workspace = large ? m_largeWorkspace : m_workspace;
        const qint64 customers = test::customerCount(workspace);
        JobRecorder recorder;
        MainWindow window;
        QVERIFY(showWorkspace(window, workspace));
        // The output goes to a folder of its own, so that any file left behind (a temporary one too) is seen.
        QTemporaryDir outputDir;
        QVERIFY(outputDir.isValid());
        // XLSX: writing a sheet takes long enough to be cancelled on the way.
        const QString output = outputDir.filePath(kind == Kind::Demo ? QStringLiteral("new-demo.sqlite")
                                                                     : QStringLiteral("cancelled.xlsx"));
        QWidget* opened = nullptr;
        start(window, kind, &opened, output);
        // What the window or dialog hears when the job has ended.
        std::unique_ptr<QSignalSpy> ended;
        if (kind == Kind::Import)
            ended = std::make_unique<QSignalSpy>(static_cast<ImportWizard*>(opened), &ImportWizard::importFinished);
        else if (kind == Kind::Export)
            ended = std::make_unique<QSignalSpy>(static_cast<ExportDialog*>(opened), &ExportDialog::exportFinished);
        else
            ended = std::make_unique<QSignalSpy>(window.session(), &WorkspaceSession::demoFailed);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.idOf(title) != 0, 30000);
        const int id = recorder.idOf(title);
        JobTracker* tracker = JobTracker::application();
        // Midway: cancelled as soon as it has made progress and before it reports the end (an import reports the
        // file read, then writes the workspace; the others report 1000 when their work is done).
        bool canceled = false;
        const auto cancelMidway = [&] {
            if (!canceled && progressOf(id) > 0 && progressOf(id) < 1000) {
                canceled = true;
                tracker->cancel(id);
            }
        };
        const QMetaObject::Connection connection = connect(tracker, &JobTracker::progressChanged, this, cancelMidway);
        cancelMidway();
        QTRY_VERIFY_WITH_TIMEOUT(canceled || !isRunning(id), 60000);
        disconnect(connection);
        QVERIFY2(canceled, "the job ended before it could be cancelled: make its input larger");
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(id), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(ended->count(), 1, 60000);

        // Nothing is left behind, and the workspace the window shows is unchanged.
        const QStringList left
            = QDir(outputDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
        QCOMPARE(test::customerCount(workspace), customers);
        QCOMPARE(window.session()->path(), workspace);
        if (kind == Kind::Import)
            QVERIFY(ended->first().first().value<ImportReport>().canceled);
        else if (kind == Kind::Export)
            QVERIFY(ended->first().first().value<ExportReport>().canceled);
        else
            QVERIFY(!window.session()->isCreatingDemo());
        if (opened)
            opened->close();
    }

    void closingAsksOnlyAboutJobsTheStatusBarShows_data()
    {
        QTest::addColumn<bool>("shown");
        QTest::newRow("short job") << false;
        QTest::newRow("job in the status bar") << true;
    }

    void closingAsksOnlyAboutJobsTheStatusBarShows()
    {
        QFETCH(bool, shown);
        MainWindow window;
        QVERIFY(showWorkspace(window, m_workspace));
        QTRY_VERIFY_WITH_TIMEOUT(!JobTracker::application()->isBusy(), 30000);
        QAtomicInt release;
        QFuture<int> job
            = Jobs::start<int>({QStringLiteral("Held"), JobPool::Interactive}, [&release](JobControl& control) {
                  while (!release.loadAcquire() && !control.isCanceled())
                      QThread::msleep(1);
                  return 1;
              });
        if (shown)
            QTRY_VERIFY(window.jobIndicator()->isShowingJob());
        // The question is answered No.
        QStringList asked;
        QTimer user;
        connect(&user, &QTimer::timeout, this, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked << box->text();
                box->button(QMessageBox::No)->click();
            }
        });
        user.start(20);
        const bool closed = window.close();
        user.stop();
        QCOMPARE(closed, !shown);
        QCOMPARE(asked.size(), shown ? 1 : 0);
        QCOMPARE(job.isCanceled(), !shown);
        release.storeRelease(1);
        QTRY_VERIFY(job.isFinished());
    }
};

QTEST_MAIN(TstWindowJobs)
#include "tst_windowjobs.moc"
