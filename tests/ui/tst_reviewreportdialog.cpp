// File > Export Review Report… driven with QTest on a demo workspace: the chosen segments make the PDF (read back
// with pdfinfo/pdftotext), Cancel stops the job and leaves no file, a wrong folder or an unknown segment gives a
// message in the dialog, and the main window's action opens the dialog once a workspace with segments is open.
#include "tests/support/demoworkspace.h"
#include "tests/support/pdfchecks.h"
#include "ui/mainwindow.h"
#include "ui/report/reviewreportdialog.h"
#include "ui/report/reviewreportwriter.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace swb;

class TstReviewReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsTheChosenSegments();
    void cancelLeavesNoFile();
    void cancelWhileWritingLeavesNoFile();
    void missingFolderIsExplained();
    void unknownSegmentIsExplained();
    void noSegmentNoExport();
    void windowActionOpensTheDialog();

private:
    std::unique_ptr<ReviewReportDialog> makeDialog(const QStringList& names);
    QPushButton* button(ReviewReportDialog& dialog, const char* name);
    QString message(ReviewReportDialog& dialog);

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_names;
};

void TstReviewReportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(test::havePdfTools(),
             "pdfinfo and pdftotext are missing: install poppler-utils (scripts/install-deps.sh)");
    m_db = m_dir.filePath(QStringLiteral("dialog.sqlite"));
    QString error;
    m_names = test::makeDemoWorkspace(m_db, 1500, &error);
    QVERIFY2(m_names.size() == 3, qPrintable(error));
}

std::unique_ptr<ReviewReportDialog> TstReviewReportDialog::makeDialog(const QStringList& names)
{
    auto dialog = std::make_unique<ReviewReportDialog>(m_db, names);
    dialog->show();
    return dialog;
}

QPushButton* TstReviewReportDialog::button(ReviewReportDialog& dialog, const char* name)
{
    return dialog.findChild<QPushButton*>(QLatin1String(name));
}

QString TstReviewReportDialog::message(ReviewReportDialog& dialog)
{
    return dialog.findChild<QLabel*>(QStringLiteral("messageLabel"))->text();
}

void TstReviewReportDialog::exportsTheChosenSegments()
{
    auto dialog = makeDialog(m_names);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("segmentList"));
    QCOMPARE(list->count(), 3);
    list->item(1)->setCheckState(Qt::Unchecked);
    QCOMPARE(dialog->chosenSegments(), (QStringList{m_names[0], m_names[2]}));
    dialog->findChild<QSpinBox*>(QStringLiteral("monthsSpin"))->setValue(4);
    const QString pdf = m_dir.filePath(QStringLiteral("out/chosen.pdf"));
    QVERIFY(QDir().mkpath(QFileInfo(pdf).absolutePath()));
    auto* file = dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit"));
    file->clear();
    QTest::keyClicks(file, pdf.chopped(4)); // without .pdf: the dialog adds it
    QSignalSpy written(dialog.get(), &ReviewReportDialog::reportWritten);
    QTest::mouseClick(button(*dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QVERIFY(!file->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 60000);
    QCOMPARE(written.first().first().toString(), pdf);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(test::pdfPageCount(pdf), 1 + 1 + 2 + 2);
    const QString title = test::pdfPageText(pdf, 1);
    QVERIFY2(title.contains(m_names[0]) && title.contains(m_names[2]), qPrintable(title));
    QVERIFY2(!title.contains(m_names[1]), qPrintable(title));
    QVERIFY2(test::pdfPageText(pdf, 5).contains(QStringLiteral("last 4 month")), qPrintable(test::pdfPageText(pdf, 5)));
    QCOMPARE(QSettings().value(ReviewReportDialog::folderKey()).toString(), QFileInfo(pdf).absolutePath());
    // The next dialog proposes the folder last written to.
    auto next = makeDialog(m_names);
    QCOMPARE(QFileInfo(next->findChild<QLineEdit*>(QStringLiteral("fileEdit"))->text()).absolutePath(),
             QFileInfo(pdf).absolutePath());
}

void TstReviewReportDialog::cancelLeavesNoFile()
{
    auto dialog = makeDialog(m_names);
    const QString pdf = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    dialog->setFileName(pdf);
    QTest::mouseClick(button(*dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QTest::mouseClick(button(*dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
    QTRY_VERIFY(message(*dialog).contains(QStringLiteral("cancelled")));
    QVERIFY(dialog->isVisible());
    QVERIFY(!QFileInfo::exists(pdf));
    QVERIFY(button(*dialog, "exportButton")->isEnabled());
}

void TstReviewReportDialog::cancelWhileWritingLeavesNoFile()
{
    auto dialog = makeDialog(m_names);
    QDir folder(m_dir.filePath(QStringLiteral("cancel-writing")));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    const QString pdf = folder.filePath(QStringLiteral("report.pdf"));
    dialog->setFileName(pdf);
    auto* writer = dialog->findChild<ReviewReportWriter*>();
    QVERIFY(writer);
    // Pages are drawn one per turn of the event loop: Cancel after the first one stops the rest.
    int pagesSeen = 0;
    connect(writer, &ReviewReportWriter::progress, this, [&](int page, int pages) {
        ++pagesSeen;
        QVERIFY(pages > page);
        if (page == 1)
            QTest::mouseClick(button(*dialog, "cancelButton"), Qt::LeftButton);
    });
    QTest::mouseClick(button(*dialog, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pagesSeen > 0, 60000);
    QVERIFY(!dialog->isRunning());
    QVERIFY(message(*dialog).contains(QStringLiteral("cancelled")));
    QTest::qWait(50); // a page still scheduled would be drawn now
    QCOMPARE(pagesSeen, 1);
    QVERIFY(dialog->isVisible());
    QCOMPARE(folder.entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TstReviewReportDialog::missingFolderIsExplained()
{
    auto dialog = makeDialog(m_names);
    const QString pdf = m_dir.filePath(QStringLiteral("missing/folder/report.pdf"));
    dialog->setFileName(pdf);
    QTest::mouseClick(button(*dialog, "exportButton"), Qt::LeftButton);
    QVERIFY(!dialog->isRunning());
    QVERIFY2(message(*dialog).contains(QStringLiteral("does not exist")), qPrintable(message(*dialog)));
    QVERIFY(!QFileInfo::exists(pdf));
    QVERIFY(dialog->isVisible());
}

void TstReviewReportDialog::unknownSegmentIsExplained()
{
    auto dialog = makeDialog({m_names[0], QStringLiteral("Deleted meanwhile")});
    const QString pdf = m_dir.filePath(QStringLiteral("unknown.pdf"));
    dialog->setFileName(pdf);
    QTest::mouseClick(button(*dialog, "exportButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
    QTRY_VERIFY(message(*dialog).contains(QStringLiteral("Deleted meanwhile")));
    QVERIFY2(message(*dialog).contains(QStringLiteral("could not be made")), qPrintable(message(*dialog)));
    QVERIFY(!QFileInfo::exists(pdf));
}

void TstReviewReportDialog::noSegmentNoExport()
{
    auto dialog = makeDialog(m_names);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("segmentList"));
    QVERIFY(button(*dialog, "exportButton")->isEnabled());
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setCheckState(Qt::Unchecked);
    QVERIFY(!button(*dialog, "exportButton")->isEnabled());
    list->item(2)->setCheckState(Qt::Checked);
    QVERIFY(button(*dialog, "exportButton")->isEnabled());
    dialog->findChild<QLineEdit*>(QStringLiteral("fileEdit"))->clear();
    QVERIFY(!button(*dialog, "exportButton")->isEnabled());
}

void TstReviewReportDialog::windowActionOpensTheDialog()
{
    MainWindow window;
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("exportReport"));
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    window.openWorkspace(m_db);
    QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 60000);
    action->trigger();
    auto* dialog = window.findChild<ReviewReportDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->chosenSegments(), m_names);
    dialog->reject();
}

QTEST_MAIN(TstReviewReportDialog)
#include "tst_reviewreportdialog.moc"
