// The segments dock: its models, sizes counted off the GUI thread, the filter box and the context menu's rename,
// duplicate, delete (refused while referenced), snapshot, open and export.
#include "testsupport.h"
#include "tst_filterfixture.h"

#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"
#include "model/segments/segmentrepository.h"
#include "ui/segments/segmentlistmodel.h"
#include "ui/segments/segmentnamedialog.h"
#include "ui/segments/segmentsdock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace swb;

class TstSegmentsDock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheTester();
    void sizesEqualSwbCounts();
    void filterBoxFilters();
    void selectionComesBackWhenTheFilterIsCleared();
    void renameThroughContextMenu();
    void duplicateThroughContextMenu();
    void deleteIsRefusedWhileReferenced();
    void deleteThroughContextMenu();
    void snapshotRecordsMembers();
    void filterThatMatchesNothingSaysSo();
    void openAndExportAreSignalled();
    void emptyStateWithoutSegments();

private:
    QAction* menuAction(const QString& text);
    template<typename T>
    T* waitForChild();
    QString definitionOf(const QString& name);

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_germans = -1;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SegmentRepository> m_repository;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<SegmentsDock> m_dock;
};

void TstSegmentsDock::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("dock.sqlite"));
    QString error;
    QVERIFY2(filtertest::writeWorkspace(m_db, 400, &error), qPrintable(error));
    // Before this process holds connections to the file (see filtertest::swbCount).
    m_germans = filtertest::swbCount(
        m_db, R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"}]})", &error);
    QVERIFY2(m_germans > 0, qPrintable(error));
    m_workspace = Workspace::open(m_db, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY(m_workspace);
    m_repository = std::make_unique<SegmentRepository>(*m_workspace);
    QVERIFY2(m_repository->saveDynamic(
                 QStringLiteral("Germans"),
                 R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"}]})", &error),
             qPrintable(error));
    QVERIFY2(m_repository->saveDynamic(QStringLiteral("Young"),
                                       R"({"combinator":"and","rules":[{"field":"age","operator":"<","value":30}]})",
                                       &error),
             qPrintable(error));
    QVERIFY2(m_repository->saveDynamic(
                 QStringLiteral("Young Germans"),
                 R"({"combinator":"and","rules":[{"field":"@segment","operator":"in","value":["Young"]},)"
                 R"({"field":"country","operator":"=","value":"DE"}]})",
                 &error),
             qPrintable(error));
    QStringList keys;
    for (int i = 1; i <= 10; ++i)
        keys << QStringLiteral("K%1").arg(i, 5, 10, QLatin1Char('0'));
    KeyListResult result;
    QVERIFY2(m_repository->saveStaticFromKeys(QStringLiteral("VIP"), keys, &result, &error), qPrintable(error));
    QCOMPARE(result.matched, 10);
}

void TstSegmentsDock::init()
{
    m_session = std::make_unique<WorkspaceSession>(nullptr);
    m_dock = std::make_unique<SegmentsDock>();
    m_dock->setSession(m_session->segments());
    QString error;
    QVERIFY2(test::openSession(*m_session, m_db, &error), qPrintable(error));
    m_dock->resize(320, 420);
    m_dock->show();
    QTRY_VERIFY(!m_dock->isCounting());
}

void TstSegmentsDock::cleanup()
{
    m_dock.reset();
    m_session.reset();
}

QAction* TstSegmentsDock::menuAction(const QString& text)
{
    std::unique_ptr<QMenu> menu(m_dock->contextMenu());
    const QList<QAction*> actions = menu->actions();
    for (QAction* action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

template<typename T>
T* TstSegmentsDock::waitForChild()
{
    T* found = nullptr;
    const auto visible = [&] {
        const QList<T*> children = m_dock->findChildren<T*>();
        for (T* child : children) {
            if (child->isVisible())
                found = child;
        }
        return found != nullptr;
    };
    if (!QTest::qWaitFor(visible, 5000))
        return nullptr;
    return found;
}

QString TstSegmentsDock::definitionOf(const QString& name)
{
    const auto segment = m_repository->find(name);
    return segment ? QString::fromUtf8(segment->definition) : QString();
}

void TstSegmentsDock::modelsPassTheTester()
{
    SegmentsDock dock;
    QAbstractItemModelTester sourceTester(dock.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(dock.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    WorkspaceSession session(nullptr);
    dock.setSession(session.segments());
    QString error;
    QVERIFY2(test::openSession(session, m_db, &error), qPrintable(error));
    QTRY_VERIFY(!dock.isCounting());
    QCOMPARE(dock.model()->rowCount(), 4);
    QCOMPARE(dock.model()->columnCount(), int(SegmentListModel::ColumnCount));
    dock.filterEdit()->setText(QStringLiteral("germ"));
    QCOMPARE(dock.proxy()->rowCount(), 2);
    dock.view()->sortByColumn(SegmentListModel::SizeColumn, Qt::DescendingOrder);
    dock.refresh();
    QTRY_VERIFY(!dock.isCounting());
    session.close();
    QCOMPARE(dock.model()->rowCount(), 0);
}

void TstSegmentsDock::sizesEqualSwbCounts()
{
    SegmentListModel* model = m_dock->model();
    QCOMPARE(model->rowCount(), 4);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, 0).data(SegmentListModel::NameRole).toString();
        const QVariant size = model->index(row, SegmentListModel::SizeColumn).data(SegmentListModel::SizeRole);
        QVERIFY2(size.isValid(), qPrintable(name));
        QString error;
        const auto expected = m_repository->count(name, &error);
        QVERIFY2(expected, qPrintable(error));
        QCOMPARE(size.toLongLong(), *expected);
        QCOMPARE(model->index(row, SegmentListModel::SizeColumn).data().toString(), QLocale().toString(*expected));
        QVERIFY(model->index(row, 0).data(Qt::DecorationRole).value<QColor>().isValid());
    }
    // The dynamic one against the command line, too.
    QCOMPARE(model->index(model->rowOf(QStringLiteral("Germans")), SegmentListModel::SizeColumn)
                 .data(SegmentListModel::SizeRole)
                 .toLongLong(),
             m_germans);
    QCOMPARE(model->index(model->rowOf(QStringLiteral("VIP")), SegmentListModel::SizeColumn)
                 .data(SegmentListModel::SizeRole)
                 .toLongLong(),
             10);
}

void TstSegmentsDock::filterBoxFilters()
{
    QTest::keyClicks(m_dock->filterEdit(), QStringLiteral("YOUNG"));
    QCOMPARE(m_dock->proxy()->rowCount(), 2);
    QTest::keyClick(m_dock->filterEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_dock->filterEdit(), Qt::Key_Backspace);
    QCOMPARE(m_dock->proxy()->rowCount(), 4);
    // Sorted by name, case-insensitive.
    QCOMPARE(m_dock->proxy()->index(0, 0).data().toString(), QStringLiteral("Germans"));
    QCOMPARE(m_dock->proxy()->index(3, 0).data().toString(), QStringLiteral("Young Germans"));
}

void TstSegmentsDock::selectionComesBackWhenTheFilterIsCleared()
{
    QVERIFY(m_dock->selectSegment(QStringLiteral("VIP")));
    QSignalSpy choices(m_dock->view()->selectionModel(), &QItemSelectionModel::currentChanged);
    QTest::keyClicks(m_dock->filterEdit(), QStringLiteral("young"));
    QCOMPARE(m_dock->currentSegment(), QString()); // VIP is filtered out, and no neighbour is chosen instead
    QCOMPARE(choices.count(), 0); // so the table keeps showing VIP
    QTest::keyClick(m_dock->filterEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_dock->filterEdit(), Qt::Key_Backspace);
    QCOMPARE(m_dock->currentSegment(), QStringLiteral("VIP"));
    // A segment chosen while filtering is the one kept.
    QTest::keyClicks(m_dock->filterEdit(), QStringLiteral("young"));
    QVERIFY(m_dock->selectSegment(QStringLiteral("Young Germans")));
    m_dock->filterEdit()->clear();
    QCOMPARE(m_dock->currentSegment(), QStringLiteral("Young Germans"));
}

void TstSegmentsDock::renameThroughContextMenu()
{
    QVERIFY(m_dock->selectSegment(QStringLiteral("Young")));
    QSignalSpy renamed(m_dock.get(), &SegmentsDock::segmentRenamed);
    QAction* rename = menuAction(QStringLiteral("Rename…"));
    QVERIFY(rename && rename->isEnabled());
    rename->trigger();
    auto* dialog = waitForChild<SegmentNameDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Young"));
    QPushButton* ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    dialog->nameEdit()->clear();
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("germans"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("Germans")));
    dialog->nameEdit()->clear();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Under 30, young"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("comma")));
    dialog->nameEdit()->clear();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Under 30"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(renamed.count(), 1);
    QCOMPARE(renamed.at(0).at(0).toString(), QStringLiteral("Young"));
    QCOMPARE(renamed.at(0).at(1).toString(), QStringLiteral("Under 30"));
    QVERIFY(!m_repository->find(QStringLiteral("Young")));
    QVERIFY(m_repository->find(QStringLiteral("Under 30")));
    // The reference in "Young Germans" follows the rename.
    QVERIFY2(definitionOf(QStringLiteral("Young Germans")).contains(QStringLiteral("Under 30")),
             qPrintable(definitionOf(QStringLiteral("Young Germans"))));
    QCOMPARE(m_dock->currentSegment(), QStringLiteral("Under 30"));
    QVERIFY(m_dock->model()->rowOf(QStringLiteral("Under 30")) >= 0);
}

void TstSegmentsDock::duplicateThroughContextMenu()
{
    QVERIFY(m_dock->selectSegment(QStringLiteral("Germans")));
    QSignalSpy changed(m_dock.get(), &SegmentsDock::segmentsChanged);
    menuAction(QStringLiteral("Duplicate…"))->trigger();
    auto* dialog = waitForChild<SegmentNameDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Germans (2)"));
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(definitionOf(QStringLiteral("Germans (2)")), definitionOf(QStringLiteral("Germans")));
    QCOMPARE(m_dock->currentSegment(), QStringLiteral("Germans (2)"));
    QCOMPARE(m_dock->model()->rowCount(), 5);
}

void TstSegmentsDock::deleteIsRefusedWhileReferenced()
{
    const QString referenced
        = m_repository->find(QStringLiteral("Under 30")) ? QStringLiteral("Under 30") : QStringLiteral("Young");
    QVERIFY(m_dock->selectSegment(referenced));
    menuAction(QStringLiteral("Delete…"))->trigger();
    auto* confirm = waitForChild<QMessageBox>();
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(referenced));
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    // The repository refuses and says which segment refers to it.
    QMessageBox* refusal = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        const QList<QMessageBox*> boxes = m_dock->findChildren<QMessageBox*>();
        for (QMessageBox* box : boxes) {
            if (box->isVisible() && box->icon() == QMessageBox::Warning)
                refusal = box;
        }
        return refusal != nullptr;
    }));
    QVERIFY2(refusal->text().contains(QStringLiteral("Young Germans")), qPrintable(refusal->text()));
    refusal->accept();
    QVERIFY(m_repository->find(referenced));
    QVERIFY(m_dock->model()->rowOf(referenced) >= 0);
}

void TstSegmentsDock::deleteThroughContextMenu()
{
    QString error;
    QVERIFY(m_repository->find(QStringLiteral("Germans (2)"))
            || m_repository->duplicate(QStringLiteral("Germans"), QStringLiteral("Germans (2)"), &error));
    m_dock->refresh(); // read in the background
    QTRY_VERIFY(m_dock->selectSegment(QStringLiteral("Germans (2)")));
    QSignalSpy removed(m_dock.get(), &SegmentsDock::segmentRemoved);
    // Cancel keeps it.
    menuAction(QStringLiteral("Delete…"))->trigger();
    auto* confirm = waitForChild<QMessageBox>();
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!confirm->isVisible());
    QVERIFY(m_repository->find(QStringLiteral("Germans (2)")));
    menuAction(QStringLiteral("Delete…"))->trigger();
    confirm = waitForChild<QMessageBox>();
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("Germans (2)"));
    QVERIFY(!m_repository->find(QStringLiteral("Germans (2)")));
    QCOMPARE(m_dock->model()->rowOf(QStringLiteral("Germans (2)")), -1);
}

void TstSegmentsDock::snapshotRecordsMembers()
{
    QVERIFY(m_dock->selectSegment(QStringLiteral("VIP")));
    QCOMPARE(m_repository->snapshots(QStringLiteral("VIP")).size(), 0);
    QSignalSpy status(m_dock.get(), &SegmentsDock::statusMessage);
    menuAction(QStringLiteral("Take snapshot"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(status.count(), 1, 20000);
    // The first snapshot has nothing before it: no "entered since the previous one".
    const QString first = status.at(0).at(0).toString();
    QVERIFY2(first.contains(QStringLiteral("10 customers")) && first.contains(QStringLiteral("First snapshot"))
                 && !first.contains(QStringLiteral("previous")),
             qPrintable(first));
    menuAction(QStringLiteral("Take snapshot"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(status.count(), 2, 20000);
    const QString second = status.at(1).at(0).toString();
    QVERIFY2(second.contains(QStringLiteral("0 entered and 0 left since the previous one")), qPrintable(second));
    const QList<SegmentSnapshot> snapshots = m_repository->snapshots(QStringLiteral("VIP"));
    QCOMPARE(snapshots.size(), 2);
    QVERIFY(snapshots.first().first && !snapshots.last().first);
    QCOMPARE(snapshots.last().size, 10);
}

void TstSegmentsDock::filterThatMatchesNothingSaysSo()
{
    auto* filter = m_dock->findChild<QLineEdit*>();
    auto* empty = m_dock->findChild<QLabel*>(QStringLiteral("emptyState"));
    QVERIFY(filter && empty);
    QVERIFY(m_dock->view()->isVisible());
    QTest::keyClicks(filter, QStringLiteral("xyz"));
    QCOMPARE(m_dock->view()->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("\"xyz\"")), qPrintable(empty->text()));
    filter->clear();
    QVERIFY(m_dock->view()->isVisible());
    QVERIFY(!empty->isVisible());
}

void TstSegmentsDock::openAndExportAreSignalled()
{
    QVERIFY(m_dock->selectSegment(QStringLiteral("Germans")));
    QSignalSpy open(m_dock.get(), &SegmentsDock::openSegmentRequested);
    QSignalSpy exporting(m_dock.get(), &SegmentsDock::exportSegmentRequested);
    menuAction(QStringLiteral("Export…"))->trigger();
    QCOMPARE(exporting.count(), 1);
    QCOMPARE(exporting.at(0).at(0).toString(), QStringLiteral("Germans"));
    menuAction(QStringLiteral("Open in builder"))->trigger();
    QCOMPARE(open.count(), 1);
    const QRect row = m_dock->view()->visualRect(m_dock->view()->currentIndex());
    // A double click is press, release, then the double-click event.
    QTest::mouseClick(m_dock->view()->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(m_dock->view()->viewport(), Qt::LeftButton, {}, row.center());
    QTRY_COMPARE(open.count(), 2);
    QCOMPARE(open.last().at(0).toString(), QStringLiteral("Germans"));
}

void TstSegmentsDock::emptyStateWithoutSegments()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QString error;
    QVERIFY2(filtertest::writeWorkspace(empty, 5, &error), qPrintable(error));
    QVERIFY2(test::openSession(*m_session, empty, &error), qPrintable(error));
    QCOMPARE(m_dock->model()->rowCount(), 0);
    QVERIFY(!m_dock->view()->isVisible());
    QVERIFY(!m_dock->renameAction()->isEnabled());
    QLabel* label = nullptr;
    const QList<QLabel*> labels = m_dock->findChildren<QLabel*>();
    for (QLabel* candidate : labels) {
        if (candidate->isVisible() && candidate->text().contains(QStringLiteral("No saved segments")))
            label = candidate;
    }
    QVERIFY(label);
}

QTEST_MAIN(TstSegmentsDock)
#include "tst_segmentsdock.moc"
