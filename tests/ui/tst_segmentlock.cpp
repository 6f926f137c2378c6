// While another program holds the workspace's write lock, renaming, duplicating and deleting in the segments dock
// and saving in the builder return to the event loop at once (its longest pause is measured), show that they wait,
// and are made once the lock is gone.
#include "testsupport.h"

#include "model/database.h"
#include "model/demo/demosegments.h"
#include "model/jobs/demoworkspace.h"
#include "model/jobs/jobtracker.h"
#include "model/jobs/segmentoperations.h"
#include "model/jobs/workspacesession.h"
#include "model/segments/segmentrepository.h"
#include "model/workspace.h"
#include "ui/filter/segmentbuilderpage.h"
#include "ui/mainwindow.h"
#include "ui/segments/segmentlistmodel.h"
#include "ui/segments/segmentnamedialog.h"
#include "ui/segments/segmentsdock.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <atomic>
#include <chrono>
#include <thread>

using namespace swb;

namespace {

constexpr int s_lockMs = 3000;
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
// Under a sanitizer every widget paints several times slower: the 50 ms of the issue hold for the release build
// (which runs this test too); here the test looks for blocking, not for speed.
constexpr qint64 s_maxGapMs = 150;
#else
constexpr qint64 s_maxGapMs = 50;
#endif

// The longest time the event loop did not come round to a 5 ms timer.
class GapMeter : public QObject
{
public:
    explicit GapMeter(const QElapsedTimer& clock)
        : m_clock(clock)
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (now - m_last > m_max) {
                m_max = now - m_last;
                m_at = now / 1000000;
            }
            m_last = now;
        });
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    qint64 maxGapMs() const { return m_max / 1000000; }
    qint64 maxGapAt() const { return m_at; }
    void stop() { m_timer.stop(); }

private:
    const QElapsedTimer& m_clock;
    QTimer m_timer;
    qint64 m_last = 0;
    qint64 m_max = 0;
    qint64 m_at = 0;
};

template<typename T>
T* visibleChild(QWidget* parent)
{
    T* found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            const QList<T*> children = parent->findChildren<T*>();
            for (T* child : children) {
                if (child->isVisible())
                    found = child;
            }
            return found != nullptr;
        },
        5000);
    return shown ? found : nullptr;
}

} // namespace

class TstSegmentLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changesWaitForTheLockWithoutBlocking();

private:
    QVariant sql(const QString& query, const QVariantList& bindings = {});

    QTemporaryDir m_dir;
    QString m_path;
    QString m_renamed; // a demo segment
    QString m_deleted; // a demo segment
    QString m_frozen; // a static segment holding every customer
};

void TstSegmentLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.customers = 3000;
    const DemoWorkspaceResult demo = DemoWorkspace::create(m_path, options);
    QVERIFY2(demo.ok, qPrintable(demo.error));
    const QStringList names = DemoSegments::names();
    QVERIFY(names.size() >= 2);
    m_renamed = names.at(0);
    m_deleted = names.at(1);
    m_frozen = QStringLiteral("Everyone frozen");
    QString error;
    auto workspace = Workspace::open(m_path, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(workspace, qPrintable(error));
    QVERIFY2(
        SegmentRepository(*workspace).saveStaticFromDefinition(m_frozen, R"({"combinator":"and","rules":[]})", &error),
        qPrintable(error));
}

QVariant TstSegmentLock::sql(const QString& query, const QVariantList& bindings)
{
    auto db = Database::open(m_path, Database::Mode::ReadOnly, nullptr);
    if (!db)
        return {};
    Statement statement = db->prepare(query);
    for (int i = 0; i < bindings.size(); ++i)
        statement.bind(i + 1, bindings.at(i));
    return statement.next() ? statement.value(0) : QVariant();
}

void TstSegmentLock::changesWaitForTheLockWithoutBlocking()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy shown(&window, &MainWindow::workspaceShown);
    window.openWorkspace(m_path);
    QVERIFY(shown.wait(30000));
    SegmentsDock* dock = window.segmentsWidget();
    SegmentBuilderPage* builder = window.builderPage();
    SegmentOperations* session = window.session()->segments();
    QTRY_VERIFY_WITH_TIMEOUT(!dock->isCounting(), 20000);
    window.showPage(MainWindow::Page::Builder);
    QVERIFY(builder->setDefinitionJson(
        R"({"combinator":"and","rules":[{"field":"country","operator":"=","value":"DE"}]})"));

    QElapsedTimer clock;
    clock.start();
    QHash<int, qint64> finishedAt; // by SegmentChangeKind
    QHash<int, QString> errors;
    connect(session, &SegmentOperations::changeFinished, this, [&](const SegmentChange& change) {
        finishedAt.insert(int(change.kind), clock.elapsed());
        if (!change.ok)
            errors.insert(int(change.kind), change.error);
    });

    // Another program takes the write lock and keeps it for 3 s.
    std::atomic<bool> held{false};
    std::atomic<qint64> releasedAt{-1};
    std::thread other([&] {
        auto db = Database::open(m_path, Database::Mode::ReadWrite, nullptr);
        if (!db || !db->exec("BEGIN EXCLUSIVE"))
            return;
        held = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(s_lockMs));
        releasedAt = clock.elapsed(); // just before: nothing can be written until COMMIT has run
        db->exec("COMMIT");
    });
    QTRY_VERIFY(held);
    GapMeter meter(clock);

    // Rename through the dock's dialog.
    QVERIFY(dock->selectSegment(m_renamed));
    dock->renameAction()->trigger();
    auto* dialog = visibleChild<SegmentNameDialog>(dock);
    QVERIFY(dialog);
    dialog->nameEdit()->clear();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Renamed"));
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    // Duplicate the static segment (its members are copied).
    QVERIFY(dock->selectSegment(m_frozen));
    dock->duplicateAction()->trigger();
    dialog = visibleChild<SegmentNameDialog>(dock);
    QVERIFY(dialog);
    const QString copy = dialog->nameEdit()->text();
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    // Delete, confirmed.
    QVERIFY(dock->selectSegment(m_deleted));
    dock->deleteAction()->trigger();
    auto* confirm = visibleChild<QMessageBox>(dock);
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    // Save the builder's definition with its button.
    QToolButton* saveButton = nullptr;
    const QList<QToolButton*> buttons = builder->findChildren<QToolButton*>();
    for (QToolButton* button : buttons) {
        if (button->defaultAction() == builder->saveAction())
            saveButton = button;
    }
    QVERIFY(saveButton && saveButton->isVisible());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    dialog = visibleChild<SegmentNameDialog>(builder);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Germans"));
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);

    const qint64 clicked = clock.elapsed();
    // All four wait, and say so, while the lock is held.
    QCOMPARE(releasedAt.load(), qint64(-1));
    QCOMPARE(session->pendingWrites(), 4);
    QVERIFY(dock->isChanging());
    QVERIFY2(!dock->statusText().isEmpty(), "the dock says what waits");
    const QModelIndex deleting = dock->model()->index(dock->model()->rowOf(m_deleted), 0);
    QVERIFY(deleting.data(SegmentListModel::BusyRole).toBool());
    QVERIFY(builder->isSaving());
    QVERIFY(!builder->saveAction()->isEnabled());
    QVERIFY(window.jobs()->isBusy()); // the status bar shows the jobs
    QVERIFY(finishedAt.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(finishedAt.size(), 4, 30000);
    QTRY_VERIFY(!builder->isSaving());
    meter.stop();
    other.join();
    qInfo("clicks done after %lld ms, lock released after %lld ms; changes done after %lld, %lld, %lld, %lld ms; "
          "longest event-loop gap %lld ms (ended after %lld ms)",
          clicked, releasedAt.load(), finishedAt.value(int(SegmentChangeKind::Rename)),
          finishedAt.value(int(SegmentChangeKind::Duplicate)), finishedAt.value(int(SegmentChangeKind::Remove)),
          finishedAt.value(int(SegmentChangeKind::SaveDynamic)), meter.maxGapMs(), meter.maxGapAt());
    QVERIFY2(errors.isEmpty(), qPrintable(QStringList(errors.values()).join(QLatin1Char('\n'))));
    QVERIFY2(meter.maxGapMs() <= s_maxGapMs, qPrintable(QString::number(meter.maxGapMs())));
    for (const qint64 at : std::as_const(finishedAt))
        QVERIFY(at >= releasedAt.load());

    // The changes are in the workspace (a fresh connection).
    const auto count = [this](const QString& name) {
        return sql(QStringLiteral("SELECT count(*) FROM segments WHERE name = ?"), {name}).toInt();
    };
    QCOMPARE(count(m_renamed), 0);
    QCOMPARE(count(QStringLiteral("Renamed")), 1);
    QCOMPARE(count(m_deleted), 0);
    QCOMPARE(count(QStringLiteral("Germans")), 1);
    const QString members = QStringLiteral("SELECT count(*) FROM segment_members m JOIN segments s ON s.id = "
                                           "m.segment_id WHERE s.name = ?");
    QCOMPARE(sql(members, {copy}).toLongLong(), qint64(3000));
    QCOMPARE(sql(members, {m_frozen}).toLongLong(), qint64(3000));
    // And in the window.
    QVERIFY(dock->model()->rowOf(QStringLiteral("Renamed")) >= 0);
    QCOMPARE(dock->model()->rowOf(m_deleted), -1);
    QCOMPARE(builder->segmentName(), QStringLiteral("Germans"));
}

QTEST_MAIN(TstSegmentLock)
#include "tst_segmentlock.moc"
