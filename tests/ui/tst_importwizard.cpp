// The import wizard on real widgets: a public file end to end with corrections of detected columns, a large import
// cancelled midway (the workspace stays as it was), and the issues of an import listed and saved.
#include "model/browse/importissuequery.h"
#include "model/demo/demogenerator.h"
#include "model/import/importer.h"
#include "model/jobs/threadpools.h"
#include "model/workspace.h"
#include "testsupport.h"
#include "ui/import/derivedfieldseditor.h"
#include "ui/import/importcolumnsmodel.h"
#include "ui/import/importfilepage.h"
#include "ui/import/importissuesmodel.h"
#include "ui/import/importpreviewpage.h"
#include "ui/import/importrowsmodel.h"
#include "ui/import/importrunpage.h"
#include "ui/import/importsummarypage.h"
#include "ui/import/importtargetpage.h"
#include "ui/import/importwizard.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace swb;

namespace {

QString mallCustomers()
{
    return QStringLiteral(SWB_TEST_DATA_DIR "/Mall_Customers.csv");
}

bool createWorkspace(const QString& path)
{
    QString error;
    const bool ok = Workspace::open(path, Workspace::OpenMode::CreateIfMissing, &error) != nullptr;
    if (!ok)
        qWarning() << error;
    return ok;
}

int rowOfHeader(const ImportColumnsModel* model, const QString& header)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ImportColumnsModel::HeaderColumn).data().toString() == header)
            return row;
    }
    return -1;
}

QString columnType(const QString& workspace, const QString& column)
{
    auto db = Workspace::connect(workspace, true, nullptr);
    return db ? db->scalar(QStringLiteral("SELECT DISTINCT typeof(%1) FROM customers WHERE %1 IS NOT NULL")
                               .arg(quoteIdentifier(column)))
                    .toString()
              : QString();
}

} // namespace

class TstImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void importsFileWithCorrections()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("mall.sqlite"));
        QVERIFY(createWorkspace(workspace));
        ImportWizard wizard(workspace, false);
        wizard.show();
        QVERIFY(!wizard.filePage()->isComplete());
        wizard.setFilePath(mallCustomers());
        QVERIFY(wizard.filePage()->isComplete());
        QCOMPARE(wizard.filePage()->kind(), ImportKind::Customers);

        ImportColumnsModel* columns = wizard.previewPage()->columnsModel();
        QAbstractItemModelTester columnsTester(columns, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester rowsTester(wizard.previewPage()->rowsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy previewReady(&wizard, &ImportWizard::previewReady);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        QVERIFY(previewReady.wait(30000));
        QVERIFY2(wizard.preview().ok, qPrintable(wizard.preview().error));
        QCOMPARE(columns->rowCount(), 5);
        QCOMPARE(wizard.previewPage()->rowsModel()->rowCount(), int(wizard.preview().rows.size()));
        QVERIFY(wizard.previewPage()->isComplete());

        // A delimiter chosen by hand reads the file again: with ';' each line is one column.
        wizard.previewPage()->setDelimiter(';');
        QVERIFY(previewReady.wait(30000));
        QCOMPARE(columns->rowCount(), 1);
        wizard.previewPage()->setDelimiter(0);
        QVERIFY(previewReady.wait(30000));
        QCOMPARE(columns->rowCount(), 5);

        const int genre = rowOfHeader(columns, QStringLiteral("Genre"));
        const int income = rowOfHeader(columns, QStringLiteral("Annual Income (k$)"));
        const int score = rowOfHeader(columns, QStringLiteral("Spending Score (1-100)"));
        QVERIFY(genre >= 0 && income >= 0 && score >= 0);
        QVERIFY(columns->setData(columns->index(genre, ImportColumnsModel::NameColumn), QStringLiteral("gender")));
        QVERIFY(columns->setData(columns->index(genre, ImportColumnsModel::RoleColumn), int(FieldRole::Gender)));
        QVERIFY(columns->setData(columns->index(income, ImportColumnsModel::TypeColumn), int(FieldType::Real)));
        QVERIFY(columns->setData(columns->index(score, ImportColumnsModel::IncludeColumn), Qt::Unchecked,
                                 Qt::CheckStateRole));
        const QList<ColumnOverride> overrides = wizard.options().overrides;
        QCOMPARE(overrides.size(), 3);
        QCOMPARE(wizard.previewPage()->rowsModel()->headerData(score, Qt::Horizontal).toString(),
                 ImportRowsModel::tr("(skipped)"));

        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::TargetPage));
        wizard.targetPage()->setMode(ImportMode::Replace);
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<ImportReport>();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.rowsImported, qint64(200));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 10000);

        QCOMPARE(test::customerCount(workspace), qint64(200));
        auto opened = Workspace::open(workspace, Workspace::OpenMode::OpenExisting, nullptr);
        QVERIFY(opened);
        const auto gender = opened->field(QStringLiteral("gender"));
        QVERIFY(gender);
        QCOMPARE(gender->role, FieldRole::Gender);
        QCOMPARE(gender->originalHeader, QStringLiteral("Genre"));
        QVERIFY(!opened->field(QStringLiteral("spending_score_1_100")));
        QVERIFY(
            !opened->db().columnNames(QStringLiteral("customers")).contains(QStringLiteral("spending_score_1_100")));
        QCOMPARE(opened->field(QStringLiteral("annual_income_k"))->type, FieldType::Real);
        QCOMPARE(columnType(workspace, QStringLiteral("annual_income_k")), QStringLiteral("real"));
        // IDs keep their leading zeros.
        QCOMPARE(opened->db().scalar(QStringLiteral("SELECT min(customerid) FROM customers")).toString(),
                 QStringLiteral("0001"));
    }

    void cancelsLargeImportMidway()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("cancel.sqlite"));
        QVERIFY(createWorkspace(workspace));
        ImportOptions first;
        first.filePath = mallCustomers();
        const ImportReport before = Importer::run(workspace, first);
        QVERIFY2(before.ok, qPrintable(before.error));
        auto columnsBefore = Workspace::connect(workspace, true, nullptr)->columnNames(QStringLiteral("customers"));
        const qint64 importsBefore = Workspace::connect(workspace, true, nullptr)
                                         ->scalar(QStringLiteral("SELECT count(*) FROM imports"))
                                         .toLongLong();

        DemoOptions demo;
        demo.customers = 300000;
        demo.seed = 7;
        DemoFiles files;
        QString error;
        QVERIFY2(DemoGenerator::writeCsv(demo, m_dir.path(), &files, &error), qPrintable(error));

        ImportWizard wizard(workspace, true);
        wizard.show();
        wizard.setFilePath(files.customersCsv);
        QSignalSpy previewReady(&wizard, &ImportWizard::previewReady);
        wizard.next();
        QVERIFY(previewReady.wait(30000));
        QVERIFY(wizard.preview().ok);
        wizard.next();
        wizard.targetPage()->setMode(ImportMode::Replace);

        QSignalSpy progress(wizard.runPage(), &ImportRunPage::progress);
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QVERIFY(wizard.runPage()->isRunning());
        // Midway: some of the file has been read, not all of it.
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().first().toInt() >= 20, 60000);
        QVERIFY(finished.isEmpty());
        // Back would drop the running import without a word: it is off until the import has ended.
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled());
        auto* cancel = wizard.runPage()->findChild<QPushButton*>(QStringLiteral("cancelImport"));
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<ImportReport>();
        QVERIFY(!report.ok);
        QVERIFY(report.canceled);
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QVERIFY(!wizard.runPage()->isComplete());
        // Then the settings can be changed and the import tried again.
        QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
        QVERIFY(!wizard.targetPage()->isCommitPage());

        QCOMPARE(test::customerCount(workspace), qint64(200));
        QCOMPARE(Workspace::connect(workspace, true, nullptr)->columnNames(QStringLiteral("customers")), columnsBefore);
        QCOMPARE(Workspace::connect(workspace, true, nullptr)
                     ->scalar(QStringLiteral("SELECT count(*) FROM imports"))
                     .toLongLong(),
                 importsBefore);
    }

    void destroyedWizardStopsItsImport()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("destroyed.sqlite"));
        QVERIFY(createWorkspace(workspace));
        QByteArray csv("CustomerID,score,city\n");
        for (int i = 1; i <= 400000; ++i)
            csv += 'K' + QByteArray::number(i) + ',' + QByteArray::number(i % 100) + ",Town"
                + QByteArray::number(i % 50) + '\n';
        QFile file(m_dir.filePath(QStringLiteral("destroyed.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(csv), csv.size());
        file.close();

        auto wizard = std::make_unique<ImportWizard>(workspace, false);
        wizard->show();
        wizard->setFilePath(file.fileName());
        QSignalSpy previewReady(wizard.get(), &ImportWizard::previewReady);
        wizard->next();
        QVERIFY(previewReady.wait(30000));
        wizard->next();
        QSignalSpy progress(wizard->runPage(), &ImportRunPage::progress);
        wizard->next();
        QVERIFY(wizard->runPage()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().first().toInt() >= 10, 60000);
        wizard.reset();
        QVERIFY(ThreadPools::longRunning()->waitForDone(60000));
        QCOMPARE(test::customerCount(workspace), qint64(-1)); // still no customers table
    }

    void listsAndSavesIssues()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("issues.sqlite"));
        QVERIFY(createWorkspace(workspace));
        // Hand-made: "age" reads as whole numbers except two cells, so they become issues with their lines.
        const QString csv = m_dir.filePath(QStringLiteral("issues.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,age\n1,34\n2,abc\n3,51\n4,unknown\n5,29\n6,n/a\n"); // n/a: no value, not an issue
        file.close();

        ImportWizard wizard(workspace, false);
        wizard.show();
        wizard.setFilePath(csv);
        QSignalSpy previewReady(&wizard, &ImportWizard::previewReady);
        wizard.next();
        QVERIFY(previewReady.wait(30000));
        ImportColumnsModel* columns = wizard.previewPage()->columnsModel();
        const int age = rowOfHeader(columns, QStringLiteral("age"));
        QVERIFY(age >= 0);
        QVERIFY(columns->setData(columns->index(age, ImportColumnsModel::TypeColumn), int(FieldType::Integer)));
        wizard.next();
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<ImportReport>();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.issueCount, qint64(2));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 10000);

        ImportIssuesModel* issues = wizard.summaryPage()->issuesModel();
        QAbstractItemModelTester tester(issues, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(issues->rowCount(), 2);
        QCOMPARE(issues->index(0, ImportIssuesModel::LineColumn).data().toString(), QStringLiteral("3"));
        QCOMPARE(issues->index(0, ImportIssuesModel::ValueColumn).data().toString(), QStringLiteral("abc"));
        QCOMPARE(issues->index(1, ImportIssuesModel::LineColumn).data().toString(), QStringLiteral("5"));
        QVERIFY(!issues->index(0, ImportIssuesModel::ReasonColumn).data().toString().isEmpty());

        const ImportIssueList all = ImportIssueQuery::load(workspace, report.importId, 100);
        QVERIFY2(all.ok, qPrintable(all.error));
        QCOMPARE(all.total, qint64(2));
        QCOMPARE(all.issues.size(), 2);
        QCOMPARE(all.issues.at(1).raw, QStringLiteral("unknown"));

        const QString saved = m_dir.filePath(QStringLiteral("issues-out.csv"));
        QString error;
        QCOMPARE(ImportIssueQuery::exportCsv(workspace, report.importId, saved, &error), qint64(2));
        QFile out(saved);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = out.readAll().split('\n');
        QVERIFY(lines.at(0).contains("line,column,reason,raw"));
        QVERIFY(lines.at(1).startsWith("3,age,"));
        QVERIFY(lines.at(1).contains("abc"));
        QVERIFY(lines.at(2).startsWith("5,age,"));

        // Cancelled (from the status bar): no file under the name, not even a partial one.
        const QString cancelled = m_dir.filePath(QStringLiteral("issues-cancelled.csv"));
        QCOMPARE(ImportIssueQuery::exportCsv(workspace, report.importId, cancelled, &error, [] { return true; }),
                 qint64(-1));
        QVERIFY2(error.contains(QLatin1String("Cancelled")), qPrintable(error));
        QVERIFY(!QFile::exists(cancelled));
    }

    void oneLineFileIsReadBoundedAndCancellable()
    {
        // 2,000,000 fields on one line (17 MB): the detection reads a bounded part of it and can be stopped.
        const QString csv = m_dir.filePath(QStringLiteral("one-line.csv"));
        {
            QByteArray line;
            line.reserve(18 << 20);
            for (int c = 0; c < 2000000; ++c)
                line += (c ? ",c" : "c") + QByteArray::number(c);
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(line), line.size());
        }
        const QString workspace = m_dir.filePath(QStringLiteral("wide.sqlite"));
        QVERIFY(createWorkspace(workspace));
        ImportWizard wizard(workspace, false);
        wizard.show();
        wizard.setFilePath(csv);
        QSignalSpy previewReady(&wizard, &ImportWizard::previewReady);
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        // Back stops the reading; Next reads again, once.
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
        QVERIFY(!wizard.previewPage()->isLoading());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        if (wizard.previewPage()->isLoading())
            QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(previewReady.size(), 1, 20000);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!wizard.preview().ok);
        QVERIFY2(wizard.preview().error.contains(QStringLiteral("columns; a workspace holds at most")),
                 qPrintable(wizard.preview().error));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QTest::qWait(200);
        QCOMPARE(previewReady.size(), 1);

        // Closing the wizard while it reads stops the reading.
        wizard.previewPage()->setDelimiter(';');
        QVERIFY(wizard.previewPage()->isLoading());
        wizard.reject();
        QVERIFY(!wizard.previewPage()->isLoading());
    }

    void summarySaysWhichCustomersTheOrdersKeep()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("kept.sqlite"));
        QVERIFY(createWorkspace(workspace));
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile file(m_dir.filePath(name));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
        };
        ImportOptions orders;
        orders.kind = ImportKind::Orders;
        orders.filePath = write(QStringLiteral("kept-orders.csv"),
                                "OrderID,CustomerID,OrderDate,Amount\nO1,C1,2024-01-02,5\nO2,C7,2024-01-03,6\n");
        QVERIFY(Importer::run(workspace, orders).ok);

        ImportWizard wizard(workspace, true);
        wizard.show();
        wizard.setFilePath(write(QStringLiteral("kept-customers.csv"), "CustomerID,name\nC1,Ann\n"));
        QSignalSpy previewReady(&wizard, &ImportWizard::previewReady);
        wizard.next();
        QVERIFY(previewReady.wait(30000));
        wizard.next();
        wizard.targetPage()->setMode(ImportMode::Replace);
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QVERIFY(finished.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ImportWizard::SummaryPage), 10000);
        auto* result = wizard.summaryPage()->findChild<QLabel*>(QStringLiteral("importResult"));
        QVERIFY(result);
        QVERIFY2(result->text().contains(QStringLiteral("1 customer(s) that exist only in the orders were kept")),
                 qPrintable(result->text()));
    }

    void typedOrdersFileIsImportedAsOrders()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("kinds.sqlite"));
        QVERIFY(createWorkspace(workspace));
        ImportWizard wizard(workspace, true);
        wizard.show();
        auto* path = wizard.filePage()->findChild<QLineEdit*>(QStringLiteral("importFile"));
        QVERIFY(path);
        // Typed (or pasted) rather than browsed: the name says orders, so the file is taken for orders.
        path->setFocus();
        QTest::keyClicks(path, m_dir.filePath(QStringLiteral("shop-orders-2024.csv")));
        QCOMPARE(wizard.filePage()->kind(), ImportKind::Orders);
        path->clear();
        QTest::keyClicks(path, m_dir.filePath(QStringLiteral("crm.csv")));
        QCOMPARE(wizard.filePage()->kind(), ImportKind::Customers);
        // A kind chosen by hand is kept when the path changes afterwards.
        auto* customers = wizard.filePage()->findChild<QRadioButton*>(QStringLiteral("customersKind"));
        QVERIFY(customers);
        QTest::mouseClick(customers, Qt::LeftButton, {}, QPoint(8, customers->height() / 2));
        QTest::keyClicks(path, QStringLiteral(".orders.csv"));
        QCOMPARE(wizard.filePage()->kind(), ImportKind::Customers);
    }

    void ordersImportDerivesCustomerFields()
    {
        // Country is an order column in Online Retail: the wizard makes it a customer field in the same import.
        const QString workspace = m_dir.filePath(QStringLiteral("derived.sqlite"));
        QVERIFY(createWorkspace(workspace));
        ImportWizard wizard(workspace, false);
        wizard.show();
        wizard.setFilePath(QStringLiteral(SWB_TEST_DATA_DIR "/import/online_retail_sample.csv"));
        wizard.setKind(ImportKind::Orders);
        QSignalSpy previewReady(&wizard, &ImportWizard::previewReady);
        wizard.next();
        QVERIFY(previewReady.wait(30000));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::TargetPage));
        DerivedFieldsEditor* editor = wizard.targetPage()->derivedFields();
        QVERIFY(editor->isVisible());
        QVERIFY(editor->columnBox()->findData(QStringLiteral("customerid")) < 0); // the key is not offered
        editor->columnBox()->setCurrentIndex(editor->columnBox()->findData(QStringLiteral("country")));
        editor->kindBox()->setCurrentIndex(editor->kindBox()->findData(int(OrderDerivation::DistinctCount)));
        QCOMPARE(editor->nameEdit()->text(), QStringLiteral("country_count"));
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        editor->kindBox()->setCurrentIndex(editor->kindBox()->findData(int(OrderDerivation::Last)));
        QTest::mouseClick(editor->addButton(), Qt::LeftButton);
        QCOMPARE(editor->list()->count(), 2);
        QCOMPARE(wizard.options().deriveFields.size(), 2);

        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<ImportReport>();
        QVERIFY2(report.ok, qPrintable(report.error));
        auto opened = Workspace::open(workspace, Workspace::OpenMode::OpenExisting, nullptr);
        QVERIFY(opened);
        QVERIFY(opened->field(QStringLiteral("country_count")));
        QCOMPARE(opened->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM customers AS c WHERE c.country_count = (SELECT "
                                            "count(DISTINCT o.country) FROM orders AS o WHERE o.customerid = "
                                            "c.customerid) AND c.country = (SELECT o.country FROM orders AS o WHERE "
                                            "o.customerid = c.customerid ORDER BY o.invoicedate DESC, o.rowid DESC "
                                            "LIMIT 1)"))
                     .toLongLong(),
                 test::customerCount(workspace));
    }
};

QTEST_MAIN(TstImportWizard)
#include "tst_importwizard.moc"
